import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { ACCOUNT_TOKEN_LIFETIME } from '@zusammen/shared/contracts';
import type { RequestProblem } from '@zusammen/web/core';
import {
  AccountApi,
  SIGN_IN_PATH,
  focusAfterRender,
  looksLikeEmail,
  profileFailureOf,
  requestProblemOf,
} from '@zusammen/web/core';

type Step = 'form' | 'sent';
type EmailProblem = 'missing' | 'invalid';

/**
 * "Passwort vergessen": asks for the address and then only says "if there is an account, a mail is
 * on its way" — the same for every address, so nobody learns who has an account.
 */
@Component({
  selector: 'zl-forgot-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink],
  templateUrl: './forgot-password-page.component.html',
  styleUrls: [
    '../form-fields.scss',
    '../account/account-form.scss',
    '../sign-up/self-service.scss',
  ],
})
export class ForgotPasswordPageComponent {
  private readonly api = inject(AccountApi);
  private readonly injector = inject(Injector);

  protected readonly signInPath = SIGN_IN_PATH;
  protected readonly resetMinutes = ACCOUNT_TOKEN_LIFETIME.resetPasswordMinutes;

  protected readonly step = signal<Step>('form');
  protected readonly email = signal('');
  protected readonly emailProblem = signal<EmailProblem | null>(null);
  protected readonly problem = signal<RequestProblem | null>(null);
  protected readonly sending = signal(false);
  protected readonly sentTo = signal('');

  private readonly emailInput = viewChild<ElementRef<HTMLInputElement>>('emailInput');
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly sentHeading = viewChild<ElementRef<HTMLElement>>('sentHeading');

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending()) {
      return;
    }
    this.problem.set(null);
    const email = this.email().trim();
    const emailProblem: EmailProblem | null = !email
      ? 'missing'
      : looksLikeEmail(email)
        ? null
        : 'invalid';
    this.emailProblem.set(emailProblem);
    if (emailProblem) {
      focusAfterRender(this.injector, () => this.emailInput()?.nativeElement);
      return;
    }

    this.sending.set(true);
    try {
      await this.api.requestPasswordReset(email);
      this.sentTo.set(email);
      this.step.set('sent');
      focusAfterRender(this.injector, () => this.sentHeading()?.nativeElement);
    } catch (error: unknown) {
      const failure = profileFailureOf(error);
      if ('email' in failure.fields) {
        this.emailProblem.set('invalid');
        focusAfterRender(this.injector, () => this.emailInput()?.nativeElement);
      } else {
        this.problem.set(requestProblemOf(failure));
        focusAfterRender(this.injector, () => this.problemBox()?.nativeElement);
      }
    } finally {
      this.sending.set(false);
    }
  }

  /** Back to the form, with the address kept for correcting it. */
  protected again(): void {
    this.step.set('form');
    focusAfterRender(this.injector, () => this.emailInput()?.nativeElement);
  }
}
