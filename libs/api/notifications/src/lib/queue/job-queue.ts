import type { JobName, JobPayload, QueueName } from './job-names';

export interface AddJobOptions {
  /** Deterministic id (see `jobId()`); adding a job whose id is still known is a no-op. */
  jobId?: string;
  /** Run no earlier than this many ms from now (negative counts as 0). */
  delayMs?: number;
}

/** A job added again and again, e.g. a nightly clean-up. `id` is fixed so upserting twice keeps one schedule. */
export interface JobSchedule<Q extends QueueName, N extends JobName<Q>> {
  id: string;
  queue: Q;
  name: N;
  payload: JobPayload<Q, N>;
  everyMs: number;
}

/** Any valid schedule: the union over every queue and job name. */
export type AnyJobSchedule = {
  [Q in QueueName]: { [N in JobName<Q>]: JobSchedule<Q, N> }[JobName<Q>];
}[QueueName];

export type JobQueueMode = 'bullmq' | 'in-process';

/** Where a job is; `unknown` = no job with that id (never added, removed, or Redis lost it). */
export type JobState = 'waiting' | 'delayed' | 'active' | 'completed' | 'failed' | 'unknown';

/** Jobs per state of one queue (admin view, metrics). */
export interface QueueJobCounts {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

/**
 * Producer side of the queues. `REDIS_URL` set → BullMQ (the worker process consumes);
 * unset → an in-process dispatcher with the same retry semantics (embedded mode, DESIGN.md §2).
 */
export abstract class JobQueue {
  abstract readonly mode: JobQueueMode;

  /** Adds a job and resolves to its id (the existing id when a job with `jobId` is still known). */
  add<Q extends QueueName, N extends JobName<Q>>(
    queue: Q,
    name: N,
    payload: JobPayload<Q, N>,
    options: AddJobOptions = {},
  ): Promise<string> {
    return this.addJob(queue, name, payload, options);
  }

  /** Creates or updates a repeating job (BullMQ job scheduler / interval timer); the first job runs now. */
  abstract upsertSchedule(schedule: AnyJobSchedule): Promise<void>;

  /** The state of the job with this id. */
  abstract getJobState(queue: QueueName, jobId: string): Promise<JobState>;

  /** Moves a delayed job to run `delayMs` from now; false when the job is not (or no longer) delayed. */
  abstract changeDelay(queue: QueueName, jobId: string, delayMs: number): Promise<boolean>;

  /**
   * Forgets a job that is not running (waiting, delayed or finished), so its id can be added again;
   * false when there is no such job or it is active.
   */
  abstract remove(queue: QueueName, jobId: string): Promise<boolean>;

  /** Jobs per state of the queue. */
  abstract getCounts(queue: QueueName): Promise<QueueJobCounts>;

  /** The untyped core of `add`: queue and name were checked against the payload map by the caller. */
  protected abstract addJob(
    queue: QueueName,
    name: string,
    payload: unknown,
    options: AddJobOptions,
  ): Promise<string>;
}

export function normalizeDelay(delayMs: number | undefined): number {
  return delayMs !== undefined && Number.isFinite(delayMs) && delayMs > 0 ? Math.round(delayMs) : 0;
}
