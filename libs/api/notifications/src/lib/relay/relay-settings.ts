/** How the outbox relay runs (defaults: production's; tests shorten them). */
export interface RelaySettings {
  /** Pause between two relay passes. */
  intervalMs: number;
  /** Rows claimed per pass. */
  batchSize: number;
  /** Rows due within this window are enqueued as delayed jobs already. */
  lookaheadMs: number;
  /** A `queued` row older than this whose job is gone (Redis flushed or restarted) is enqueued again. */
  sweepAfterMs: number;
  /** Pause between two sweeps. */
  sweepEveryMs: number;
  /** Longest wait for Redis per row before the pass gives up and rolls back (Redis down or unreachable). */
  redisTimeoutMs: number;
}

export const DEFAULT_RELAY_SETTINGS: RelaySettings = {
  intervalMs: 1_000,
  batchSize: 200,
  lookaheadMs: 10 * 60_000,
  sweepAfterMs: 2 * 60_000,
  sweepEveryMs: 30_000,
  redisTimeoutMs: 5_000,
};

/** Injection token for the relay settings. */
export const RELAY_SETTINGS = Symbol('RELAY_SETTINGS');
