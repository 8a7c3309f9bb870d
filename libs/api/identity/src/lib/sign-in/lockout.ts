/** A sliding-window limit: at most `maxFailures` failures within `windowMs`. */
export interface LockoutRule {
  maxFailures: number;
  windowMs: number;
}

/** 5 failed sign-ins per (normalised) email address within 15 minutes lock that address. */
export const EMAIL_LOCKOUT: LockoutRule = { maxFailures: 5, windowMs: 15 * 60_000 };
/** Per client address: a cap on failures across all addresses (password spraying), same window. */
export const IP_LOCKOUT: LockoutRule = { maxFailures: 50, windowMs: 15 * 60_000 };

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
