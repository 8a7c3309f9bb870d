import { createHash, randomBytes } from 'node:crypto';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@zusammen/shared/contracts';
import type { Client } from 'pg';

/** Cookie and CSRF header of one signed-in user, ready for `fetch`. */
export type SessionHeaders = Record<string, string>;

const sha256Hex = (value: string): string =>
  createHash('sha256').update(value, 'utf8').digest('hex');

/**
 * A session for `userId` INSERTed straight into `user_session`, as the API stores it (SHA-256 of the cookie
 * and of the CSRF token): load scripts get many signed-in users without argon2 sign-ins and without meeting
 * the sign-in rate limit. Valid for `hours`.
 */
export async function insertSession(
  db: Pick<Client, 'query'>,
  userId: string,
  userAgent: string,
  hours = 12,
): Promise<SessionHeaders> {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(32).toString('base64url');
  await db.query(
    `INSERT INTO user_session (user_id, token_hash, csrf_token_hash, last_seen_at, idle_expires_at,
                               absolute_expires_at, user_agent, ip)
     VALUES ($1, $2, $3, now(), now() + make_interval(hours => $4), now() + make_interval(hours => $4), $5,
             '127.0.0.1')`,
    [userId, sha256Hex(token), sha256Hex(csrf), hours, userAgent],
  );
  return {
    cookie: `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${csrf}`,
    [CSRF_HEADER.toLowerCase()]: csrf,
  };
}
