import type { Locale, Role, UserDetail, UserSummary } from '@zusammen/shared/contracts';
import { userStatusOf } from './user-status';

/** Columns of one user for the admin views (`u` = user_account); `sort_name` feeds the list cursor. */
export const USER_SUMMARY_COLUMNS = `u.id, u.display_name, u.email, u.roles, u.locale, u.is_active,
  u.email_verified_at, u.erased_at, u.created_at, u.last_sign_in_at, lower(u.display_name) AS sort_name,
  (u.email IS NULL AND u.password_hash IS NULL AND u.erased_at IS NULL) AS desk_managed`;

export interface UserSummaryRow {
  id: string;
  display_name: string;
  email: string | null;
  roles: Role[];
  locale: Locale;
  is_active: boolean;
  email_verified_at: Date | null;
  erased_at: Date | null;
  created_at: Date;
  last_sign_in_at: Date | null;
  sort_name: string;
  desk_managed: boolean;
}

/** Extra columns of the detail view (needs `created_by` left-joined as `c`). */
export const USER_DETAIL_COLUMNS = `${USER_SUMMARY_COLUMNS}, u.phone,
  c.id AS created_by_id, c.display_name AS created_by_name,
  (SELECT count(*)::int FROM user_session s
    WHERE s.user_id = u.id AND s.revoked_at IS NULL
      AND s.idle_expires_at > now() AND s.absolute_expires_at > now()) AS active_sessions`;

export interface UserDetailRow extends UserSummaryRow {
  phone: string | null;
  created_by_id: string | null;
  created_by_name: string | null;
  active_sessions: number;
}

export function toUserSummary(row: UserSummaryRow): UserSummary {
  return {
    id: row.id,
    displayName: row.display_name,
    email: row.email,
    roles: row.roles,
    locale: row.locale,
    status: userStatusOf({
      erasedAt: row.erased_at,
      isActive: row.is_active,
      email: row.email,
      emailVerifiedAt: row.email_verified_at,
    }),
    deskManaged: row.desk_managed,
    createdAt: row.created_at.toISOString(),
    lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
  };
}

export function toUserDetail(row: UserDetailRow): UserDetail {
  return {
    ...toUserSummary(row),
    phone: row.phone,
    emailVerifiedAt: row.email_verified_at?.toISOString() ?? null,
    activeSessions: row.active_sessions,
    createdBy:
      row.created_by_id && row.created_by_name
        ? { id: row.created_by_id, displayName: row.created_by_name }
        : null,
  };
}
