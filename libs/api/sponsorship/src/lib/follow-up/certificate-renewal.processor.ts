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
import { sendCertificateRenewals } from './certificate-renewals';

/** `maintenance/certificate-renewal` (hourly): see {@link sendCertificateRenewals}. */
@JobHandler(QUEUE_NAMES.maintenance, MAINTENANCE_JOBS.certificateRenewal)
export class CertificateRenewalProcessor implements JobProcessor<
  'maintenance',
  'certificate-renewal'
> {
  private readonly logger = new Logger(CertificateRenewalProcessor.name);
  private readonly outbox = new NotificationOutbox();

  constructor(private readonly dataSource: DataSource) {}

  async handle(_payload: Record<string, never>, context: JobContext): Promise<void> {
    const result = await this.dataSource.transaction((manager) =>
      sendCertificateRenewals(manager, this.outbox, new Date()),
    );
    if (result.created > 0)
      this.logger.log(`Job ${context.jobId}: ${result.created} certificate renewal reminder(s)`);
  }
}
