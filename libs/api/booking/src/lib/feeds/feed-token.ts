import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes in base64url: 43 characters, no padding. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A new secret feed token (32 random bytes, base64url) and the SHA-256 hex that is stored instead of it. */
export function newFeedToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: feedTokenHash(token) };
}

export function feedTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The token of a feed URL's last segment (`<token>` or `<token>.ics`), or null when it cannot be one: such a
 * request is answered like an unknown token, without a database query.
 */
export function tokenFromPathSegment(segment: string): string | null {
  const token = segment.endsWith('.ics') ? segment.slice(0, -'.ics'.length) : segment;
  return TOKEN.test(token) ? token : null;
}
