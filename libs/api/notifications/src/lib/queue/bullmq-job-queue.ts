import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { assertValidJobId } from './job-id';
import type { QueueName } from './job-names';
import type { QueueJobOptions, QueueSettingsMap } from './job-options';
import {
  JobQueue,
  normalizeDelay,
  type AddJobOptions,
  type AnyJobSchedule,
  type JobState,
  type QueueJobCounts,
} from './job-queue';
import { closeRedisConnection, createRedisConnection } from './redis-connection';

export function toBullmqJobOptions(options: QueueJobOptions): JobsOptions {
  return {
    attempts: options.attempts,
    backoff: { ...options.backoff },
    removeOnComplete: { ...options.removeOnComplete },
    removeOnFail: { ...options.removeOnFail },
  };
}

/** Producer side in services mode: one BullMQ `Queue` per queue name on one shared Redis connection. */
export class BullmqJobQueue extends JobQueue implements OnApplicationShutdown {
  readonly mode = 'bullmq' as const;
  private readonly logger = new Logger(BullmqJobQueue.name);
  private readonly connection: Redis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    redisUrl: string,
    private readonly prefix: string,
    private readonly settings: QueueSettingsMap,
  ) {
    super();
    this.connection = createRedisConnection(redisUrl, 'producer');
    this.connection.on('error', (error: Error) =>
      this.logger.warn(`Redis (producer): ${error.message}`),
    );
  }

  protected async addJob(
    queue: QueueName,
    name: string,
    payload: unknown,
    options: AddJobOptions,
  ): Promise<string> {
    if (options.jobId !== undefined) assertValidJobId(options.jobId);
    const job = await this.queue(queue).add(name, payload, {
      jobId: options.jobId,
      delay: normalizeDelay(options.delayMs),
    });
    if (!job.id) throw new Error(`BullMQ returned no id for "${queue}/${name}"`);
    return job.id;
  }

  async upsertSchedule(schedule: AnyJobSchedule): Promise<void> {
    assertValidJobId(schedule.id);
    await this.queue(schedule.queue).upsertJobScheduler(
      schedule.id,
      { every: schedule.everyMs },
      {
        name: schedule.name,
        data: schedule.payload,
        opts: toBullmqJobOptions(this.settings[schedule.queue].jobOptions),
      },
    );
  }

  async getJobState(queue: QueueName, jobId: string): Promise<JobState> {
    const state = await this.queue(queue).getJobState(jobId);
    switch (state) {
      case 'waiting':
      case 'delayed':
      case 'active':
      case 'completed':
      case 'failed':
      case 'unknown':
        return state;
      default:
        // prioritized, waiting-children: not started yet
        return 'waiting';
    }
  }

  async changeDelay(queue: QueueName, jobId: string, delayMs: number): Promise<boolean> {
    const job = await this.queue(queue).getJob(jobId);
    if (!job) return false;
    try {
      await job.changeDelay(normalizeDelay(delayMs));
      return true;
    } catch (error: unknown) {
      // JobNotInState: it left the delayed set meanwhile; JobNotExist: it was removed.
      this.logger.debug(`changeDelay ${queue}/${jobId}: ${String(error)}`);
      return false;
    }
  }

  async remove(queue: QueueName, jobId: string): Promise<boolean> {
    // BullMQ answers 1 for an unknown id too; report false like the in-process queue
    if (!(await this.queue(queue).getJob(jobId))) return false;
    return (await this.queue(queue).remove(jobId)) === 1;
  }

  async getCounts(queue: QueueName): Promise<QueueJobCounts> {
    const counts = await this.queue(queue).getJobCounts('waiting', 'active', 'delayed', 'failed');
    return {
      waiting: counts['waiting'] ?? 0,
      active: counts['active'] ?? 0,
      delayed: counts['delayed'] ?? 0,
      failed: counts['failed'] ?? 0,
    };
  }

  /** The BullMQ queue object (health checks, admin views, tests). */
  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.connection,
        prefix: this.prefix,
        defaultJobOptions: toBullmqJobOptions(this.settings[name].jobOptions),
      });
      queue.on('error', (error: Error) => this.logger.warn(`Queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
    await closeRedisConnection(this.connection);
  }
}
