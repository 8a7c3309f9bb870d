import { BeforeApplicationShutdown, Logger } from '@nestjs/common';
import { backoffDelayMs } from './backoff';
import { assertValidJobId } from './job-id';
import type { JobHandlerRegistry } from './job-handler.registry';
import type { QueueName } from './job-names';
import type { QueueSettingsMap } from './job-options';
import { JobQueue, normalizeDelay, type AddJobOptions, type AnyJobSchedule } from './job-queue';
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
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly waiting = new Map<QueueName, InProcessJob[]>();
  private readonly active = new Map<string, Promise<void>>();
  private readonly activePerQueue = new Map<QueueName, number>();
  private readonly finished = new Set<string>();
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
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.waiting.clear();
    if (dropped > 0)
      this.logger.warn(
        `${dropped} delayed or waiting job(s) dropped at shutdown; they are re-dispatched from the database`,
      );
    await Promise.allSettled([...this.active.values()]);
    this.notifyIfIdle();
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
    this.timers.set(job.key, timer);
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
      (this.activePerQueue.get(queue) ?? 0) < this.settings[queue].concurrency
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
      this.remember(job.key);
    } catch (error: unknown) {
      job.attemptsMade = attempt;
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof UnrecoverableJobError || attempt >= attempts || this.closed) {
        this.logger.error(
          `Job ${job.key} (${job.name}) failed for good after ${attempt} attempt(s): ${message}`,
        );
        this.remember(job.key);
        return;
      }
      const delay = backoffDelayMs(backoff, job.attemptsMade);
      this.logger.warn(
        `Job ${job.key} (${job.name}) attempt ${attempt}/${attempts} failed, retry in ${delay} ms: ${message}`,
      );
      this.enqueueAfter(job, delay);
    }
  }

  private remember(key: string): void {
    this.finished.add(key);
    if (this.finished.size > FINISHED_IDS_KEPT) {
      const oldest = this.finished.values().next().value;
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
