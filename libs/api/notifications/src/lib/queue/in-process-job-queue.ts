import { BeforeApplicationShutdown, Logger } from '@nestjs/common';
import { backoffDelayMs } from './backoff';
import { assertValidJobId } from './job-id';
import type { JobHandlerRegistry } from './job-handler.registry';
import type { QueueName } from './job-names';
import type { QueueSettingsMap } from './job-options';
import {
  JobQueue,
  normalizeDelay,
  type AddJobOptions,
  type AnyJobSchedule,
  type JobState,
  type QueueJobCounts,
} from './job-queue';
import { UnrecoverableJobError } from './unrecoverable-job.error';

interface InProcessJob {
  key: string;
  id: string;
  queue: QueueName;
  name: string;
  payload: unknown;
  attemptsMade: number;
}

/** How many finished job ids are remembered for de-duplication (BullMQ keeps finished jobs similarly). */
const FINISHED_IDS_KEPT = 1_000;

/**
 * The embedded mode's queue (no Redis): jobs run inside the API process with BullMQ's semantics — delay,
 * attempts, exponential backoff with jitter, per-queue concurrency, de-duplication by job id.
 * Pending jobs live in memory only; PostgreSQL (the outbox) stays the source of truth, so a restart re-dispatches.
 */
export class InProcessJobQueue extends JobQueue implements BeforeApplicationShutdown {
  readonly mode = 'in-process' as const;
  private readonly logger = new Logger(InProcessJobQueue.name);
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; job: InProcessJob }>();
  private readonly waiting = new Map<QueueName, InProcessJob[]>();
  private readonly active = new Map<string, Promise<void>>();
  private readonly activePerQueue = new Map<QueueName, number>();
  private readonly finished = new Map<string, 'completed' | 'failed'>();
  /** Start times within the limiter window, per queue; and the pending wake-up when the limit is reached. */
  private readonly starts = new Map<QueueName, number[]>();
  private readonly limiterTimers = new Map<QueueName, NodeJS.Timeout>();
  private readonly schedules = new Map<string, NodeJS.Timeout>();
  private readonly idleWaiters: (() => void)[] = [];
  private sequence = 0;
  private closed = false;

  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly settings: QueueSettingsMap,
  ) {
    super();
  }

  protected async addJob(
    queue: QueueName,
    name: string,
    payload: unknown,
    options: AddJobOptions,
  ): Promise<string> {
    if (this.closed) throw new Error(`Job queue is shut down; "${queue}/${name}" not added`);
    if (options.jobId !== undefined) assertValidJobId(options.jobId);
    const id = options.jobId ?? `${name}-${++this.sequence}`;
    const key = `${queue}/${id}`;
    if (this.isKnown(key)) return id;
    const job: InProcessJob = { key, id, queue, name, payload, attemptsMade: 0 };
    this.enqueueAfter(job, normalizeDelay(options.delayMs));
    return id;
  }

  async upsertSchedule(schedule: AnyJobSchedule): Promise<void> {
    assertValidJobId(schedule.id);
    const previous = this.schedules.get(schedule.id);
    if (previous) clearInterval(previous);
    const fire = (): void => {
      this.addJob(schedule.queue, schedule.name, schedule.payload, {
        jobId: `${schedule.id}-${Date.now()}`,
      }).catch((error: unknown) =>
        this.logger.warn(`Schedule ${schedule.id} could not add a job: ${String(error)}`),
      );
    };
    // Like a BullMQ scheduler with `every`: the first job now, then one per interval.
    fire();
    const timer = setInterval(fire, schedule.everyMs);
    timer.unref();
    this.schedules.set(schedule.id, timer);
  }

  /** Resolves once nothing is delayed, waiting or running (tests; schedules do not count). */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops schedules and delayed jobs, then waits for running jobs (Nest shutdown hook). */
  async beforeApplicationShutdown(): Promise<void> {
    this.closed = true;
    for (const timer of this.schedules.values()) clearInterval(timer);
    this.schedules.clear();
    const dropped =
      this.timers.size + [...this.waiting.values()].reduce((sum, jobs) => sum + jobs.length, 0);
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const timer of this.limiterTimers.values()) clearTimeout(timer);
    this.limiterTimers.clear();
    this.waiting.clear();
    if (dropped > 0)
      this.logger.warn(
        `${dropped} delayed or waiting job(s) dropped at shutdown; they are re-dispatched from the database`,
      );
    await Promise.allSettled([...this.active.values()]);
    this.notifyIfIdle();
  }

  async getJobState(queue: QueueName, jobId: string): Promise<JobState> {
    const key = `${queue}/${jobId}`;
    if (this.active.has(key)) return 'active';
    if (this.timers.has(key)) return 'delayed';
    if (this.waitingJob(key)) return 'waiting';
    return this.finished.get(key) ?? 'unknown';
  }

  async changeDelay(queue: QueueName, jobId: string, delayMs: number): Promise<boolean> {
    const entry = this.timers.get(`${queue}/${jobId}`);
    if (!entry || this.closed) return false;
    clearTimeout(entry.timer);
    this.timers.delete(entry.job.key);
    this.enqueueAfter(entry.job, normalizeDelay(delayMs));
    return true;
  }

  async remove(queue: QueueName, jobId: string): Promise<boolean> {
    const key = `${queue}/${jobId}`;
    if (this.active.has(key)) return false;
    const entry = this.timers.get(key);
    if (entry) {
      clearTimeout(entry.timer);
      this.timers.delete(key);
      this.notifyIfIdle();
      return true;
    }
    const jobs = this.waiting.get(queue) ?? [];
    const index = jobs.findIndex((job) => job.key === key);
    if (index >= 0) {
      jobs.splice(index, 1);
      this.notifyIfIdle();
      return true;
    }
    return this.finished.delete(key);
  }

  async getCounts(queue: QueueName): Promise<QueueJobCounts> {
    const inQueue = (key: string): boolean => key.startsWith(`${queue}/`);
    return {
      waiting: this.waiting.get(queue)?.length ?? 0,
      active: [...this.active.keys()].filter(inQueue).length,
      delayed: [...this.timers.keys()].filter(inQueue).length,
      failed: [...this.finished.entries()].filter(
        ([key, state]) => state === 'failed' && inQueue(key),
      ).length,
    };
  }

  private waitingJob(key: string): InProcessJob | undefined {
    for (const jobs of this.waiting.values()) {
      const job = jobs.find((candidate) => candidate.key === key);
      if (job) return job;
    }
    return undefined;
  }

  private isKnown(key: string): boolean {
    return (
      this.finished.has(key) ||
      this.timers.has(key) ||
      this.active.has(key) ||
      [...this.waiting.values()].some((jobs) => jobs.some((job) => job.key === key))
    );
  }

  private enqueueAfter(job: InProcessJob, delayMs: number): void {
    if (delayMs === 0) {
      this.enqueue(job);
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(job.key);
      this.enqueue(job);
    }, delayMs);
    timer.unref();
    this.timers.set(job.key, { timer, job });
  }

  private enqueue(job: InProcessJob): void {
    if (this.closed) return;
    const jobs = this.waiting.get(job.queue) ?? [];
    jobs.push(job);
    this.waiting.set(job.queue, jobs);
    this.pump(job.queue);
  }

  private pump(queue: QueueName): void {
    const jobs = this.waiting.get(queue) ?? [];
    while (
      jobs.length > 0 &&
      (this.activePerQueue.get(queue) ?? 0) < this.settings[queue].concurrency &&
      this.withinRateLimit(queue)
    ) {
      const job = jobs.shift() as InProcessJob;
      this.activePerQueue.set(queue, (this.activePerQueue.get(queue) ?? 0) + 1);
      const run: Promise<void> = this.run(job).finally(() => {
        if (this.active.get(job.key) === run) this.active.delete(job.key);
        this.activePerQueue.set(queue, (this.activePerQueue.get(queue) ?? 1) - 1);
        this.pump(queue);
        this.notifyIfIdle();
      });
      this.active.set(job.key, run);
    }
  }

  /** True (and the start counted) when the queue's limiter allows one more start now; else a wake-up is set. */
  private withinRateLimit(queue: QueueName): boolean {
    const limiter = this.settings[queue].limiter;
    if (!limiter) return true;
    const now = Date.now();
    const recent = (this.starts.get(queue) ?? []).filter((at) => at > now - limiter.durationMs);
    this.starts.set(queue, recent);
    if (recent.length < limiter.max) {
      recent.push(now);
      return true;
    }
    if (!this.limiterTimers.has(queue) && !this.closed) {
      const timer = setTimeout(
        () => {
          this.limiterTimers.delete(queue);
          this.pump(queue);
        },
        recent[0] + limiter.durationMs - now,
      );
      timer.unref();
      this.limiterTimers.set(queue, timer);
    }
    return false;
  }

  private async run(job: InProcessJob): Promise<void> {
    const { attempts, backoff } = this.settings[job.queue].jobOptions;
    const attempt = job.attemptsMade + 1;
    try {
      await this.registry.dispatch(job.queue, job.name, job.payload, {
        jobId: job.id,
        queue: job.queue,
        name: job.name,
        attempt,
        maxAttempts: attempts,
      });
      this.remember(job.key, 'completed');
    } catch (error: unknown) {
      job.attemptsMade = attempt;
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof UnrecoverableJobError || attempt >= attempts || this.closed) {
        this.logger.error(
          `Job ${job.key} (${job.name}) failed for good after ${attempt} attempt(s): ${message}`,
        );
        this.remember(job.key, 'failed');
        return;
      }
      const delay = backoffDelayMs(backoff, job.attemptsMade);
      this.logger.warn(
        `Job ${job.key} (${job.name}) attempt ${attempt}/${attempts} failed, retry in ${delay} ms: ${message}`,
      );
      this.enqueueAfter(job, delay);
    }
  }

  private remember(key: string, state: 'completed' | 'failed'): void {
    this.finished.delete(key);
    this.finished.set(key, state);
    if (this.finished.size > FINISHED_IDS_KEPT) {
      const oldest = this.finished.keys().next().value;
      if (oldest !== undefined) this.finished.delete(oldest);
    }
  }

  private isIdle(): boolean {
    return (
      this.timers.size === 0 &&
      this.active.size === 0 &&
      [...this.waiting.values()].every((jobs) => jobs.length === 0)
    );
  }

  private notifyIfIdle(): void {
    if (!this.isIdle()) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
