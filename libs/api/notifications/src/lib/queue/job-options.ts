import type { BackoffSettings } from './backoff';
import type { QueueName } from './job-names';

/** Retention of finished jobs, as BullMQ's `removeOnComplete` / `removeOnFail` (age in seconds). */
export interface KeepJobs {
  age: number;
  count: number;
}

/** Options every job of a queue gets, in both run modes. */
export interface QueueJobOptions {
  /** Total tries including the first one. */
  attempts: number;
  backoff: BackoffSettings;
  removeOnComplete: KeepJobs;
  removeOnFail: KeepJobs;
}

/** At most `max` jobs started per `durationMs` (BullMQ: across all workers of the queue). */
export interface RateLimit {
  max: number;
  durationMs: number;
}

export interface QueueSettings {
  /** Jobs of this queue processed at the same time by one worker process (or by the in-process dispatcher). */
  concurrency: number;
  jobOptions: QueueJobOptions;
  /** Rate limit of job starts (the notifications queue: MAIL_RATE_LIMIT_PER_SECOND). */
  limiter?: RateLimit;
  /**
   * BullMQ worker lock (ms): a job whose worker died is noticed as stalled after the lock expired and the next
   * stalled check ran (`stalledIntervalMs`), then moved back to waiting, at most `maxStalledCount` times.
   */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  maxStalledCount?: number;
}

const DAY_SECONDS = 24 * 60 * 60;

/** Mail delivery: 8 tries over about an hour (30 s, 1, 2, 4, 8, 16, 32 min, each −50 % jitter). */
export const NOTIFICATION_JOB_OPTIONS: QueueJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 30_000, jitter: 0.5 },
  removeOnComplete: { age: 7 * DAY_SECONDS, count: 10_000 },
  removeOnFail: { age: 30 * DAY_SECONDS, count: 10_000 },
};

/** Clean-ups and scans: idempotent, a few tries, the next schedule catches up anyway. */
export const MAINTENANCE_JOB_OPTIONS: QueueJobOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 60_000, jitter: 0.5 },
  removeOnComplete: { age: DAY_SECONDS, count: 100 },
  removeOnFail: { age: 30 * DAY_SECONDS, count: 1_000 },
};

/** Default MAIL_RATE_LIMIT_PER_SECOND. */
export const DEFAULT_MAIL_RATE_LIMIT_PER_SECOND = 10;

export const DEFAULT_QUEUE_SETTINGS: Readonly<Record<QueueName, QueueSettings>> = {
  // A crashed worker's mail is picked up again within ~15 s; sending twice is only possible in the window
  // between SMTP acceptance and the row update, so a few stalls per job are harmless (the row is re-read).
  notifications: {
    concurrency: 5,
    jobOptions: NOTIFICATION_JOB_OPTIONS,
    limiter: { max: DEFAULT_MAIL_RATE_LIMIT_PER_SECOND, durationMs: 1_000 },
    lockDurationMs: 10_000,
    stalledIntervalMs: 5_000,
    maxStalledCount: 5,
  },
  maintenance: { concurrency: 1, jobOptions: MAINTENANCE_JOB_OPTIONS },
};

/** Injection token for the queue settings (tests override it with short delays). */
export const QUEUE_SETTINGS = Symbol('QUEUE_SETTINGS');
export type QueueSettingsMap = Readonly<Record<QueueName, QueueSettings>>;

/** The settings with the notifications queue limited to `mailsPerSecond` (MAIL_RATE_LIMIT_PER_SECOND). */
export function withMailRateLimit(
  settings: QueueSettingsMap,
  mailsPerSecond: number,
): QueueSettingsMap {
  return {
    ...settings,
    notifications: {
      ...settings.notifications,
      limiter: { max: mailsPerSecond, durationMs: 1_000 },
    },
  };
}
