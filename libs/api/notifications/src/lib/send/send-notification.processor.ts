import { Inject, Logger } from '@nestjs/common';
import { appConfig, deriveAccountLinkSecret, type AppConfig } from '@zusammen/api/core';
import {
  NOTIFICATION_TYPE_CATEGORY,
  type Locale,
  type NotificationChannel,
  type NotificationPayloads,
  type NotificationStatus,
  type NotificationType,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { Mailer } from '../mail/mailer';
import { effectiveChannel } from '../outbox/effective-channel';
import { JobHandler, type JobContext, type JobProcessor } from '../queue/job-handler.decorator';
import { NOTIFICATION_JOBS, QUEUE_NAMES, type SendNotificationPayload } from '../queue/job-names';
import { referencedUserIds, renderNotification } from '../templates';
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
  email_opt_outs: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Pauses between tries of marking a row sent after the SMTP server accepted its mail (~31 s in all): a PostgreSQL
 * restart or failover must not turn into a job failure, because the queue's retry would send the mail again.
 */
export const MARK_SENT_RETRY_DELAYS_MS: readonly number[] = [
  250, 500, 1_000, 2_000, 4_000, 8_000, 15_000,
];

/**
 * `notifications/send-notification` (DESIGN.md §6, step 3): re-reads the row and stops when it is no longer
 * pending/queued or not due yet (rescheduled — the relay moves its job); resolves the address and the email
 * preferences now (an account without email, or one that has since switched the optional category off, gets it in
 * the app only); loads the names the template shows; renders in the row's language, deriving account-link secrets
 * from TOKEN_SECRET; sends with a Message-ID derived from the row id; marks it sent only if it still is
 * pending/queued. A failure counts the attempt, keeps the error and — after the last attempt — marks the row
 * `failed`, then rethrows so the queue retries with backoff and jitter.
 * Once the SMTP server accepted the mail, marking the row sent is retried for ~31 s (PostgreSQL restarting) instead
 * of failing the job, whose retry would send it again. A crash between the SMTP server's acceptance and the update
 * (or PostgreSQL away for longer than that) is the only way to send a mail twice.
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
              n.deliver_after > now() + interval '1 second' AS not_due, u.email, u.display_name,
              u.notification_email_opt_outs AS email_opt_outs
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

    const channel = effectiveChannel(NOTIFICATION_TYPE_CATEGORY[row.type], row.channel, {
      hasEmail: row.email !== null,
      emailOptOuts: row.email_opt_outs,
    });
    if (channel === 'in_app' || row.email === null) {
      await this.markSent(id, 'in_app');
      return;
    }
    try {
      if (channel === 'sms') throw new Error('No SMS transport is configured');
      const messageId = notificationMessageId(id, this.app.publicUrl);
      const payload = row.payload as unknown as NotificationPayloads[typeof row.type];
      const rendered = renderNotification({
        type: row.type,
        locale: row.locale,
        payload,
        recipient: { displayName: row.display_name },
        context: {
          publicUrl: this.app.publicUrl,
          siteName: NOTIFICATION_SITE_NAME,
          messageId,
          now: new Date(),
          accountLinkSecret: (tokenId) => deriveAccountLinkSecret(this.app.tokenSecret, tokenId),
          displayNames: await this.displayNames(referencedUserIds(row.type, payload)),
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
    await this.markSentAfterDelivery(id, channel);
  }

  /**
   * The mail is out: keep trying to record it (the update is idempotent) rather than fail the job, whose retry
   * would send it a second time. Gives up — and the mail may go twice — only after MARK_SENT_RETRY_DELAYS_MS.
   */
  private async markSentAfterDelivery(id: string, channel: NotificationChannel): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await this.markSent(id, channel);
        if (attempt > 0) this.logger.log(`Notification ${id} marked sent after ${attempt} retries`);
        return;
      } catch (error: unknown) {
        const delay = this.markSentRetryDelaysMs[attempt];
        if (delay === undefined) {
          this.logger.error(
            `Notification ${id} was delivered but could not be marked sent; it may be sent again: ${describeDeliveryError(error)}`,
          );
          throw error;
        }
        if (attempt === 0)
          this.logger.warn(
            `Notification ${id} delivered, marking it sent failed (retrying): ${describeDeliveryError(error)}`,
          );
        await this.pause(delay);
      }
    }
  }

  /** Retry pauses of {@link markSentAfterDelivery} (tests shorten them). */
  protected get markSentRetryDelaysMs(): readonly number[] {
    return MARK_SENT_RETRY_DELAYS_MS;
  }

  protected pause(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  /** Names of the referenced users that still have one (an erased account's name is not shown). */
  private async displayNames(userIds: string[]): Promise<Record<string, string>> {
    const ids = userIds.filter((userId) => UUID.test(userId));
    if (ids.length === 0) return {};
    const rows: { id: string; display_name: string }[] = await this.dataSource.query(
      `SELECT id, display_name FROM user_account WHERE id = ANY($1::uuid[]) AND erased_at IS NULL`,
      [ids],
    );
    return Object.fromEntries(rows.map((user) => [user.id, user.display_name]));
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
