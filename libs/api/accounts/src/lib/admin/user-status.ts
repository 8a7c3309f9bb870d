import type { UserStatus } from '@zusammen/shared/contracts';

export interface UserStatusFacts {
  erasedAt: Date | null;
  isActive: boolean;
  email: string | null;
  emailVerifiedAt: Date | null;
}

/**
 * The status the admin list shows and filters by. An account without an address (desk resident) has nothing
 * to verify, so it is `active` while active; an invited account stays `unverified` until its owner sets a
 * password through the invitation link.
 */
export function userStatusOf(facts: UserStatusFacts): UserStatus {
  if (facts.erasedAt !== null) return 'erased';
  if (!facts.isActive) return 'deactivated';
  if (facts.email !== null && facts.emailVerifiedAt === null) return 'unverified';
  return 'active';
}

/** The same rule as SQL conditions on `user_account` aliased `u`, for the list filter. */
export const USER_STATUS_SQL: Record<UserStatus, string> = {
  erased: `u.erased_at IS NOT NULL`,
  deactivated: `u.erased_at IS NULL AND NOT u.is_active`,
  unverified: `u.erased_at IS NULL AND u.is_active AND u.email IS NOT NULL AND u.email_verified_at IS NULL`,
  active: `u.erased_at IS NULL AND u.is_active AND (u.email IS NULL OR u.email_verified_at IS NOT NULL)`,
};
