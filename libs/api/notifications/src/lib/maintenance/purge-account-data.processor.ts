import { Logger } from '@nestjs/common';
import { AuditLog, purgeExpiredAccountData } from '@zusammen/api/identity';
import { DataSource } from 'typeorm';
import { JobHandler, type JobContext, type JobProcessor } from '../queue/job-handler.decorator';
import { MAINTENANCE_JOBS, QUEUE_NAMES } from '../queue/job-names';

/**
 * `maintenance/purge-account-data`: applies the account retention rules (ACCOUNT_RETENTION_DAYS in
 * @zusammen/api/identity) in one transaction. Idempotent; a second run finds nothing.
 */
@JobHandler(QUEUE_NAMES.maintenance, MAINTENANCE_JOBS.purgeAccountData)
export class PurgeAccountDataProcessor implements JobProcessor<
  'maintenance',
  'purge-account-data'
> {
  private readonly logger = new Logger(PurgeAccountDataProcessor.name);
  private readonly audit = new AuditLog();

  constructor(private readonly dataSource: DataSource) {}

  async handle(_payload: Record<string, never>, context: JobContext): Promise<void> {
    const result = await this.dataSource.transaction((manager) =>
      purgeExpiredAccountData(manager, this.audit),
    );
    this.logger.log(
      `Job ${context.jobId}: deleted ${result.sessions} ended session(s), ${result.tokens} spent link(s), ${result.unverifiedAccounts} unconfirmed sign-up(s)`,
    );
  }
}
