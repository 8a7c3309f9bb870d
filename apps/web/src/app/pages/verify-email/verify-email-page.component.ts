import { Location } from '@angular/common';
import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { ACCOUNT_PAGES, ACCOUNT_TOKEN_LIFETIME } from '@zusammen/shared/contracts';
import {
  AccountApi,
  SIGN_IN_PATH,
  focusAfterRender,
  linkTokenOf,
  linkTokenProblemOf,
  looksLikeEmail,
  profileFailureOf,
  requestProblemOf,
} from '@zusammen/web/core';

type VerifyState = 'verifying' | 'verified' | 'expired' | 'invalid' | 'network' | 'unexpected';
type ResendState = 'idle' | 'sending' | 'sent' | 'failed';

/**
 * Opened from the link in the sign-up mail (`/e-mail-bestaetigen#token=…`). The token is taken from
 * the fragment and removed from the address bar at once, so it stays out of the browser history.
 * Then: verifying → confirmed (sign in with the address prefilled), or expired / invalid (ask for
 * a new mail), or a connection problem (try again with the token kept in memory).
 */
@Component({
  selector: 'zl-verify-email-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink],
  templateUrl: './verify-email-page.component.html',
  styleUrls: [
    '../form-fields.scss',
    '../account/account-form.scss',
    '../sign-up/self-service.scss',
  ],
})
export class VerifyEmailPageComponent {
  private readonly api = inject(AccountApi);
  private readonly injector = inject(Injector);

  protected readonly signInPath = SIGN_IN_PATH;
  protected readonly signUpPath = ACCOUNT_PAGES.signUp;
  protected readonly verifyHours = ACCOUNT_TOKEN_LIFETIME.verifyEmailHours;

  protected readonly state = signal<VerifyState>('verifying');
  protected readonly verifiedEmail = signal('');
  protected readonly resendEmail = signal('');
  protected readonly resendProblem = signal<'missing' | 'invalid' | null>(null);
  protected readonly resendState = signal<ResendState>('idle');

  private readonly resultHeading = viewChild<ElementRef<HTMLElement>>('resultHeading');
  private readonly resendInput = viewChild<ElementRef<HTMLInputElement>>('resendInput');
  private readonly token: string | null;

  constructor() {
    const route = inject(ActivatedRoute);
    this.token = linkTokenOf(route.snapshot.fragment);
    if (route.snapshot.fragment !== null) {
      const location = inject(Location);
      location.replaceState(location.path(false));
    }
    if (this.token) {
      void this.verify();
    } else {
      this.state.set('invalid');
    }
  }

  protected async verify(): Promise<void> {
    if (!this.token) return;
    this.state.set('verifying');
    try {
      const { email } = await this.api.verifyEmail(this.token);
      this.verifiedEmail.set(email);
      this.show('verified');
    } catch (error: unknown) {
      const failure = profileFailureOf(error);
      const problem = linkTokenProblemOf(failure);
      this.show(problem ?? (requestProblemOf(failure) === 'network' ? 'network' : 'unexpected'));
    }
  }

  protected async resend(event: Event): Promise<void> {
    event.preventDefault();
    if (this.resendState() === 'sending') return;
    const email = this.resendEmail().trim();
    const problem = !email ? 'missing' : looksLikeEmail(email) ? null : 'invalid';
    this.resendProblem.set(problem);
    if (problem) {
      this.resendState.set('idle');
      focusAfterRender(this.injector, () => this.resendInput()?.nativeElement);
      return;
    }
    this.resendState.set('sending');
    try {
      await this.api.resendVerification(email);
      this.resendState.set('sent');
    } catch {
      this.resendState.set('failed');
    }
  }

  private show(state: VerifyState): void {
    this.state.set(state);
    focusAfterRender(this.injector, () => this.resultHeading()?.nativeElement);
  }
}
