/**
 * Retry delays with the same semantics as BullMQ 6's built-in strategies (classes/backoffs.js), so the in-process
 * dispatcher of the embedded mode retries exactly like the BullMQ worker of the services mode.
 */
export interface BackoffSettings {
  type: 'fixed' | 'exponential';
  /** Base delay in ms. */
  delay: number;
  /** Share of the delay that is randomised, 0..1: the result lies in [max·(1 − jitter), max]. */
  jitter?: number;
}

/**
 * Delay before the next attempt, given how many attempts have failed so far (1 after the first failure).
 * `random` returns a number in [0, 1) and is injectable for tests.
 */
export function backoffDelayMs(
  backoff: BackoffSettings,
  attemptsMade: number,
  random: () => number = Math.random,
): number {
  const jitter = Math.min(Math.max(backoff.jitter ?? 0, 0), 1);
  const maxDelay =
    backoff.type === 'exponential'
      ? Math.round(Math.pow(2, Math.max(attemptsMade, 1) - 1) * backoff.delay)
      : backoff.delay;
  if (jitter === 0) return maxDelay;
  const minDelay = maxDelay * (1 - jitter);
  return Math.floor(random() * maxDelay * jitter + minDelay);
}
