import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { HttpStatusCode } from '@angular/common/http';
import { Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  AuthErrorCode,
  CommonErrorCode,
  ERASURE_KEEPS,
  ProfileErrorCode,
} from '@zusammen/shared/contracts';
import {
  ACCOUNT_ERASED_STATE,
  PrivacyApi,
  SessionStore,
  profileFailureOf,
} from '@zusammen/web/core';
import { PasswordInputComponent } from '@zusammen/web/ui';

/** Closed, asking for the password, or asking the final question. */
type EraseStep = 'closed' | 'password' | 'confirm';
type PasswordProblem = 'missing' | 'wrong';
type EraseProblem = 'network' | 'tooManyRequests' | 'unexpected';

/** What erasure removes, in the order the section lists it (i18n keys under `privacy.removes`). */
const ERASURE_REMOVES = ['name', 'contact', 'password', 'settings', 'notifications'] as const;

/**
 * "Ihre Daten" on /konto (DSGVO): the rights in plain words, the JSON download of everything stored
 * (Art. 15) and deleting the account (Art. 17) after the password and a final confirmation. Afterwards
 * the session is gone: the app forgets the user and starts over on the start page.
 */
@Component({
  selector: 'zl-privacy-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, PasswordInputComponent],
  templateUrl: './privacy-section.component.html',
  styleUrls: ['../form-fields.scss', './account-form.scss', './privacy-section.component.scss'],
})
export class PrivacySectionComponent {
  private readonly api = inject(PrivacyApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  protected readonly dataExportUrl = this.api.dataExportUrl;
  protected readonly removes = ERASURE_REMOVES;
  protected readonly keeps = ERASURE_KEEPS;
  protected readonly step = signal<EraseStep>('closed');
  protected readonly password = signal('');
  protected readonly passwordProblem = signal<PasswordProblem | null>(null);
  protected readonly problem = signal<EraseProblem | null>(null);
  protected readonly erasing = signal(false);

  private readonly openButton = viewChild<ElementRef<HTMLButtonElement>>('openButton');
  private readonly passwordInput = viewChild(PasswordInputComponent);
  private readonly confirmHeading = viewChild<ElementRef<HTMLElement>>('confirmHeading');

  protected open(): void {
    this.step.set('password');
    this.password.set('');
    this.passwordProblem.set(null);
    this.problem.set(null);
    this.focusLater(() => this.passwordInput()?.control());
  }

  protected cancel(): void {
    this.step.set('closed');
    this.password.set('');
    this.focusLater(() => this.openButton());
  }

  /** First step: a password is needed before the final question. */
  protected next(event: Event): void {
    event.preventDefault();
    if (!this.password()) {
      this.passwordProblem.set('missing');
      this.focusLater(() => this.passwordInput()?.control());
      return;
    }
    this.passwordProblem.set(null);
    this.problem.set(null);
    this.step.set('confirm');
    this.focusLater(() => this.confirmHeading());
  }

  protected back(): void {
    this.step.set('password');
    this.focusLater(() => this.passwordInput()?.control());
  }

  protected async erase(): Promise<void> {
    if (this.erasing()) return;
    this.erasing.set(true);
    this.problem.set(null);
    try {
      await this.api.eraseAccount(this.password());
      this.password.set('');
      this.session.markAnonymous();
      await this.router.navigateByUrl('/', { state: { [ACCOUNT_ERASED_STATE]: true } });
    } catch (error: unknown) {
      this.explain(error);
    } finally {
      this.erasing.set(false);
    }
  }

  private explain(error: unknown): void {
    const failure = profileFailureOf(error);
    if (
      failure.code === ProfileErrorCode.WrongPassword ||
      failure.code === AuthErrorCode.InvalidCredentials ||
      'password' in failure.fields
    ) {
      this.step.set('password');
      this.passwordProblem.set(
        failure.code === null && 'password' in failure.fields ? 'missing' : 'wrong',
      );
      this.focusLater(() => this.passwordInput()?.control(), true);
    } else if (failure.status === 0) {
      this.problem.set('network');
    } else if (
      failure.code === CommonErrorCode.TooManyRequests ||
      failure.status === HttpStatusCode.TooManyRequests
    ) {
      this.problem.set('tooManyRequests');
    } else {
      this.problem.set('unexpected');
    }
  }

  private focusLater(target: () => ElementRef<HTMLElement> | undefined, select = false): void {
    afterNextRender(
      () => {
        const element = target()?.nativeElement;
        element?.focus();
        if (select && element instanceof HTMLInputElement) element.select();
      },
      { injector: this.injector },
    );
  }
}
