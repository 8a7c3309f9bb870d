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
import { sendSponsorshipDigests } from './sponsorship-digest';

/** `maintenance/sponsorship-digest` (hourly, sends from Monday 07:00): see {@link sendSponsorshipDigests}. */
@JobHandler(QUEUE_NAMES.maintenance, MAINTENANCE_JOBS.sponsorshipDigest)
export class SponsorshipDigestProcessor implements JobProcessor<
  'maintenance',
  'sponsorship-digest'
> {
  private readonly logger = new Logger(SponsorshipDigestProcessor.name);
  private readonly outbox = new NotificationOutbox();

  constructor(private readonly dataSource: DataSource) {}

  async handle(_payload: Record<string, never>, context: JobContext): Promise<void> {
    const result = await this.dataSource.transaction((manager) =>
      sendSponsorshipDigests(manager, this.outbox, new Date()),
    );
    if (result.created > 0)
      this.logger.log(`Job ${context.jobId}: weekly digest for ${result.created} staff member(s)`);
  }
}
