import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateUserRequest,
  Role,
  UserDetail,
  UserListQuery,
  UserListResponse,
} from '@zusammen/shared/contracts';
import { ADMIN_USER_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { queryParamsOf } from './query-params';

/** `/api/admin/users/:id` plus an optional sub-route; the id is always encoded. */
export function adminUserUrl(id: string, subRoute = ''): string {
  return `${ADMIN_USER_ROUTES.users}/${encodeURIComponent(id)}${subRoute}`;
}

/**
 * The admin user-management API (role `admin`) as promises; errors reject with the
 * HttpErrorResponse (read them with `profileFailureOf`).
 */
@Injectable({ providedIn: 'root' })
export class AdminUsersApi {
  private readonly http = inject(HttpClient);

  list(query: UserListQuery): Promise<UserListResponse> {
    return firstValueFrom(
      this.http.get<UserListResponse>(ADMIN_USER_ROUTES.users, { params: queryParamsOf(query) }),
    );
  }

  /** Reading one account is itself recorded in the audit log (`user.viewed`). */
  get(id: string): Promise<UserDetail> {
    return firstValueFrom(this.http.get<UserDetail>(adminUserUrl(id)));
  }

  /** Creates the account and mails the person an invitation to choose a password. */
  create(request: CreateUserRequest): Promise<UserDetail> {
    return firstValueFrom(this.http.post<UserDetail>(ADMIN_USER_ROUTES.users, request));
  }

  updateRoles(id: string, roles: readonly Role[]): Promise<UserDetail> {
    return firstValueFrom(
      this.http.put<UserDetail>(adminUserUrl(id, '/roles'), { roles: [...roles] }),
    );
  }

  /** Every session of the person ends at once. */
  deactivate(id: string): Promise<UserDetail> {
    return firstValueFrom(this.http.post<UserDetail>(adminUserUrl(id, '/deactivate'), {}));
  }

  reactivate(id: string): Promise<UserDetail> {
    return firstValueFrom(this.http.post<UserDetail>(adminUserUrl(id, '/reactivate'), {}));
  }

  async revokeSessions(id: string): Promise<void> {
    await firstValueFrom(this.http.post<unknown>(adminUserUrl(id, '/sessions/revoke'), {}));
  }

  /** Art. 17 on request: personal data is anonymised; records that must be kept stay without the person. */
  async erase(id: string): Promise<void> {
    await firstValueFrom(this.http.post<unknown>(adminUserUrl(id, '/erase'), {}));
  }

  /** Art. 15 on request: a same-origin link, so the browser downloads it with the session cookie. */
  dataExportUrl(id: string): string {
    return adminUserUrl(id, '/data-export');
  }
}
