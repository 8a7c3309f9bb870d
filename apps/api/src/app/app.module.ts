import { Module } from '@nestjs/common';
import { AccountsModule } from '@zusammen/api/accounts';
import {
  BookingReportsModule,
  BookingsModule,
  CalendarFeedsModule,
  EventsModule,
  RoomModule,
} from '@zusammen/api/booking';
import { ApiCoreModule } from '@zusammen/api/core';
import { IdentityModule } from '@zusammen/api/identity';
import { NotificationsModule } from '@zusammen/api/notifications';
import { SponsorshipModule } from '@zusammen/api/sponsorship';
import { WorkshopModule } from '@zusammen/api/workshop';
import { API_DATABASE_OPTIONS } from '../database/data-source';

/**
 * The HTTP process: core (config, logs, database, health, errors), identity (sessions, the deny-by-default
 * guard, the boot check that every route declares its access policy), notifications (job queue: BullMQ
 * with REDIS_URL, in-process without; mail: SMTP or file preview) and the feature modules.
 */
@Module({
  imports: [
    ApiCoreModule.forRoot(API_DATABASE_OPTIONS),
    IdentityModule,
    NotificationsModule.forRoot(),
    AccountsModule,
    RoomModule,
    BookingsModule,
    BookingReportsModule,
    EventsModule,
    CalendarFeedsModule,
    SponsorshipModule,
    WorkshopModule,
  ],
})
export class AppModule {}
