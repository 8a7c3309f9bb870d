import { AdminUserErrorCode, type Role } from '@zusammen/shared/contracts';

export interface RoleChange {
  actorId: string;
  targetId: string;
  oldRoles: readonly Role[];
  newRoles: readonly Role[];
  /** Whether the target account is active (an inactive admin does not count as one). */
  targetActive: boolean;
  /** Active, not erased accounts holding `admin` other than the target, counted under lock. */
  otherActiveAdmins: number;
}

/**
 * Why a role change is refused, or null. Taking `admin` away from oneself is refused first (no lock-out by
 * mistake), then taking it from the last active admin — reachable only through a race of two admins demoting
 * each other, which the caller's row locks turn into this answer.
 */
export function roleChangeRefusal(
  change: RoleChange,
): AdminUserErrorCode.SelfChangeForbidden | AdminUserErrorCode.LastAdmin | null {
  const losesAdmin = change.oldRoles.includes('admin') && !change.newRoles.includes('admin');
  if (!losesAdmin) return null;
  if (change.actorId === change.targetId) return AdminUserErrorCode.SelfChangeForbidden;
  if (change.targetActive && change.otherActiveAdmins === 0) return AdminUserErrorCode.LastAdmin;
  return null;
}

/** The roles without repeats, in the order given (the stored array stays tidy). */
export function distinctRoles(roles: readonly Role[]): Role[] {
  return [...new Set(roles)];
}
