import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { IdentityModule } from '@zusammen/api/identity';
import { EventBookingEffectsModule } from '../events/event-booking-effects.module';
import { AvailabilityController } from './availability.controller';
import { bookingConfig } from './booking-config';
import { BookingChangeService } from './booking-change.service';
import { BookingCreateService } from './booking-create.service';
import { BookingDecisionService } from './booking-decision.service';
import { BookingMaintenanceModule } from './booking-maintenance.module';
import { BookingQueriesService } from './booking-queries.service';
import { BookingsController } from './bookings.controller';
import { QuotasController } from './quotas.controller';
import { QuotasService } from './quotas.service';

/**
 * Room bookings over HTTP (BOOKING_ROUTES: availability, bookings, quotas) and the series job's handler.
 * NotificationOutbox comes from the global NotificationsModule. Import once, in AppModule.
 */
@Module({
  imports: [
    ConfigModule.forFeature(bookingConfig),
    IdentityModule,
    EventBookingEffectsModule,
    BookingMaintenanceModule,
  ],
  controllers: [AvailabilityController, BookingsController, QuotasController],
  providers: [
    BookingCreateService,
    BookingDecisionService,
    BookingChangeService,
    BookingQueriesService,
    QuotasService,
  ],
  exports: [BookingQueriesService],
})
export class BookingsModule {}
