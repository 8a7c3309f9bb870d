import { Location } from '@angular/common';
import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  ACCOUNT_PAGES,
  ACCOUNT_TOKEN_LIFETIME,
  PASSWORD_MIN_LENGTH,
} from '@zusammen/shared/contracts';
import type { LinkTokenProblem, RequestProblem, WeakPasswordReason } from '@zusammen/web/core';
import {
  AccountApi,
  SIGN_IN_PATH,
  SessionStore,
  focusAfterRender,
  linkTokenOf,
  linkTokenProblemOf,
  passwordReasonAt,
  profileFailureOf,
  requestProblemOf,
} from '@zusammen/web/core';
import { PasswordInputComponent } from '@zusammen/web/ui';

type PageState = 'form' | 'done' | LinkTokenProblem;
type PasswordProblem = 'missing' | WeakPasswordReason;

/**
 * Opened from the link in the reset mail (`/passwort-neu#token=…`); the token is read from the
 * fragment and removed from the address bar at once. The new password is checked like on /konto;
 * an expired or used link leads to a new request.
 */
@Component({
  selector: 'zl-reset-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, PasswordInputComponent],
  templateUrl: './reset-password-page.component.html',
  styleUrls: [
    '../form-fields.scss',
    '../account/account-form.scss',
    '../sign-up/self-service.scss',
  ],
})
export class ResetPasswordPageComponent {
  private readonly api = inject(AccountApi);
  private readonly session = inject(SessionStore);
  private readonly injector = inject(Injector);

  protected readonly signInPath = SIGN_IN_PATH;
  protected readonly forgotPasswordPath = ACCOUNT_PAGES.forgotPassword;
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly resetMinutes = ACCOUNT_TOKEN_LIFETIME.resetPasswordMinutes;

  protected readonly state = signal<PageState>('form');
  protected readonly password = signal('');
  protected readonly sending = signal(false);
  protected readonly passwordProblem = signal<PasswordProblem | null>(null);
  protected readonly problem = signal<RequestProblem | null>(null);

  protected readonly describedBy = computed(() =>
    ['reset-password-hint', this.passwordProblem() ? 'reset-password-error' : null]
      .filter(Boolean)
      .join(' '),
  );

  private readonly passwordInput = viewChild<PasswordInputComponent>('passwordInput');
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly resultHeading = viewChild<ElementRef<HTMLElement>>('resultHeading');
  private readonly token: string | null;

  constructor() {
    const route = inject(ActivatedRoute);
    this.token = linkTokenOf(route.snapshot.fragment);
    if (route.snapshot.fragment !== null) {
      const location = inject(Location);
      location.replaceState(location.path(false));
    }
    if (!this.token) {
      this.state.set('invalid');
    }
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending() || !this.token) {
      return;
    }
    this.problem.set(null);
    const password = this.password();
    const problem: PasswordProblem | null = !password
      ? 'missing'
      : [...password].length < PASSWORD_MIN_LENGTH
        ? 'tooShort'
        : null;
    this.passwordProblem.set(problem);
    if (problem) {
      focusAfterRender(this.injector, () => this.passwordInput()?.control().nativeElement);
      return;
    }

    this.sending.set(true);
    try {
      await this.api.confirmPasswordReset({ token: this.token, newPassword: password });
      this.password.set('');
      // The server ended every session of the account, this browser's included.
      this.session.markAnonymous();
      this.show('done');
    } catch (error: unknown) {
      this.explain(error);
    } finally {
      this.sending.set(false);
    }
  }

  private explain(error: unknown): void {
    const failure = profileFailureOf(error);
    const tokenProblem = linkTokenProblemOf(failure);
    const reason = passwordReasonAt(failure, 'newPassword');
    if (tokenProblem) {
      this.show(tokenProblem);
    } else if (reason) {
      this.passwordProblem.set(reason);
      focusAfterRender(this.injector, () => this.passwordInput()?.control().nativeElement, {
        select: true,
      });
    } else {
      this.problem.set(requestProblemOf(failure));
      focusAfterRender(this.injector, () => this.problemBox()?.nativeElement);
    }
  }

  private show(state: PageState): void {
    this.state.set(state);
    focusAfterRender(this.injector, () => this.resultHeading()?.nativeElement);
  }
}
