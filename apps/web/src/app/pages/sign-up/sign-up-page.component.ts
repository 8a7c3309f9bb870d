import { DOCUMENT } from '@angular/common';
import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Locale, SelfSignUpRole } from '@zusammen/shared/contracts';
import {
  ACCOUNT_TOKEN_LIFETIME,
  PASSWORD_MIN_LENGTH,
  SELF_SIGN_UP_ROLES,
} from '@zusammen/shared/contracts';
import type { RequestProblem, SignUpField, SignUpProblems } from '@zusammen/web/core';
import {
  AccountApi,
  LocaleService,
  SIGN_UP_FIELDS,
  focusAfterRender,
  profileFailureOf,
  requestProblemOf,
  signUpProblemsOf,
  signUpProblemsOfFailure,
  signUpRequestOf,
} from '@zusammen/web/core';
import { LocaleSelectComponent, PasswordInputComponent } from '@zusammen/web/ui';
import { LOCALE_OPTIONS } from '../../locale-options';

type Step = 'form' | 'sent';
type ResendState = 'idle' | 'sending' | 'sent' | 'failed';

/** The element each field's error-summary link leads to. */
const FIELD_TARGET_IDS: Readonly<Record<SignUpField, string>> = {
  displayName: 'sign-up-name',
  email: 'sign-up-email',
  password: 'sign-up-password',
  locale: 'sign-up-locale',
  roles: `sign-up-role-${SELF_SIGN_UP_ROLES[0]}`,
  acceptPrivacyNotice: 'sign-up-privacy',
};

/**
 * "Konto erstellen": name, address, password, account language (preset to the page language), what
 * the person wants to do (roles) and the privacy notice. Problems are listed in an error summary that
 * gets the focus and are repeated at their fields. Afterwards the page only says "check your mail",
 * never whether the address already had an account.
 */
@Component({
  selector: 'zl-sign-up-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, LocaleSelectComponent, PasswordInputComponent],
  templateUrl: './sign-up-page.component.html',
  styleUrls: [
    '../form-fields.scss',
    '../account/account-form.scss',
    './self-service.scss',
    './sign-up-page.component.scss',
  ],
})
export class SignUpPageComponent {
  private readonly api = inject(AccountApi);
  private readonly localeService = inject(LocaleService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly verifyHours = ACCOUNT_TOKEN_LIFETIME.verifyEmailHours;
  protected readonly roleOptions = SELF_SIGN_UP_ROLES;
  protected readonly targetIds = FIELD_TARGET_IDS;
  protected readonly locales = LOCALE_OPTIONS;

  protected readonly displayName = signal('');
  protected readonly email = signal('');
  protected readonly password = signal('');
  /** Follows the page language until the person picks another one. */
  protected readonly locale = linkedSignal<Locale>(() => this.localeService.current());
  protected readonly roles = signal<readonly SelfSignUpRole[]>([]);
  protected readonly acceptPrivacyNotice = signal(false);

  protected readonly step = signal<Step>('form');
  protected readonly sending = signal(false);
  protected readonly problems = signal<SignUpProblems>({});
  protected readonly problem = signal<RequestProblem | null>(null);
  protected readonly sentTo = signal('');
  protected readonly resendState = signal<ResendState>('idle');

  /** The error summary's entries, in page order. */
  protected readonly summary = computed(() => {
    const problems = this.problems();
    return SIGN_UP_FIELDS.flatMap((field) => {
      const problem = problems[field];
      return problem ? [{ field, problem, targetId: FIELD_TARGET_IDS[field] }] : [];
    });
  });

  private readonly summaryBox = viewChild<ElementRef<HTMLElement>>('summaryBox');
  private readonly sentHeading = viewChild<ElementRef<HTMLElement>>('sentHeading');

  protected describedBy(field: SignUpField, hintId: string | null = null): string | null {
    const ids = [hintId, this.problems()[field] ? `${FIELD_TARGET_IDS[field]}-error` : null];
    const joined = ids.filter(Boolean).join(' ');
    return joined || null;
  }

  protected isInvalid(field: SignUpField): boolean {
    return this.problems()[field] !== undefined;
  }

  protected toggleRole(role: SelfSignUpRole, checked: boolean): void {
    this.roles.update((roles) =>
      checked ? [...roles.filter((r) => r !== role), role] : roles.filter((r) => r !== role),
    );
  }

  /** Error-summary link: focus the field itself (a plain `#id` jump would go through the router). */
  protected goToField(event: Event, targetId: string): void {
    event.preventDefault();
    this.document.getElementById(targetId)?.focus();
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending()) {
      return;
    }
    this.problem.set(null);
    const draft = {
      displayName: this.displayName(),
      email: this.email(),
      password: this.password(),
      locale: this.locale(),
      roles: this.roles(),
      acceptPrivacyNotice: this.acceptPrivacyNotice(),
    };
    const problems = signUpProblemsOf(draft);
    this.problems.set(problems);
    if (Object.keys(problems).length > 0) {
      focusAfterRender(this.injector, () => this.summaryBox()?.nativeElement);
      return;
    }

    this.sending.set(true);
    try {
      const request = signUpRequestOf(draft);
      await this.api.signUp(request);
      this.sentTo.set(request.email);
      this.resendState.set('idle');
      this.step.set('sent');
      focusAfterRender(this.injector, () => this.sentHeading()?.nativeElement);
    } catch (error: unknown) {
      const failure = profileFailureOf(error);
      const fieldProblems = signUpProblemsOfFailure(failure);
      this.problems.set(fieldProblems);
      if (Object.keys(fieldProblems).length === 0) {
        this.problem.set(requestProblemOf(failure));
      }
      focusAfterRender(this.injector, () => this.summaryBox()?.nativeElement);
    } finally {
      this.sending.set(false);
    }
  }

  protected async resend(): Promise<void> {
    if (this.resendState() === 'sending') {
      return;
    }
    this.resendState.set('sending');
    try {
      await this.api.resendVerification(this.sentTo());
      this.resendState.set('sent');
    } catch {
      this.resendState.set('failed');
    }
  }

  /** "Wrong address": back to the filled-in form. */
  protected changeAddress(): void {
    this.step.set('form');
    this.problems.set({});
    focusAfterRender(this.injector, () => this.document.getElementById(FIELD_TARGET_IDS.email));
  }
}
