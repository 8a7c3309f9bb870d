import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { redisConfig, type RedisConfig } from '@zusammen/api/core';
import { UnrecoverableError, Worker, type Job, type WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { hostname } from 'node:os';
import { JobHandlerRegistry } from './job-handler.registry';
import { ALL_QUEUE_NAMES, type QueueName } from './job-names';
import { QUEUE_SETTINGS, type QueueSettings, type QueueSettingsMap } from './job-options';
import { closeRedisConnection, createRedisConnection } from './redis-connection';
import { requireRedisUrl } from './require-redis-url';
import { UnrecoverableJobError } from './unrecoverable-job.error';

/** Limiter and stall options that are set (BullMQ keeps its defaults for absent keys, not for `undefined`). */
export function workerTuning(settings: QueueSettings): Partial<WorkerOptions> {
  const tuning: Partial<WorkerOptions> = {};
  if (settings.limiter)
    tuning.limiter = { max: settings.limiter.max, duration: settings.limiter.durationMs };
  if (settings.lockDurationMs !== undefined) tuning.lockDuration = settings.lockDurationMs;
  if (settings.stalledIntervalMs !== undefined) tuning.stalledInterval = settings.stalledIntervalMs;
  if (settings.maxStalledCount !== undefined) tuning.maxStalledCount = settings.maxStalledCount;
  return tuning;
}

/**
 * Consumer side in services mode (apps/worker only): one BullMQ `Worker` per queue, each job routed to the
 * same `@JobHandler` classes the in-process dispatcher uses. Shutdown waits for running jobs, then closes Redis.
 */
@Injectable()
export class BullmqWorkerHost
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger = new Logger(BullmqWorkerHost.name);
  private readonly workers: Worker[] = [];
  private connection: Redis | undefined;

  constructor(
    @Inject(redisConfig.KEY) private readonly redis: RedisConfig,
    @Inject(QUEUE_SETTINGS) private readonly settings: QueueSettingsMap,
    private readonly registry: JobHandlerRegistry,
  ) {
    requireRedisUrl(redis);
  }

  get queueNames(): readonly QueueName[] {
    return this.workers.map((worker) => worker.name as QueueName);
  }

  async onApplicationBootstrap(): Promise<void> {
    const connection = createRedisConnection(requireRedisUrl(this.redis), 'worker');
    connection.on('error', (error: Error) => this.logger.warn(`Redis (worker): ${error.message}`));
    this.connection = connection;
    for (const queue of ALL_QUEUE_NAMES) {
      const settings = this.settings[queue];
      const worker = new Worker(queue, (job: Job) => this.process(queue, job), {
        connection,
        prefix: this.redis.prefix,
        concurrency: settings.concurrency,
        name: `${hostname()}-${process.pid}`,
        ...workerTuning(settings),
      });
      worker.on('failed', (job, error) => {
        const attempts = job?.opts.attempts ?? 1;
        this.logger.warn(
          `Job ${queue}/${job?.id} (${job?.name}) attempt ${job?.attemptsMade}/${attempts} failed: ${error.message}`,
        );
      });
      worker.on('error', (error) => this.logger.error(`Worker ${queue}: ${error.message}`));
      this.workers.push(worker);
    }
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
  }

  /** Stop taking jobs and wait for the running ones (BullMQ's graceful `close()`). */
  async beforeApplicationShutdown(signal?: string): Promise<void> {
    if (this.workers.length === 0) return;
    this.logger.log(`Stopping workers${signal ? ` (${signal})` : ''}: waiting for running jobs`);
    await Promise.allSettled(this.workers.map((worker) => worker.close()));
    this.workers.length = 0;
    this.logger.log('Workers stopped');
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.connection) await closeRedisConnection(this.connection);
    this.connection = undefined;
  }

  private async process(queue: QueueName, job: Job): Promise<void> {
    if (!this.registry.has(queue, job.name)) {
      throw new UnrecoverableError(`No handler for job "${queue}/${job.name}"`);
    }
    try {
      await this.registry.dispatch(queue, job.name, job.data, {
        jobId: job.id ?? '',
        queue,
        name: job.name,
        attempt: job.attemptsMade + 1,
        maxAttempts: job.opts.attempts ?? 1,
      });
    } catch (error: unknown) {
      if (error instanceof UnrecoverableJobError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }
}
