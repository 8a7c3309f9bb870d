import { DataSource } from 'typeorm';
import { sha256Hex } from '../session/session-token';
import {
  EMAIL_LOCKOUT,
  evaluateLockout,
  IP_LOCKOUT,
  LOCKOUT_RETENTION_MS,
  type LockoutRule,
  type LockoutState,
} from './lockout';
import { LockoutStore, type SignInFailures } from './lockout-store';

interface FailuresRow {
  now: Date;
  email_failures: Date[];
  ip_failures: Date[];
}

/**
 * The store without Redis: the `sign_in_attempt` table. A failed sign-in is one row with the address hash and the
 * client address. Rate-limit events are rows whose `email_hash` is the SHA-256 of the limit's key and whose `ip` is
 * null, so they never count for the per-IP sign-in cap. Reading and recording a sign-in failure are separate
 * statements: two attempts racing on different replicas may each pass the check at the 5th failure, so a burst can
 * get one or two extra guesses — acceptable for a lockout whose job is to stop guessing at scale. `admit` is exact
 * (a transaction-scoped advisory lock per key).
 */
export class PostgresLockoutStore extends LockoutStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async readSignInFailures(emailHash: string, ip: string | undefined): Promise<SignInFailures> {
    const rows: FailuresRow[] = await this.dataSource.query(
      `SELECT now() AS now,
              ARRAY(SELECT attempted_at FROM sign_in_attempt
                     WHERE email_hash = $1 AND attempted_at > now() - make_interval(secs => $3::int)
                     ORDER BY attempted_at DESC LIMIT $4::int) AS email_failures,
              ARRAY(SELECT attempted_at FROM sign_in_attempt
                     WHERE $2::text IS NOT NULL AND ip = $2::text
                       AND attempted_at > now() - make_interval(secs => $5::int)
                     ORDER BY attempted_at DESC LIMIT $6::int) AS ip_failures`,
      [
        emailHash,
        ip ?? null,
        EMAIL_LOCKOUT.windowMs / 1000,
        EMAIL_LOCKOUT.maxFailures,
        IP_LOCKOUT.windowMs / 1000,
        IP_LOCKOUT.maxFailures,
      ],
    );
    const { now, email_failures, ip_failures } = rows[0];
    return { now, byEmail: email_failures, byIp: ip_failures };
  }

  /** Records the failure and drops rows no window looks at any more (retention). */
  async recordSignInFailure(emailHash: string, ip: string | undefined): Promise<void> {
    await this.dataSource.query(`INSERT INTO sign_in_attempt (email_hash, ip) VALUES ($1, $2)`, [
      emailHash,
      ip ?? null,
    ]);
    await this.dataSource.query(
      `DELETE FROM sign_in_attempt WHERE attempted_at < now() - make_interval(secs => $1::int)`,
      [LOCKOUT_RETENTION_MS / 1000],
    );
  }

  async clearSignInFailures(emailHash: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_attempt WHERE email_hash = $1`, [emailHash]);
  }

  async admit(key: string, rule: LockoutRule): Promise<LockoutState> {
    if (rule.windowMs > LOCKOUT_RETENTION_MS)
      throw new Error(`A window of ${rule.windowMs} ms is longer than the retention of the store`);
    const keyHash = sha256Hex(key);
    return this.dataSource.transaction(async (manager) => {
      // serialises admits of one key until commit; other keys are not blocked
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [keyHash]);
      // clock_timestamp(), not now(): the transaction may have waited for the lock
      const rows: { now: Date; events: Date[] }[] = await manager.query(
        `SELECT clock_timestamp() AS now,
                ARRAY(SELECT attempted_at FROM sign_in_attempt
                       WHERE email_hash = $1 AND ip IS NULL
                         AND attempted_at > clock_timestamp() - make_interval(secs => $2::int)
                       ORDER BY attempted_at DESC LIMIT $3::int) AS events`,
        [keyHash, rule.windowMs / 1000, rule.maxFailures],
      );
      const state = evaluateLockout(rows[0].events, rows[0].now, rule);
      if (!state.locked)
        await manager.query(
          `INSERT INTO sign_in_attempt (email_hash, ip, attempted_at) VALUES ($1, NULL, $2)`,
          [keyHash, rows[0].now],
        );
      // retention of this key's events (sign-in failures sweep the whole table)
      await manager.query(
        `DELETE FROM sign_in_attempt
          WHERE email_hash = $1 AND attempted_at <= $2::timestamptz - make_interval(secs => $3::int)`,
        [keyHash, rows[0].now, rule.windowMs / 1000],
      );
      return state;
    });
  }
}
