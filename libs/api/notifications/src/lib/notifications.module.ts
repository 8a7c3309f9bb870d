import { DynamicModule, Module } from '@nestjs/common';
import { ConditionalModule } from '@nestjs/config';
import { DiscoveryModule } from '@nestjs/core';
import { redisConfig, type RedisConfig } from '@zusammen/api/core';
import { MailPreviewHttpModule } from './mail/mail-preview-http.module';
import { mailPreviewRoutesEnabled } from './mail/mail-preview-routes';
import { NotificationInboxController } from './inbox/notification-inbox.controller';
import { NotificationInboxService } from './inbox/notification-inbox.service';
import { MailModule } from './mail/mail.module';
import { MaintenanceScheduler, OWNS_SCHEDULES } from './maintenance/maintenance.scheduler';
import { MetricsController } from './metrics/metrics.controller';
import { NotificationMetrics } from './metrics/notification-metrics';
import {
  commonQueueProviders,
  outboxExports,
  outboxProviders,
  type NotificationsModuleOptions,
} from './notifications.providers';
import { BullmqJobQueue } from './queue/bullmq-job-queue';
import { InProcessJobQueue } from './queue/in-process-job-queue';
import { JobHandlerRegistry } from './queue/job-handler.registry';
import { QUEUE_SETTINGS, type QueueSettingsMap } from './queue/job-options';
import { JobQueue } from './queue/job-queue';
import { NotificationPreferencesController } from './preferences/notification-preferences.controller';
import { NotificationPreferencesService } from './preferences/notification-preferences.service';
import { RUNS_RELAY } from './relay/relay-sweep.runner';
import { NotificationStaffController } from './staff/notification-staff.controller';
import { NotificationStaffService } from './staff/notification-staff.service';

export function createApiJobQueue(
  redis: RedisConfig,
  registry: JobHandlerRegistry,
  settings: QueueSettingsMap,
): JobQueue {
  return redis.url
    ? new BullmqJobQueue(redis.url, redis.prefix, settings)
    : new InProcessJobQueue(registry, settings);
}

/**
 * Queues, mail and the notification outbox for the API process. REDIS_URL set: jobs go to BullMQ and apps/worker
 * runs them and the outbox relay. Unset (embedded mode): an in-process dispatcher runs the same handlers here,
 * this process runs the relay and owns the schedules. Serves GET /api/metrics, the signed-in user's own
 * notifications (/api/notifications), their email preferences (/api/me/notification-preferences) and the staff
 * view (/api/staff/notifications).
 * Exports `JobQueue`, `Mailer`, `MailPreviewService`, `MaintenanceScheduler`, `NotificationOutbox`,
 * `NotificationAdminService` globally: import it once, in AppModule (needs the database).
 */
@Module({})
export class NotificationsModule {
  static forRoot(options: NotificationsModuleOptions = {}): DynamicModule {
    return {
      module: NotificationsModule,
      global: true,
      imports: [
        DiscoveryModule,
        MailModule,
        ConditionalModule.registerWhen(MailPreviewHttpModule, mailPreviewRoutesEnabled, {
          debug: false,
        }),
      ],
      controllers:
        options.outbox === false
          ? []
          : [
              MetricsController,
              NotificationInboxController,
              NotificationPreferencesController,
              NotificationStaffController,
            ],
      providers: [
        ...commonQueueProviders(options),
        {
          provide: JobQueue,
          useFactory: createApiJobQueue,
          inject: [redisConfig.KEY, JobHandlerRegistry, QUEUE_SETTINGS],
        },
        {
          provide: OWNS_SCHEDULES,
          useFactory: (redis: RedisConfig) => !redis.url,
          inject: [redisConfig.KEY],
        },
        ...outboxProviders(options, {
          provide: RUNS_RELAY,
          useFactory: (jobs: JobQueue) => jobs.mode === 'in-process',
          inject: [JobQueue],
        }),
        ...(options.outbox === false
          ? []
          : [
              NotificationMetrics,
              NotificationInboxService,
              NotificationPreferencesService,
              NotificationStaffService,
            ]),
      ],
      exports: [JobQueue, MailModule, MaintenanceScheduler, ...outboxExports(options)],
    };
  }
}
