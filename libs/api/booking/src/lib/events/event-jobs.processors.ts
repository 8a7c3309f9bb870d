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
import { decideMinimumParticipants, expireWaitlistOffers } from './event-jobs';

/** `maintenance/event-waitlist-expiry` (every minute), see {@link expireWaitlistOffers}. */
@JobHandler(QUEUE_NAMES.maintenance, MAINTENANCE_JOBS.eventWaitlistExpiry)
export class EventWaitlistExpiryProcessor implements JobProcessor<
  'maintenance',
  'event-waitlist-expiry'
> {
  private readonly logger = new Logger(EventWaitlistExpiryProcessor.name);
  // a stateless writer, as in the Patenmodell's jobs: the worker has no module to inject it from
  private readonly outbox = new NotificationOutbox();

  constructor(private readonly dataSource: DataSource) {}

  async handle(_payload: Record<string, never>, context: JobContext): Promise<void> {
    const result = await expireWaitlistOffers(this.dataSource, this.outbox, new Date());
    if (result.expired + result.offered + result.closed > 0)
      this.logger.log(
        `Job ${context.jobId}: ${result.expired} offer(s) expired, ${result.offered} new offer(s), ${result.closed} entr(y/ies) closed`,
      );
  }
}

/** `maintenance/event-min-participants` (every minute), see {@link decideMinimumParticipants}. */
@JobHandler(QUEUE_NAMES.maintenance, MAINTENANCE_JOBS.eventMinParticipants)
export class EventMinParticipantsProcessor implements JobProcessor<
  'maintenance',
  'event-min-participants'
> {
  private readonly logger = new Logger(EventMinParticipantsProcessor.name);
  private readonly outbox = new NotificationOutbox();

  constructor(private readonly dataSource: DataSource) {}

  async handle(_payload: Record<string, never>, context: JobContext): Promise<void> {
    const result = await decideMinimumParticipants(this.dataSource, this.outbox, new Date());
    if (result.checked > 0)
      this.logger.log(
        `Job ${context.jobId}: ${result.checked} date(s) decided, ${result.cancelled} cancelled (minimum not reached)`,
      );
  }
}
