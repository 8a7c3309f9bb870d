import type { Type } from '@nestjs/common';
import { PurgeMailPreviewProcessor } from '../maintenance/purge-mail-preview.processor';
import { JobHandler, type JobProcessor } from '../queue/job-handler.decorator';
import { MAINTENANCE_JOBS, NOTIFICATION_JOBS, QUEUE_NAMES } from '../queue/job-names';

/**
 * Specs of the queue and mail layer boot `NotificationsModule` with `outbox: false` (no database); the startup check
 * still wants a send-notification handler, so they register this stand-in. Not exported from the library.
 */
@JobHandler(QUEUE_NAMES.notifications, NOTIFICATION_JOBS.sendNotification)
export class IgnoringSendNotificationProcessor implements JobProcessor<
  'notifications',
  'send-notification'
> {
  async handle(): Promise<void> {
    // the outbox specs run the real SendNotificationProcessor
  }
}

/** Stand-in for the account retention job, which needs the database (covered by its own integration spec). */
@JobHandler(QUEUE_NAMES.maintenance, MAINTENANCE_JOBS.purgeAccountData)
export class IgnoringPurgeAccountDataProcessor implements JobProcessor<
  'maintenance',
  'purge-account-data'
> {
  async handle(): Promise<void> {
    // purge-account-data.integration-spec.ts runs the real processor
  }
}

/** The processors of a queue-only boot: the real preview purge processor and the stand-ins above. */
export const QUEUE_ONLY_PROCESSORS: readonly Type<unknown>[] = [
  PurgeMailPreviewProcessor,
  IgnoringSendNotificationProcessor,
  IgnoringPurgeAccountDataProcessor,
];
