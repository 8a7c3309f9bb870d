import {
  ACCOUNT_MAIL_PER_ADDRESS,
  ACCOUNT_MAIL_PER_IP,
  EMAIL_LOCKOUT,
  evaluateLockout,
  IP_LOCKOUT,
  LOCKOUT_RETENTION_MS,
  normaliseEmail,
  type LockoutRule,
} from './lockout';

const rule: LockoutRule = { maxFailures: 5, windowMs: 15 * 60_000 };
const now = new Date('2026-03-01T12:00:00Z');
const minutesAgo = (m: number): Date => new Date(now.getTime() - m * 60_000);

describe('evaluateLockout', () => {
  it('does not lock with four recent failures', () => {
    expect(evaluateLockout([1, 2, 3, 4].map(minutesAgo), now, rule)).toEqual({ locked: false });
  });

  it('locks at the fifth failure until the oldest of the five leaves the window', () => {
    expect(evaluateLockout([0, 1, 2, 3, 10].map(minutesAgo), now, rule)).toEqual({
      locked: true,
      retryAfterSeconds: 5 * 60,
    });
  });

  it('counts only failures inside the window', () => {
    expect(evaluateLockout([1, 2, 3, 4, 15, 16, 60].map(minutesAgo), now, rule)).toEqual({
      locked: false,
    });
  });

  it('with more failures than the limit, the lock lasts until the fifth newest leaves', () => {
    expect(evaluateLockout([14, 0, 1, 2, 3, 4, 13].map(minutesAgo), now, rule)).toEqual({
      locked: true,
      retryAfterSeconds: 11 * 60,
    });
  });

  it('never answers a retry-after below one second', () => {
    const justInside = new Date(now.getTime() - rule.windowMs + 200);
    expect(evaluateLockout([justInside, ...[0, 1, 2, 3].map(minutesAgo)], now, rule)).toEqual({
      locked: true,
      retryAfterSeconds: 1,
    });
  });
});

describe('normaliseEmail', () => {
  it('trims and lower-cases', () => {
    expect(normaliseEmail('  Amira.Haddad@Example.ORG ')).toBe('amira.haddad@example.org');
  });
});

describe('account mail limits', () => {
  it('allow the third mail to an address within an hour and refuse the fourth', () => {
    const sent = [1, 20, 40].map(minutesAgo);
    expect(evaluateLockout(sent.slice(0, 2), now, ACCOUNT_MAIL_PER_ADDRESS)).toEqual({
      locked: false,
    });
    expect(evaluateLockout(sent, now, ACCOUNT_MAIL_PER_ADDRESS)).toEqual({
      locked: true,
      retryAfterSeconds: 20 * 60,
    });
  });

  it('are kept long enough by a store that forgets after LOCKOUT_RETENTION_MS', () => {
    for (const rule of [EMAIL_LOCKOUT, IP_LOCKOUT, ACCOUNT_MAIL_PER_ADDRESS, ACCOUNT_MAIL_PER_IP])
      expect(rule.windowMs).toBeLessThanOrEqual(LOCKOUT_RETENTION_MS);
  });
});
