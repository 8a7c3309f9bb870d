import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  inject,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Locale, Role, UserDetail } from '@zusammen/shared/contracts';
import { AdminUserErrorCode, ROLES } from '@zusammen/shared/contracts';
import type { AdminProblem } from '@zusammen/web/core';
import { AdminUsersApi, adminProblemOf, profileFailureOf } from '@zusammen/web/core';
import { LocaleSelectComponent } from '@zusammen/web/ui';
import { LOCALE_OPTIONS } from '../../locale-options';
import { RoleCheckboxesComponent } from './role-checkboxes.component';

type CreateField = 'email' | 'displayName' | 'roles' | 'locale';
const FIELDS: readonly CreateField[] = ['email', 'displayName', 'roles', 'locale'];

/**
 * "Konto anlegen" (admin): staff and admins are created here, with an invitation mail to choose a
 * password. Field errors of the API (and an address already in use) appear at their fields.
 */
@Component({
  selector: 'zl-create-user-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, LocaleSelectComponent, RoleCheckboxesComponent],
  templateUrl: './create-user-form.component.html',
  styleUrls: ['../form-fields.scss', './stacked-table.scss', './create-user-form.component.scss'],
})
export class CreateUserFormComponent {
  private readonly api = inject(AdminUsersApi);
  private readonly injector = inject(Injector);

  readonly created = output<UserDetail>();

  protected readonly locales = LOCALE_OPTIONS;
  protected readonly email = signal('');
  protected readonly displayName = signal('');
  protected readonly roles = signal<readonly Role[]>(['staff']);
  protected readonly locale = signal<Locale>('de');
  protected readonly invalid = signal<ReadonlyMap<CreateField, string>>(new Map());
  protected readonly sending = signal(false);
  protected readonly problem = signal<AdminProblem | null>(null);
  protected readonly done = signal<UserDetail | null>(null);

  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly nameInput = viewChild.required<ElementRef<HTMLInputElement>>('nameInput');
  private readonly localeSelect = viewChild.required(LocaleSelectComponent);
  private readonly rolesGroup = viewChild.required(RoleCheckboxesComponent);

  protected errorOf(field: CreateField): string | null {
    return this.invalid().get(field) ?? null;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending()) return;
    this.problem.set(null);
    this.done.set(null);
    const email = this.email().trim();
    const displayName = this.displayName().trim();
    const missing = new Map<CreateField, string>();
    if (!email) missing.set('email', 'missing');
    if (!displayName) missing.set('displayName', 'missing');
    if (this.roles().length === 0) missing.set('roles', 'missing');
    if (missing.size > 0) {
      this.showInvalid(missing);
      return;
    }
    this.invalid.set(new Map());
    this.sending.set(true);
    try {
      const user = await this.api.create({
        email,
        displayName,
        roles: ROLES.filter((role) => this.roles().includes(role)),
        locale: this.locale(),
      });
      this.email.set('');
      this.displayName.set('');
      this.roles.set(['staff']);
      this.done.set(user);
      this.created.emit(user);
    } catch (error: unknown) {
      const failure = profileFailureOf(error);
      const fields = FIELDS.filter((field) => field in failure.fields);
      if (failure.code === AdminUserErrorCode.EmailTaken) {
        this.showInvalid(new Map([['email', 'taken']]));
      } else if (fields.length > 0) {
        this.showInvalid(new Map(fields.map((field) => [field, 'invalid'])));
      } else {
        this.problem.set(adminProblemOf(failure));
      }
    } finally {
      this.sending.set(false);
    }
  }

  private showInvalid(fields: ReadonlyMap<CreateField, string>): void {
    this.invalid.set(fields);
    const first = FIELDS.find((field) => fields.has(field));
    afterNextRender(
      () => {
        if (first === 'roles') this.rolesGroup().focusFirst();
        else if (first === 'email') this.emailInput().nativeElement.focus();
        else if (first === 'displayName') this.nameInput().nativeElement.focus();
        else this.localeSelect().control().nativeElement.focus();
      },
      { injector: this.injector },
    );
  }
}
