import { Logger } from '@nestjs/common';
import { JobHandler, type JobContext, type JobProcessor } from '../queue/job-handler.decorator';
import { MAINTENANCE_JOBS, QUEUE_NAMES, type PurgeMailPreviewPayload } from '../queue/job-names';
import { MailPreviewService } from '../mail/mail-preview.service';

/** Preview mails are development aids and may hold personal data: they are kept 14 days. */
export const MAIL_PREVIEW_RETENTION_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/** `maintenance/purge-mail-preview`: deletes preview mails older than the retention. Idempotent. */
@JobHandler(QUEUE_NAMES.maintenance, MAINTENANCE_JOBS.purgeMailPreview)
export class PurgeMailPreviewProcessor implements JobProcessor<
  'maintenance',
  'purge-mail-preview'
> {
  private readonly logger = new Logger(PurgeMailPreviewProcessor.name);

  constructor(private readonly previews: MailPreviewService) {}

  async handle(payload: PurgeMailPreviewPayload, context: JobContext): Promise<void> {
    const retentionDays =
      Number.isFinite(payload.retentionDays) && payload.retentionDays >= 0
        ? payload.retentionDays
        : MAIL_PREVIEW_RETENTION_DAYS;
    const deleted = await this.previews.purgeOlderThan(retentionCutoff(new Date(), retentionDays));
    this.logger.log(
      `Job ${context.jobId}: ${deleted} preview mail(s) older than ${retentionDays} days deleted`,
    );
  }
}
