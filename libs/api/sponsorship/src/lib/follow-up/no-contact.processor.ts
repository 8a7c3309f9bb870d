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
import { sendNoContactAlerts } from './no-contact-alerts';

/** `maintenance/sponsorship-no-contact` (hourly): one transaction per run, see {@link sendNoContactAlerts}. */
@JobHandler(QUEUE_NAMES.maintenance, MAINTENANCE_JOBS.sponsorshipNoContact)
export class SponsorshipNoContactProcessor implements JobProcessor<
  'maintenance',
  'sponsorship-no-contact'
> {
  private readonly logger = new Logger(SponsorshipNoContactProcessor.name);
  // stateless writers, as in the account retention job: the worker has no identity module to inject them from
  private readonly outbox = new NotificationOutbox();

  constructor(private readonly dataSource: DataSource) {}

  async handle(_payload: Record<string, never>, context: JobContext): Promise<void> {
    const result = await this.dataSource.transaction((manager) =>
      sendNoContactAlerts(manager, this.outbox, new Date()),
    );
    if (result.created > 0)
      this.logger.log(`Job ${context.jobId}: ${result.created} no-contact alert(s)`);
  }
}
