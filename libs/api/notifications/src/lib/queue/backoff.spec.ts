import { backoffDelayMs } from './backoff';

describe('backoffDelayMs', () => {
  it('doubles an exponential delay per failed attempt without jitter', () => {
    const backoff = { type: 'exponential', delay: 1000 } as const;
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(backoff, n))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('keeps a fixed delay constant', () => {
    expect(backoffDelayMs({ type: 'fixed', delay: 500 }, 5)).toBe(500);
  });

  it('spreads a jittered delay between max·(1 − jitter) and max', () => {
    const backoff = { type: 'exponential', delay: 1000, jitter: 0.5 } as const;
    expect(backoffDelayMs(backoff, 3, () => 0)).toBe(2000);
    expect(backoffDelayMs(backoff, 3, () => 0.999999)).toBe(3999);
    expect(backoffDelayMs(backoff, 3, () => 0.5)).toBe(3000);
  });

  it('matches BullMQ for the first retry (attemptsMade = 1 gives the base delay)', () => {
    expect(backoffDelayMs({ type: 'exponential', delay: 30_000, jitter: 0.2 }, 1, () => 0)).toBe(
      24_000,
    );
  });

  it('clamps a jitter outside 0..1', () => {
    expect(backoffDelayMs({ type: 'fixed', delay: 100, jitter: 7 }, 1, () => 0)).toBe(0);
    expect(backoffDelayMs({ type: 'fixed', delay: 100, jitter: -1 }, 1, () => 0)).toBe(100);
  });
});
