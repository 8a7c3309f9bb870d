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

export interface QueueSettings {
  /** Jobs of this queue processed at the same time by one worker process (or by the in-process dispatcher). */
  concurrency: number;
  jobOptions: QueueJobOptions;
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

export const DEFAULT_QUEUE_SETTINGS: Readonly<Record<QueueName, QueueSettings>> = {
  notifications: { concurrency: 5, jobOptions: NOTIFICATION_JOB_OPTIONS },
  maintenance: { concurrency: 1, jobOptions: MAINTENANCE_JOB_OPTIONS },
};

/** Injection token for the queue settings (tests override it with short delays). */
export const QUEUE_SETTINGS = Symbol('QUEUE_SETTINGS');
export type QueueSettingsMap = Readonly<Record<QueueName, QueueSettings>>;
