import type { Type } from '@nestjs/common';
import { PurgeMailPreviewProcessor } from '../maintenance/purge-mail-preview.processor';
import { JobHandler, type JobProcessor } from '../queue/job-handler.decorator';
import { NOTIFICATION_JOBS, QUEUE_NAMES } from '../queue/job-names';

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

/** The processors of a queue-only boot: the real purge processor and the stand-in above. */
export const QUEUE_ONLY_PROCESSORS: readonly Type<unknown>[] = [
  PurgeMailPreviewProcessor,
  IgnoringSendNotificationProcessor,
];
