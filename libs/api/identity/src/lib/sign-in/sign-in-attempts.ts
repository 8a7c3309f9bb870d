import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountLockedException } from '../identity.exception';
import { EMAIL_LOCKOUT, evaluateLockout, IP_LOCKOUT } from './lockout';

interface FailuresRow {
  now: Date;
  email_failures: Date[];
  ip_failures: Date[];
}

/**
 * Failed sign-ins in PostgreSQL, shared by every API replica. Check and record are separate statements: two
 * attempts racing on different replicas may each pass the check at the 5th failure, so a burst can get one or
 * two extra guesses — acceptable for a lockout whose job is to stop guessing at scale. A Redis variant
 * (INCR with expiry) may replace this table when REDIS_URL is set; the arithmetic in lockout.ts stays.
 */
@Injectable()
export class SignInAttempts {
  constructor(private readonly dataSource: DataSource) {}

  /** Throws {@link AccountLockedException} while the address or the client address is locked. */
  async assertNotLocked(emailHash: string, ip: string | undefined): Promise<void> {
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
    const byEmail = evaluateLockout(email_failures, now, EMAIL_LOCKOUT);
    const byIp = evaluateLockout(ip_failures, now, IP_LOCKOUT);
    const retryAfter = Math.max(
      byEmail.locked ? byEmail.retryAfterSeconds : 0,
      byIp.locked ? byIp.retryAfterSeconds : 0,
    );
    if (retryAfter > 0) throw new AccountLockedException(retryAfter);
  }

  /** Records a failure and drops rows no window looks at any more (retention). */
  async recordFailure(emailHash: string, ip: string | undefined): Promise<void> {
    await this.dataSource.query(`INSERT INTO sign_in_attempt (email_hash, ip) VALUES ($1, $2)`, [
      emailHash,
      ip ?? null,
    ]);
    await this.dataSource.query(
      `DELETE FROM sign_in_attempt WHERE attempted_at < now() - make_interval(secs => $1::int)`,
      [Math.max(EMAIL_LOCKOUT.windowMs, IP_LOCKOUT.windowMs) / 1000],
    );
  }

  /** After a successful sign-in the address starts afresh (the per-IP failures stay). */
  async clearFailures(emailHash: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_attempt WHERE email_hash = $1`, [emailHash]);
  }
}
