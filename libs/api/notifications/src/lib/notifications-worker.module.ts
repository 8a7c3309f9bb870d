import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { redisConfig, type RedisConfig } from '@zusammen/api/core';
import { MailModule } from './mail/mail.module';
import { MaintenanceScheduler, OWNS_SCHEDULES } from './maintenance/maintenance.scheduler';
import {
  commonQueueProviders,
  outboxExports,
  outboxProviders,
  type NotificationsModuleOptions,
} from './notifications.providers';
import { BullmqJobQueue } from './queue/bullmq-job-queue';
import { BullmqWorkerHost } from './queue/bullmq-worker.host';
import { QUEUE_SETTINGS, type QueueSettingsMap } from './queue/job-options';
import { JobQueue } from './queue/job-queue';
import { requireRedisUrl } from './queue/require-redis-url';
import { RUNS_RELAY } from './relay/relay-sweep.runner';

export function createWorkerJobQueue(redis: RedisConfig, settings: QueueSettingsMap): JobQueue {
  return new BullmqJobQueue(requireRedisUrl(redis), redis.prefix, settings);
}

/**
 * Queues, mail and the outbox relay for apps/worker (services mode only): a BullMQ worker per queue running the
 * `@JobHandler` processors (send-notification, maintenance), the relay and its sweep, the maintenance schedules,
 * a producer and the mailer. Needs REDIS_URL and the database.
 * Exports `JobQueue`, `Mailer`, `MailPreviewService`, `MaintenanceScheduler`, `BullmqWorkerHost`,
 * `NotificationOutbox`, `NotificationAdminService`, `RelaySweepRunner` globally.
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
        ...outboxProviders(options, { provide: RUNS_RELAY, useValue: true }),
      ],
      exports: [
        JobQueue,
        MailModule,
        MaintenanceScheduler,
        BullmqWorkerHost,
        ...outboxExports(options),
      ],
    };
  }
}
