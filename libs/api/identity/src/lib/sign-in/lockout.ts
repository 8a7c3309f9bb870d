/**
 * A sliding-window limit: at most `maxFailures` events within `windowMs`. The events are failed sign-ins for the
 * lockout, and requests (or mails) for the rate limits of the account mails.
 */
export interface LockoutRule {
  maxFailures: number;
  windowMs: number;
}

/** 5 failed sign-ins per (normalised) email address within 15 minutes lock that address. */
export const EMAIL_LOCKOUT: LockoutRule = { maxFailures: 5, windowMs: 15 * 60_000 };
/** Per client address: a cap on failures across all addresses (password spraying), same window. */
export const IP_LOCKOUT: LockoutRule = { maxFailures: 50, windowMs: 15 * 60_000 };

/** Password-reset and verification mails: at most 3 per address (and purpose) and hour. */
export const ACCOUNT_MAIL_PER_ADDRESS: LockoutRule = { maxFailures: 3, windowMs: 60 * 60_000 };
/** Requests for account mails per client address (reset, resend), across all addresses. */
export const ACCOUNT_MAIL_PER_IP: LockoutRule = { maxFailures: 20, windowMs: 15 * 60_000 };

/**
 * No rule may look further back than this: a store may forget events older than it (the PostgreSQL store
 * deletes them).
 */
export const LOCKOUT_RETENTION_MS = Math.max(
  ...[EMAIL_LOCKOUT, IP_LOCKOUT, ACCOUNT_MAIL_PER_ADDRESS, ACCOUNT_MAIL_PER_IP].map(
    (r) => r.windowMs,
  ),
);

export type LockoutState = { locked: false } | { locked: true; retryAfterSeconds: number };

/**
 * Whether the failures (any order, any age) lock further attempts at `now`, and for how long: locked while
 * `maxFailures` or more fall inside the window; the lock lifts when the `maxFailures`-th newest failure
 * leaves the window.
 */
export function evaluateLockout(
  failures: readonly Date[],
  now: Date,
  rule: LockoutRule,
): LockoutState {
  const windowStart = now.getTime() - rule.windowMs;
  const recent = failures
    .map((f) => f.getTime())
    .filter((t) => t > windowStart && t <= now.getTime())
    .sort((a, b) => b - a);
  if (recent.length < rule.maxFailures) return { locked: false };
  const liftsAt = recent[rule.maxFailures - 1] + rule.windowMs;
  return {
    locked: true,
    retryAfterSeconds: Math.max(1, Math.ceil((liftsAt - now.getTime()) / 1000)),
  };
}

/** Email key of the lockout: trimmed and lower-cased (the same form user_account.email stores). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
