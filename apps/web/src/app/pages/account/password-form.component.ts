import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { HttpStatusCode } from '@angular/common/http';
import { TranslocoDirective } from '@jsverse/transloco';
import type { WeakPasswordReason } from '@zusammen/web/core';
import { ProfileApi, profileFailureOf, weakPasswordReasonOf } from '@zusammen/web/core';
import { CommonErrorCode, PASSWORD_MIN_LENGTH, ProfileErrorCode } from '@zusammen/shared/contracts';
import { PasswordInputComponent } from '@zusammen/web/ui';

type CurrentProblem = 'missing' | 'wrong';
type NewProblem = 'missing' | WeakPasswordReason;
type FormProblem = 'network' | 'tooManyRequests' | 'unexpected';

/**
 * "Passwort ändern" on /konto. The server signs out every other device afterwards; a wrong
 * current password or a weak new one is explained at its field.
 */
@Component({
  selector: 'zl-password-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, PasswordInputComponent],
  templateUrl: './password-form.component.html',
  styleUrls: ['../form-fields.scss', './account-form.scss'],
})
export class PasswordFormComponent {
  private readonly api = inject(ProfileApi);
  private readonly injector = inject(Injector);

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly current = signal('');
  protected readonly next = signal('');
  protected readonly visible = signal(false);
  protected readonly sending = signal(false);
  protected readonly changed = signal(false);
  protected readonly currentProblem = signal<CurrentProblem | null>(null);
  protected readonly newProblem = signal<NewProblem | null>(null);
  protected readonly problem = signal<FormProblem | null>(null);

  protected readonly newDescribedBy = computed(() =>
    ['password-new-hint', this.newProblem() ? 'password-new-error' : null]
      .filter(Boolean)
      .join(' '),
  );

  private readonly currentInput = viewChild.required<PasswordInputComponent>('currentInput');
  private readonly newInput = viewChild.required<PasswordInputComponent>('newInput');

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending()) {
      return;
    }
    this.changed.set(false);
    this.problem.set(null);
    const currentProblem: CurrentProblem | null = this.current() ? null : 'missing';
    const newProblem: NewProblem | null = !this.next()
      ? 'missing'
      : this.next().length < PASSWORD_MIN_LENGTH
        ? 'tooShort'
        : null;
    this.currentProblem.set(currentProblem);
    this.newProblem.set(newProblem);
    if (currentProblem || newProblem) {
      this.focusLater(currentProblem ? this.currentInput() : this.newInput());
      return;
    }

    this.sending.set(true);
    try {
      await this.api.changePassword({ currentPassword: this.current(), newPassword: this.next() });
      this.current.set('');
      this.next.set('');
      this.visible.set(false);
      this.changed.set(true);
    } catch (error: unknown) {
      this.explain(error);
    } finally {
      this.sending.set(false);
    }
  }

  private explain(error: unknown): void {
    const failure = profileFailureOf(error);
    if (failure.code === ProfileErrorCode.WrongPassword) {
      this.currentProblem.set('wrong');
      this.focusLater(this.currentInput(), true);
    } else if (failure.code === ProfileErrorCode.WeakPassword || 'newPassword' in failure.fields) {
      this.newProblem.set(weakPasswordReasonOf(failure));
      this.focusLater(this.newInput(), true);
    } else if ('currentPassword' in failure.fields) {
      this.currentProblem.set('missing');
      this.focusLater(this.currentInput());
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

  private focusLater(field: PasswordInputComponent, select = false): void {
    afterNextRender(
      () => {
        const input = field.control().nativeElement;
        input.focus();
        if (select) input.select();
      },
      { injector: this.injector },
    );
  }
}
