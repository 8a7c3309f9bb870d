import type { Locale } from './locale';
import type { Role } from './role';

/** Admin user management (role `admin`). `:id` is a user id. */
export const ADMIN_USER_ROUTES = {
  /** GET ?UserListQuery → UserListResponse; POST ← CreateUserRequest → 201 UserDetail (invitation mailed). */
  users: '/api/admin/users',
  /**
   * GET `${users}/:id` → UserDetail (audited view);
   * PUT `${users}/:id/roles` ← UpdateRolesRequest → UserDetail;
   * POST `${users}/:id/deactivate` → UserDetail (sessions revoked at once);
   * POST `${users}/:id/reactivate` → UserDetail;
   * POST `${users}/:id/sessions/revoke` → 204;
   * GET `${users}/:id/data-export` → PersonalDataExport (Art. 15 on request);
   * POST `${users}/:id/erase` → 204 (Art. 17 on request).
   */
} as const;

/** Staff at the desk: residents without email or password, for whom staff act (every action audited). */
export const DESK_ROUTES = {
  /** GET ?q= → DeskResidentListResponse; POST ← CreateDeskResidentRequest → 201 DeskResident. */
  residents: '/api/desk/residents',
  /** PATCH `${residents}/:id` ← UpdateDeskResidentRequest → DeskResident. */
} as const;

export const USER_STATUSES = ['active', 'unverified', 'deactivated', 'erased'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export interface UserListQuery {
  /** Part of a name or address (case-insensitive). */
  q?: string;
  role?: Role;
  status?: UserStatus;
  /** Opaque cursor from the previous page. */
  cursor?: string;
  /** 1–100, default 25. */
  limit?: number;
}

export interface UserSummary {
  id: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  locale: Locale;
  status: UserStatus;
  /** True for accounts without a password (desk-registered residents): staff act for them. */
  deskManaged: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

export interface UserListResponse {
  items: UserSummary[];
  nextCursor: string | null;
}

export interface UserDetail extends UserSummary {
  phone: string | null;
  emailVerifiedAt: string | null;
  /** Sessions currently valid. */
  activeSessions: number;
  createdBy: { id: string; displayName: string } | null;
}

export interface CreateUserRequest {
  email: string;
  displayName: string;
  roles: Role[];
  locale: Locale;
}

export interface UpdateRolesRequest {
  roles: Role[];
}

export interface DeskResident {
  id: string;
  displayName: string;
  phone: string | null;
  locale: Locale;
  createdAt: string;
}

export interface DeskResidentListResponse {
  items: DeskResident[];
}

export interface CreateDeskResidentRequest {
  displayName: string;
  phone?: string;
  locale: Locale;
}

export type UpdateDeskResidentRequest = Partial<CreateDeskResidentRequest>;

export enum AdminUserErrorCode {
  /** The address already belongs to an account. */
  EmailTaken = 'EMAIL_TAKEN',
  /** An admin cannot deactivate, erase or remove the admin role from themselves (no lock-out by mistake). */
  SelfChangeForbidden = 'SELF_CHANGE_FORBIDDEN',
  /** The last active admin must keep the role. */
  LastAdmin = 'LAST_ADMIN',
  /** The account is erased; nothing can be changed any more. */
  AccountErased = 'ACCOUNT_ERASED',
}
