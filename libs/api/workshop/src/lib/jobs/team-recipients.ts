import type { Role } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';

/** Every active, not erased user with `role`, in a fixed order (the team a workshop alert goes to). */
export async function activeUserIdsWithRole(manager: EntityManager, role: Role): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM user_account
      WHERE $1 = ANY(roles) AND is_active AND erased_at IS NULL
      ORDER BY id`,
    [role],
  );
  return rows.map((row) => row.id);
}

/** A borrower's channel for a notification: email when they chose it, otherwise the in-app list. */
export function borrowerChannel(reminderChannel: string): 'email' | 'in_app' {
  return reminderChannel === 'email' ? 'email' : 'in_app';
}

/** SQL join condition: the borrower (alias `br`) has a usable account (alias `u`); without one they are phoned. */
export const BORROWER_ACCOUNT_JOIN = `JOIN user_account u
    ON u.id = br.user_id AND u.is_active AND u.erased_at IS NULL`;
