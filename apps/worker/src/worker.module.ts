import { Module } from '@nestjs/common';
import { BookingMaintenanceModule, EventJobsModule } from '@zusammen/api/booking';
import { CoreConfigModule, DatabaseModule, LoggingModule } from '@zusammen/api/core';
import { NotificationsWorkerModule } from '@zusammen/api/notifications';
import { SponsorshipFollowUpModule } from '@zusammen/api/sponsorship';
import { WorkshopJobsModule } from '@zusammen/api/workshop';
import { WorkerHealthModule } from './health/worker-health.module';
import { WORKER_ENTITIES } from './worker-entities';

/**
 * The worker process (services mode only): BullMQ consumers and schedules, the notification outbox relay and
 * `send-notification`, the feature libraries' scheduled jobs (Patenmodell follow-up, room-booking series,
 * event waiting lists and minimum participants, workshop reminders and expiries); PostgreSQL (DATABASE_URL)
 * and Redis; no HTTP except the optional health server on HEALTH_PORT (`/live`, `/ready`).
 */
@Module({
  imports: [
    CoreConfigModule,
    LoggingModule,
    DatabaseModule.forRoot({ entities: WORKER_ENTITIES, applicationName: 'zusammenleben-worker' }),
    NotificationsWorkerModule.forRoot(),
    SponsorshipFollowUpModule,
    BookingMaintenanceModule,
    EventJobsModule,
    WorkshopJobsModule,
    WorkerHealthModule,
  ],
})
export class WorkerModule {}
