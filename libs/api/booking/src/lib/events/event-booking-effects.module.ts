import { Module } from '@nestjs/common';
import { EventBookingEffects } from './event-booking-effects';

/**
 * `EventBookingEffects` for the bookings code (cancel, move, new series dates). Needs the global
 * `NotificationOutbox` (NotificationsModule.forRoot in the process's root module).
 */
@Module({
  providers: [EventBookingEffects],
  exports: [EventBookingEffects],
})
export class EventBookingEffectsModule {}
