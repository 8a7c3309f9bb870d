import { Module } from '@nestjs/common';
import { RoomModule } from '@zusammen/api/booking';
import { ApiCoreModule } from '@zusammen/api/core';
import { NotificationsModule } from '@zusammen/api/notifications';
import { API_DATABASE_OPTIONS } from '../database/data-source';

/**
 * The HTTP process: core (config, logs, database, health, errors), notifications (job queue: BullMQ
 * with REDIS_URL, in-process without; mail: SMTP or file preview) and the feature modules.
 */
@Module({
  imports: [ApiCoreModule.forRoot(API_DATABASE_OPTIONS), NotificationsModule.forRoot(), RoomModule],
})
export class AppModule {}
