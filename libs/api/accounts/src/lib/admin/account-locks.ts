import { AdminUserErrorCode, type Role } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { AdminUserException, UserNotFoundException } from './admin-user.exception';

/** The row a change locks first: enough to apply the rules. */
export interface LockedAccount {
  id: string;
  roles: Role[];
  is_active: boolean;
  erased_at: Date | null;
}

export interface LockedForChange {
  target: LockedAccount;
  /** Active, not erased admins other than the target, counted under the same lock. */
  otherActiveAdmins: number;
}

/**
 * Locks the account to change and every active admin's row, in id order. One fixed order, so two admins
 * demoting, deactivating or erasing each other at once serialise; the second then sees the first's change
 * and is refused LAST_ADMIN instead of both succeeding and leaving nobody to administer the platform.
 * 404 for an unknown id, 409 ACCOUNT_ERASED for an erased account.
 */
export async function lockAccountForChange(
  manager: EntityManager,
  userId: string,
): Promise<LockedForChange> {
  const rows: LockedAccount[] = await manager.query(
    `SELECT id, roles, is_active, erased_at FROM user_account
      WHERE id = $1 OR ('admin' = ANY(roles) AND is_active AND erased_at IS NULL)
      ORDER BY id
      FOR UPDATE`,
    [userId],
  );
  const target = rows.find((row) => row.id === userId);
  if (!target) throw new UserNotFoundException();
  if (target.erased_at !== null) throw new AdminUserException(AdminUserErrorCode.AccountErased);
  return {
    target,
    otherActiveAdmins: rows.filter(
      (row) => row.id !== userId && row.is_active && row.roles.includes('admin'),
    ).length,
  };
}

/** 409 LAST_ADMIN when the change would leave no active admin (deactivation, erasure). */
export function assertNotLastActiveAdmin(locked: LockedForChange): void {
  const { target, otherActiveAdmins } = locked;
  if (target.is_active && target.roles.includes('admin') && otherActiveAdmins === 0)
    throw new AdminUserException(AdminUserErrorCode.LastAdmin);
}
