import { Inject, Injectable } from '@nestjs/common';
import type { Locale, Role, SessionUser } from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { identityConfig, type IdentityConfig } from '../config/identity-config';
import { newOpaqueToken, sha256Hex } from './session-token';

export interface ClientInfo {
  userAgent: string | undefined;
  ip: string | undefined;
}

/** What sign-in hands to the browser (cookies) — the plain tokens exist only here and in the cookies. */
export interface IssuedSession {
  sessionId: string;
  token: string;
  csrfToken: string;
  absoluteExpiresAt: Date;
}

/** A valid session with its user, as the guard attaches it to the request. */
export interface ActiveSession {
  id: string;
  user: SessionUser;
  csrfTokenHash: string;
  absoluteExpiresAt: Date;
}

export const USER_AGENT_MAX_LENGTH = 256;

interface ActiveSessionRow {
  id: string;
  csrf_token_hash: string;
  absolute_expires_at: Date;
  stale: boolean;
  user_id: string;
  display_name: string;
  email: string | null;
  roles: Role[];
  locale: Locale;
}

/**
 * Server-side sessions in `user_session`. All times come from PostgreSQL's clock, so API replicas agree.
 * The idle expiry slides forward with use, but `last_seen_at` is written at most once a minute per session.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(identityConfig.KEY) private readonly config: IdentityConfig,
  ) {}

  async createSession(userId: string, client: ClientInfo): Promise<IssuedSession> {
    const token = newOpaqueToken();
    const csrfToken = newOpaqueToken();
    const rows: { id: string; absolute_expires_at: Date }[] = await this.dataSource.query(
      `INSERT INTO user_session
         (user_id, token_hash, csrf_token_hash, last_seen_at, idle_expires_at, absolute_expires_at, user_agent, ip)
       VALUES ($1, $2, $3, now(),
               least(now() + make_interval(mins => $4::int), now() + make_interval(hours => $5::int)),
               now() + make_interval(hours => $5::int), $6, $7)
       RETURNING id, absolute_expires_at`,
      [
        userId,
        sha256Hex(token),
        sha256Hex(csrfToken),
        this.config.sessionIdleMinutes,
        this.config.sessionAbsoluteHours,
        client.userAgent?.slice(0, USER_AGENT_MAX_LENGTH) ?? null,
        client.ip ?? null,
      ],
    );
    return {
      sessionId: rows[0].id,
      token,
      csrfToken,
      absoluteExpiresAt: rows[0].absolute_expires_at,
    };
  }

  /** The session of a cookie token if it is neither expired nor revoked and its account is active. */
  async findActiveSession(token: string): Promise<ActiveSession | null> {
    const rows: ActiveSessionRow[] = await this.dataSource.query(
      `SELECT s.id, s.csrf_token_hash, s.absolute_expires_at,
              s.last_seen_at < now() - interval '1 minute' AS stale,
              u.id AS user_id, u.display_name, u.email, u.roles, u.locale
         FROM user_session s
         JOIN user_account u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL
          AND s.idle_expires_at > now() AND s.absolute_expires_at > now()
          AND u.is_active`,
      [sha256Hex(token)],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.stale) await this.touch(row.id);
    return {
      id: row.id,
      csrfTokenHash: row.csrf_token_hash,
      absoluteExpiresAt: row.absolute_expires_at,
      user: {
        id: row.user_id,
        displayName: row.display_name,
        email: row.email,
        roles: row.roles,
        locale: row.locale,
      },
    };
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId],
    );
  }

  /**
   * Ends every session of a user (password reset, deactivation, erasure) and returns how many were open.
   * Pass the transaction's manager to revoke together with the change.
   */
  async revokeAllSessions(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    // A CTE, so the driver returns the rows themselves (a bare UPDATE … RETURNING comes back as [rows, count]).
    const rows: { id: string }[] = await manager.query(
      `WITH revoked AS (
         UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id
       )
       SELECT id FROM revoked`,
      [userId],
    );
    return rows.length;
  }

  /**
   * Ends every session of a user except `keepSessionId` (password change: the device that changed it stays
   * signed in). Pass the transaction's manager to revoke together with the change.
   */
  async revokeOtherSessions(
    userId: string,
    keepSessionId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `UPDATE user_session SET revoked_at = now()
        WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL`,
      [userId, keepSessionId],
    );
  }

  /** Conditional, so concurrent requests of one session write at most once a minute. */
  private async touch(sessionId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE user_session
          SET last_seen_at = now(),
              idle_expires_at = least(now() + make_interval(mins => $2::int), absolute_expires_at)
        WHERE id = $1 AND last_seen_at < now() - interval '1 minute'`,
      [sessionId, this.config.sessionIdleMinutes],
    );
  }
}
