import { Module } from '@nestjs/common';
import { CoreConfigModule, LoggingModule } from '@zusammen/api/core';
import { NotificationsWorkerModule } from '@zusammen/api/notifications';

/**
 * The worker process (services mode only): BullMQ consumers and schedules, no HTTP.
 * DatabaseModule.forRoot({ entities }) joins here with the notification outbox (relay + send-notification).
 */
@Module({
  imports: [CoreConfigModule, LoggingModule, NotificationsWorkerModule.forRoot()],
})
export class WorkerModule {}
