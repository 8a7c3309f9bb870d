import type { Provider, Type } from '@nestjs/common';
import {
  DEFAULT_MAINTENANCE_SCHEDULES,
  MAINTENANCE_SCHEDULES,
  MaintenanceScheduler,
} from './maintenance/maintenance.scheduler';
import { PurgeMailPreviewProcessor } from './maintenance/purge-mail-preview.processor';
import { JobHandlerRegistry } from './queue/job-handler.registry';
import { DEFAULT_QUEUE_SETTINGS, QUEUE_SETTINGS, type QueueSettingsMap } from './queue/job-options';
import type { AnyJobSchedule } from './queue/job-queue';

/** The job processors of this library (each a `@JobHandler`); the startup check wants exactly one per job name. */
export const NOTIFICATION_PROCESSORS: readonly Type<unknown>[] = [PurgeMailPreviewProcessor];

/** Options of `NotificationsModule.forRoot()` / `NotificationsWorkerModule.forRoot()`; the defaults are production's. */
export interface NotificationsModuleOptions {
  /** Concurrency, attempts and backoff per queue (default `DEFAULT_QUEUE_SETTINGS`). */
  queueSettings?: QueueSettingsMap;
  /** Repeating jobs (default `DEFAULT_MAINTENANCE_SCHEDULES`). */
  schedules?: readonly AnyJobSchedule[];
  /** Processor classes (default `NOTIFICATION_PROCESSORS`); tests pass instrumented subclasses. */
  processors?: readonly Type<unknown>[];
}

/** Providers both the API's and the worker's module need: handler registry, settings, schedules, processors. */
export function commonQueueProviders(options: NotificationsModuleOptions): Provider[] {
  return [
    JobHandlerRegistry,
    { provide: QUEUE_SETTINGS, useValue: options.queueSettings ?? DEFAULT_QUEUE_SETTINGS },
    {
      provide: MAINTENANCE_SCHEDULES,
      useValue: options.schedules ?? DEFAULT_MAINTENANCE_SCHEDULES,
    },
    MaintenanceScheduler,
    ...(options.processors ?? NOTIFICATION_PROCESSORS),
  ];
}
