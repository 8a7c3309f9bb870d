import type { Provider, Type } from '@nestjs/common';
import { mailConfig, type MailConfig } from '@zusammen/api/core';
import { NotificationAdminService } from './admin/notification-admin.service';
import {
  DEFAULT_MAINTENANCE_SCHEDULES,
  MAINTENANCE_SCHEDULES,
  MaintenanceScheduler,
} from './maintenance/maintenance.scheduler';
import { PurgeAccountDataProcessor } from './maintenance/purge-account-data.processor';
import { PurgeMailPreviewProcessor } from './maintenance/purge-mail-preview.processor';
import { NotificationOutbox } from './outbox/notification-outbox';
import { JobHandlerRegistry } from './queue/job-handler.registry';
import {
  DEFAULT_QUEUE_SETTINGS,
  QUEUE_SETTINGS,
  withMailRateLimit,
  type QueueSettingsMap,
} from './queue/job-options';
import type { AnyJobSchedule } from './queue/job-queue';
import { DEFAULT_RELAY_SETTINGS, RELAY_SETTINGS, type RelaySettings } from './relay/relay-settings';
import { RelaySweepRunner, RUNS_RELAY } from './relay/relay-sweep.runner';
import { SendNotificationProcessor } from './send/send-notification.processor';

/** The job processors of this library (each a `@JobHandler`); the startup check wants exactly one per job name. */
export const NOTIFICATION_PROCESSORS: readonly Type<unknown>[] = [
  PurgeAccountDataProcessor,
  PurgeMailPreviewProcessor,
  SendNotificationProcessor,
];

/** Options of `NotificationsModule.forRoot()` / `NotificationsWorkerModule.forRoot()`; the defaults are production's. */
export interface NotificationsModuleOptions {
  /**
   * Concurrency, attempts and backoff per queue (default `DEFAULT_QUEUE_SETTINGS` with the notifications limiter
   * at MAIL_RATE_LIMIT_PER_SECOND).
   */
  queueSettings?: QueueSettingsMap;
  /** Repeating jobs (default `DEFAULT_MAINTENANCE_SCHEDULES`). */
  schedules?: readonly AnyJobSchedule[];
  /** Processor classes (default `NOTIFICATION_PROCESSORS`); tests pass instrumented subclasses. */
  processors?: readonly Type<unknown>[];
  /** Relay timing (default `DEFAULT_RELAY_SETTINGS`); tests shorten it. */
  relay?: Partial<RelaySettings>;
  /** Overrides whether this process runs the relay (default: the worker yes, the API in embedded mode only). */
  runRelay?: boolean;
  /**
   * `false`: queues and mail only — no outbox, relay, admin service or metrics, so no database is needed
   * (tests of the queue layer). Default `true`.
   */
  outbox?: boolean;
}

/** Providers both the API's and the worker's module need: handler registry, settings, schedules, processors. */
export function commonQueueProviders(options: NotificationsModuleOptions): Provider[] {
  return [
    JobHandlerRegistry,
    {
      provide: QUEUE_SETTINGS,
      useFactory: (mail: MailConfig): QueueSettingsMap =>
        options.queueSettings ?? withMailRateLimit(DEFAULT_QUEUE_SETTINGS, mail.rateLimitPerSecond),
      inject: [mailConfig.KEY],
    },
    {
      provide: MAINTENANCE_SCHEDULES,
      useValue: options.schedules ?? DEFAULT_MAINTENANCE_SCHEDULES,
    },
    MaintenanceScheduler,
    ...(options.processors ?? NOTIFICATION_PROCESSORS),
  ];
}

/** The outbox API, the admin service and the relay runner (whether it runs: `runsRelay`). Need the DataSource. */
export function outboxProviders(
  options: NotificationsModuleOptions,
  runsRelay: Provider,
): Provider[] {
  if (options.outbox === false) return [];
  return [
    NotificationOutbox,
    NotificationAdminService,
    { provide: RELAY_SETTINGS, useValue: { ...DEFAULT_RELAY_SETTINGS, ...options.relay } },
    options.runRelay === undefined
      ? runsRelay
      : { provide: RUNS_RELAY, useValue: options.runRelay },
    RelaySweepRunner,
  ];
}

/** What the outbox part exports (empty without it). */
export function outboxExports(options: NotificationsModuleOptions): Type<unknown>[] {
  return options.outbox === false
    ? []
    : [NotificationOutbox, NotificationAdminService, RelaySweepRunner];
}
