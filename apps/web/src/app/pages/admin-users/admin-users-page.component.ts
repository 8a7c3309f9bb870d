import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Role, UserStatus, UserSummary } from '@zusammen/shared/contracts';
import { ROLES, USER_STATUSES } from '@zusammen/shared/contracts';
import {
  AdminUsersApi,
  CursorPager,
  LocaleService,
  RoleNames,
  formatDateTime,
} from '@zusammen/web/core';
import { CreateUserFormComponent } from './create-user-form.component';

/** Page size of the user list; "load more" fetches the next one. */
export const ADMIN_USERS_PAGE_SIZE = 25;

/**
 * "Benutzer verwalten" (admin): search by name or address, filter by role and status, page with
 * "load more"; each row leads to the person's detail page. Below: create a staff or other account.
 */
@Component({
  selector: 'zl-admin-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, CreateUserFormComponent],
  templateUrl: './admin-users-page.component.html',
  styleUrls: ['../form-fields.scss', './stacked-table.scss', './admin-users-page.component.scss'],
})
export class AdminUsersPageComponent {
  private readonly api = inject(AdminUsersApi);
  private readonly locale = inject(LocaleService);
  protected readonly roleNames = inject(RoleNames);

  protected readonly roles = ROLES;
  protected readonly statuses = USER_STATUSES;
  protected readonly q = signal('');
  protected readonly role = signal<Role | ''>('');
  protected readonly status = signal<UserStatus | ''>('');
  /** The filters of the list on screen (the fields may already hold the next search). */
  private readonly applied = signal<{ q: string; role: Role | ''; status: UserStatus | '' }>({
    q: '',
    role: '',
    status: '',
  });

  protected readonly users = new CursorPager<UserSummary>((cursor) => {
    const { q, role, status } = this.applied();
    return this.api.list({
      q,
      role: role || undefined,
      status: status || undefined,
      cursor: cursor ?? undefined,
      limit: ADMIN_USERS_PAGE_SIZE,
    });
  });

  constructor() {
    void this.users.reload();
  }

  protected chooseRole(value: string): void {
    this.role.set(ROLES.find((role) => role === value) ?? '');
  }

  protected chooseStatus(value: string): void {
    this.status.set(USER_STATUSES.find((status) => status === value) ?? '');
  }

  protected search(event: Event): void {
    event.preventDefault();
    this.applied.set({ q: this.q().trim(), role: this.role(), status: this.status() });
    void this.users.reload();
  }

  protected formatDate(iso: string | null): string | null {
    return iso ? formatDateTime(iso, this.locale.current()) : null;
  }

  /** The new account shows up in the list (if it matches the filters). */
  protected created(): void {
    void this.users.reload();
  }
}
