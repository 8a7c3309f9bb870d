import { Logger } from '@nestjs/common';
import {
  JobHandler,
  MAINTENANCE_JOBS,
  NotificationOutbox,
  QUEUE_NAMES,
  type JobContext,
  type JobProcessor,
} from '@zusammen/api/notifications';
import { DataSource } from 'typeorm';
import { EventBookingEffects } from '../events/event-booking-effects';
import { materialiseDueSeries } from './series-materialisation';

/** `maintenance/booking-series-materialise` (daily): extends every active series to 12 months ahead. */
@JobHandler(QUEUE_NAMES.maintenance, MAINTENANCE_JOBS.bookingSeriesMaterialise)
export class BookingSeriesMaterialiseProcessor implements JobProcessor<
  'maintenance',
  'booking-series-materialise'
> {
  private readonly logger = new Logger(BookingSeriesMaterialiseProcessor.name);
  // stateless writers, as in the sponsorship jobs: the worker has no identity or events module to inject them from
  private readonly effects = new EventBookingEffects(new NotificationOutbox());

  constructor(private readonly dataSource: DataSource) {}

  async handle(_payload: Record<string, never>, context: JobContext): Promise<void> {
    const result = await materialiseDueSeries(this.dataSource, this.effects, this.logger);
    if (result.series > 0)
      this.logger.log(
        `Job ${context.jobId}: ${result.series} series extended, ${result.inserted} date(s) added, ${result.skipped} skipped`,
      );
  }
}
