import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { ACCOUNT_PAGES } from '@zusammen/shared/contracts';
import type { SignInError } from '@zusammen/web/core';
import { ACCOUNT_PATH, AccountApi, SessionStore, safeReturnUrl } from '@zusammen/web/core';
import { PasswordInputComponent } from '@zusammen/web/ui';

type FieldProblem = 'email' | 'password';
type ResendState = 'idle' | 'sending' | 'sent' | 'failed';

/**
 * Sign-in with email and password. Errors appear in an alert region that the fields point to
 * (`aria-describedby`); afterwards the visitor returns to the page they came from (`?zurueck=`,
 * same-origin paths only) or reaches their account page. `?email=` prefills the address (the link
 * after confirming it). An unconfirmed address gets a button that sends the confirmation mail again.
 */
@Component({
  selector: 'zl-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, PasswordInputComponent],
  templateUrl: './sign-in-page.component.html',
  styleUrls: ['../form-fields.scss', './sign-in-page.component.scss'],
})
export class SignInPageComponent {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly accountApi = inject(AccountApi);

  protected readonly forgotPasswordPath = ACCOUNT_PAGES.forgotPassword;
  protected readonly signUpPath = ACCOUNT_PAGES.signUp;

  /** `?zurueck=`: the page to return to (bound by the router). */
  readonly zurueck = input<string | undefined>();
  /** `?email=`: the address to prefill (bound by the router). */
  readonly email = input<string | undefined>();

  /** What is in the address field. */
  protected readonly address = linkedSignal(() => this.email() ?? '');
  protected readonly password = signal('');
  protected readonly sending = signal(false);
  protected readonly error = signal<SignInError | null>(null);
  protected readonly missing = signal<readonly FieldProblem[]>([]);
  protected readonly resendState = signal<ResendState>('idle');
  protected readonly returnTo = computed(() => safeReturnUrl(this.zurueck()));

  /** Ids the email field points to for its description. */
  protected readonly emailDescribedBy = computed(() =>
    this.describedBy(this.missing().includes('email') ? 'sign-in-email-missing' : null),
  );
  protected readonly passwordDescribedBy = computed(() =>
    this.describedBy(this.missing().includes('password') ? 'sign-in-password-missing' : null),
  );

  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly passwordInput = viewChild.required(PasswordInputComponent);
  private readonly resendButton = viewChild<ElementRef<HTMLButtonElement>>('resendButton');

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending()) {
      return;
    }
    const missing: FieldProblem[] = [];
    if (!this.address().trim()) missing.push('email');
    if (!this.password()) missing.push('password');
    this.missing.set(missing);
    this.error.set(null);
    this.resendState.set('idle');
    if (missing.length > 0) {
      this.focusLater(missing[0] === 'email' ? this.emailInput() : this.passwordInput().control());
      return;
    }

    this.sending.set(true);
    const outcome = await this.session.signIn(this.address(), this.password());
    this.sending.set(false);
    if (outcome.ok) {
      await this.router.navigateByUrl(this.returnTo() ?? ACCOUNT_PATH);
      return;
    }
    this.error.set(outcome.error);
    if (outcome.error === 'emailNotVerified') {
      // The next step is the resend button, not a correction of the input.
      afterNextRender(() => this.resendButton()?.nativeElement.focus(), {
        injector: this.injector,
      });
      return;
    }
    // The submit button was disabled while sending, which drops its focus: put it where the
    // visitor can correct the input.
    this.focusLater(this.passwordInput().control(), outcome.error === 'invalidCredentials');
  }

  /** Sends the confirmation mail again; the answer is the same whether the address exists or not. */
  protected async resendConfirmation(): Promise<void> {
    if (this.resendState() === 'sending') {
      return;
    }
    this.resendState.set('sending');
    try {
      await this.accountApi.resendVerification(this.address());
      this.resendState.set('sent');
    } catch {
      this.resendState.set('failed');
    }
  }

  private describedBy(fieldError: string | null): string | null {
    const ids = [fieldError, this.error() ? 'sign-in-error' : null].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : null;
  }

  private focusLater(input: ElementRef<HTMLInputElement>, select = false): void {
    afterNextRender(
      () => {
        input.nativeElement.focus();
        if (select) input.nativeElement.select();
      },
      { injector: this.injector },
    );
  }
}
