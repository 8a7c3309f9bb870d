import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import {
  createTransport,
  type SMTPPoolOptions,
  type SMTPPoolSentMessageInfo,
  type Transporter,
} from 'nodemailer';
import type { MailMessage, MailSendResult } from './mail-message';
import { Mailer } from './mailer';
import { toNodemailerMessage } from './nodemailer-message';

/**
 * Pool settings: a few long-lived connections and a modest rate, which small relays and providers accept.
 * Query parameters of SMTP_URL (e.g. `?ignoreTLS=true`, `?maxConnections=10`) take precedence (nodemailer merges them).
 */
export const SMTP_POOL_OPTIONS: Omit<SMTPPoolOptions, 'url'> = {
  pool: true,
  maxConnections: 3,
  maxMessages: 100,
  rateDelta: 1_000,
  rateLimit: 10,
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 60_000,
};

/** Services mode: nodemailer's pooled SMTP transport built from SMTP_URL. */
export class SmtpMailer extends Mailer implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly mode = 'smtp' as const;
  private readonly logger = new Logger(SmtpMailer.name);
  private readonly transport: Transporter<SMTPPoolSentMessageInfo, SMTPPoolOptions>;
  private verification: Promise<void> | undefined;

  /** `mailsPerSecond` (MAIL_RATE_LIMIT_PER_SECOND) caps this process' pool; the queue limiter caps all workers. */
  constructor(
    smtpUrl: string,
    private readonly from: string,
    mailsPerSecond = SMTP_POOL_OPTIONS.rateLimit,
  ) {
    super();
    this.transport = createTransport({
      ...SMTP_POOL_OPTIONS,
      rateLimit: mailsPerSecond,
      url: smtpUrl,
      pool: true,
    });
  }

  /** Checks the connection and credentials once; a failure is logged, not fatal (the relay may come up later). */
  onApplicationBootstrap(): void {
    this.verification = this.transport.verify().then(
      () => this.logger.log('SMTP connection verified'),
      (error: unknown) =>
        this.logger.warn(
          `SMTP verification failed (mail will be retried): ${error instanceof Error ? error.message : String(error)}`,
        ),
    );
  }

  async send(message: MailMessage): Promise<MailSendResult> {
    const info = await this.transport.sendMail(toNodemailerMessage(this.from, message));
    const accepted = info.accepted.map(String);
    if (accepted.length === 0) {
      throw new Error(
        `SMTP server accepted no recipient (rejected: ${info.rejected.map(String).join(', ')})`,
      );
    }
    return { messageId: info.messageId, accepted };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.verification;
    this.transport.close();
  }
}
