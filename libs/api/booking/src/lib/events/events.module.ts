import { Module } from '@nestjs/common';
import { IdentityModule } from '@zusammen/api/identity';
import { EventBookingEffectsModule } from './event-booking-effects.module';
import { EventJobsModule } from './event-jobs.module';
import {
  EventsController,
  MyRegistrationsController,
  OccurrencesController,
  PublicEventsController,
  RegistrationsController,
} from './events.controller';
import { EventsService } from './events.service';
import { RegistrationsService } from './registrations.service';
import { WaitlistService } from './waitlist.service';

/**
 * Events, registrations and waiting lists (API map "Events"): /api/events/…, plus the scheduled jobs (offer
 * expiry, minimum participants) for the API's embedded mode. Needs the global NotificationOutbox.
 */
@Module({
  imports: [IdentityModule, EventBookingEffectsModule, EventJobsModule],
  controllers: [
    PublicEventsController,
    EventsController,
    OccurrencesController,
    RegistrationsController,
    MyRegistrationsController,
  ],
  providers: [EventsService, RegistrationsService, WaitlistService],
  exports: [EventBookingEffectsModule],
})
export class EventsModule {}
