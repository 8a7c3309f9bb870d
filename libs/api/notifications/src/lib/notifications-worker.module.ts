import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { redisConfig, type RedisConfig } from '@zusammen/api/core';
import { MailModule } from './mail/mail.module';
import { MaintenanceScheduler, OWNS_SCHEDULES } from './maintenance/maintenance.scheduler';
import { commonQueueProviders, type NotificationsModuleOptions } from './notifications.providers';
import { BullmqJobQueue } from './queue/bullmq-job-queue';
import { BullmqWorkerHost } from './queue/bullmq-worker.host';
import { QUEUE_SETTINGS, type QueueSettingsMap } from './queue/job-options';
import { JobQueue } from './queue/job-queue';
import { requireRedisUrl } from './queue/require-redis-url';

export function createWorkerJobQueue(redis: RedisConfig, settings: QueueSettingsMap): JobQueue {
  return new BullmqJobQueue(requireRedisUrl(redis), redis.prefix, settings);
}

/**
 * Queues and mail for apps/worker (services mode only): a BullMQ worker per queue running the `@JobHandler`
 * processors, the maintenance schedules, a producer for follow-up jobs and the mailer. Needs REDIS_URL.
 * Exports `JobQueue`, `Mailer`, `MailPreviewService`, `MaintenanceScheduler`, `BullmqWorkerHost` globally.
 */
@Module({})
export class NotificationsWorkerModule {
  static forRoot(options: NotificationsModuleOptions = {}): DynamicModule {
    return {
      module: NotificationsWorkerModule,
      global: true,
      imports: [DiscoveryModule, MailModule],
      providers: [
        ...commonQueueProviders(options),
        {
          provide: JobQueue,
          useFactory: createWorkerJobQueue,
          inject: [redisConfig.KEY, QUEUE_SETTINGS],
        },
        { provide: OWNS_SCHEDULES, useValue: true },
        BullmqWorkerHost,
      ],
      exports: [JobQueue, MailModule, MaintenanceScheduler, BullmqWorkerHost],
    };
  }
}
