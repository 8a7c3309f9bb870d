import { Logger } from '@nestjs/common';
import { AuditLog } from '@zusammen/api/identity';
import {
  JobHandler,
  MAINTENANCE_JOBS,
  QUEUE_NAMES,
  type JobContext,
  type JobProcessor,
} from '@zusammen/api/notifications';
import { DataSource } from 'typeorm';
import { deleteLapsedCertificates } from './certificate-deletion';

/** `maintenance/certificate-deletion` (hourly): see {@link deleteLapsedCertificates}. */
@JobHandler(QUEUE_NAMES.maintenance, MAINTENANCE_JOBS.certificateDeletion)
export class CertificateDeletionProcessor implements JobProcessor<
  'maintenance',
  'certificate-deletion'
> {
  private readonly logger = new Logger(CertificateDeletionProcessor.name);
  // stateless writer, as in the account retention job: the worker has no identity module to inject it from
  private readonly audit = new AuditLog();

  constructor(private readonly dataSource: DataSource) {}

  async handle(_payload: Record<string, never>, context: JobContext): Promise<void> {
    const deleted = await this.dataSource.transaction((manager) =>
      deleteLapsedCertificates(manager, this.audit, new Date()),
    );
    if (deleted.length > 0)
      this.logger.log(
        `Job ${context.jobId}: deleted ${deleted.length} certificate ledger entr(ies)`,
      );
  }
}
