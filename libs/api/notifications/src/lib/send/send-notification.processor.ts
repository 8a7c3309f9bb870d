import { Inject, Logger } from '@nestjs/common';
import { appConfig, type AppConfig } from '@zusammen/api/core';
import type {
  Locale,
  NotificationChannel,
  NotificationPayloads,
  NotificationStatus,
  NotificationType,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { Mailer } from '../mail/mailer';
import { JobHandler, type JobContext, type JobProcessor } from '../queue/job-handler.decorator';
import { NOTIFICATION_JOBS, QUEUE_NAMES, type SendNotificationPayload } from '../queue/job-names';
import { renderNotification } from '../templates';
import { describeDeliveryError } from './delivery-error';
import { notificationMessageId } from './notification-message-id';

/** Shown as the sender's site in every mail. */
export const NOTIFICATION_SITE_NAME = 'Zusammenleben in Borken';

interface DeliveryRow {
  id: string;
  type: NotificationType;
  channel: NotificationChannel;
  locale: Locale;
  payload: Record<string, unknown>;
  status: NotificationStatus;
  not_due: boolean;
  email: string | null;
  display_name: string;
}

/**
 * `notifications/send-notification` (DESIGN.md §6, step 3): re-reads the row and stops when it is no longer
 * pending/queued or not due yet (rescheduled — the relay moves its job); resolves the address now (an account
 * without email gets it in the app only); renders in the row's language; sends with a Message-ID derived from the
 * row id; marks it sent only if it still is pending/queued. A failure counts the attempt, keeps the error and —
 * after the last attempt — marks the row `failed`, then rethrows so the queue retries with backoff and jitter.
 * A crash between the SMTP server's acceptance and the update is the only way to send a mail twice.
 */
@JobHandler(QUEUE_NAMES.notifications, NOTIFICATION_JOBS.sendNotification)
export class SendNotificationProcessor implements JobProcessor<
  'notifications',
  'send-notification'
> {
  private readonly logger = new Logger(SendNotificationProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(appConfig.KEY) private readonly app: AppConfig,
  ) {}

  async handle(payload: SendNotificationPayload, context: JobContext): Promise<void> {
    const id = payload.notificationId;
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT n.id, n.type, n.channel, n.locale, n.payload, n.status,
              n.deliver_after > now() + interval '1 second' AS not_due, u.email, u.display_name
         FROM notification n JOIN user_account u ON u.id = n.recipient_id
        WHERE n.id = $1`,
      [id],
    );
    const row = rows[0];
    if (!row) {
      this.logger.log(`Notification ${id} no longer exists; nothing to send`);
      return;
    }
    if ((row.status !== 'pending' && row.status !== 'queued') || row.not_due) return;

    if (row.channel === 'in_app' || row.email === null) {
      await this.markSent(id, 'in_app');
      return;
    }
    try {
      if (row.channel === 'sms') throw new Error('No SMS transport is configured');
      const messageId = notificationMessageId(id, this.app.publicUrl);
      const rendered = renderNotification({
        type: row.type,
        locale: row.locale,
        payload: row.payload as unknown as NotificationPayloads[typeof row.type],
        recipient: { displayName: row.display_name },
        context: {
          publicUrl: this.app.publicUrl,
          siteName: NOTIFICATION_SITE_NAME,
          messageId,
          now: new Date(),
        },
      });
      await this.mailer.send({
        to: row.email,
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        messageId,
        attachments: rendered.attachments,
      });
    } catch (error: unknown) {
      const final = context.attempt >= context.maxAttempts;
      await this.recordFailure(id, describeDeliveryError(error), final);
      throw error;
    }
    await this.markSent(id, row.channel);
  }

  private async markSent(id: string, channel: NotificationChannel): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification
          SET status = 'sent', sent_at = now(), attempts = attempts + 1, channel = $2, updated_at = now()
        WHERE id = $1 AND status IN ('pending', 'queued')`,
      [id, channel],
    );
  }

  private async recordFailure(id: string, lastError: string, final: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification
          SET attempts = attempts + 1, last_error = $2, updated_at = now(),
              status = CASE WHEN $3::boolean THEN 'failed' ELSE status END
        WHERE id = $1 AND status IN ('pending', 'queued')`,
      [id, lastError, final],
    );
    if (final) this.logger.warn(`Notification ${id} failed for good: ${lastError}`);
  }
}
