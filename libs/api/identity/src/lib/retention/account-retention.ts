import type { EntityManager } from 'typeorm';
import type { AuditLog } from '../audit/audit-log';

/**
 * How long account data that has served its purpose is kept (DSGVO Art. 5(1)(e), storage limitation):
 * ended sessions 30 days (to answer "was that me?" questions), used or expired links 7 days, self sign-ups
 * whose address was never confirmed 30 days (the account never became usable; with it go its links,
 * sessions and notifications by cascade). Audit entries are kept; they hold no personal data.
 */
export const ACCOUNT_RETENTION_DAYS = {
  endedSessions: 30,
  spentTokens: 7,
  unverifiedSignUps: 30,
} as const;

export interface AccountRetentionResult {
  sessions: number;
  tokens: number;
  unverifiedAccounts: number;
}

async function deleteCount(manager: EntityManager, sql: string, days: number): Promise<number> {
  // A CTE, so the driver returns the rows themselves (a bare DELETE … RETURNING comes back as [rows, count]).
  const rows: unknown[] = await manager.query(
    `WITH gone AS (${sql} RETURNING 1) SELECT * FROM gone`,
    [days],
  );
  return rows.length;
}

/** Deletes what {@link ACCOUNT_RETENTION_DAYS} no longer allows to keep and records the counts in the audit log. */
export async function purgeExpiredAccountData(
  manager: EntityManager,
  audit: AuditLog,
): Promise<AccountRetentionResult> {
  const cutoff = `now() - make_interval(days => $1::int)`;
  const result: AccountRetentionResult = {
    sessions: await deleteCount(
      manager,
      `DELETE FROM user_session
        WHERE coalesce(revoked_at, least(idle_expires_at, absolute_expires_at)) < ${cutoff}`,
      ACCOUNT_RETENTION_DAYS.endedSessions,
    ),
    tokens: await deleteCount(
      manager,
      `DELETE FROM account_token WHERE coalesce(used_at, expires_at) < ${cutoff}`,
      ACCOUNT_RETENTION_DAYS.spentTokens,
    ),
    unverifiedAccounts: await deleteCount(
      manager,
      `DELETE FROM user_account
        WHERE email_verified_at IS NULL AND email IS NOT NULL AND password_hash IS NOT NULL
          AND created_by_id IS NULL AND last_sign_in_at IS NULL AND erased_at IS NULL
          AND created_at < ${cutoff}`,
      ACCOUNT_RETENTION_DAYS.unverifiedSignUps,
    ),
  };
  if (result.sessions + result.tokens + result.unverifiedAccounts > 0)
    await audit.record(manager, {
      actorId: null,
      action: 'retention.purged',
      subjectType: 'account_data',
      details: { ...result },
    });
  return result;
}
