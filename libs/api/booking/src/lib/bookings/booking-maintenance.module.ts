import { Module, type Type } from '@nestjs/common';
import { BookingSeriesMaterialiseProcessor } from './series-materialisation.processor';

/** The handlers of the room bookings' scheduled jobs (names and schedules in @zusammen/api/notifications). */
export const BOOKING_MAINTENANCE_PROCESSORS: readonly Type<unknown>[] = [
  BookingSeriesMaterialiseProcessor,
];

/**
 * Scheduled work on room bookings: the daily series materialisation. Imported by `BookingsModule` (the API runs
 * the jobs in embedded mode, and the startup check wants a handler for every job name in every process) and by
 * apps/worker. Needs the DataSource only.
 */
@Module({ providers: [...BOOKING_MAINTENANCE_PROCESSORS] })
export class BookingMaintenanceModule {}
