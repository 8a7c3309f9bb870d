import { Logger } from '@nestjs/common';
import type { AppConfig } from '@zusammen/api/core';
import type { DataSource } from 'typeorm';
import type { MailMessage, MailSendResult } from '../mail/mail-message';
import { Mailer } from '../mail/mailer';
import { SendNotificationProcessor } from './send-notification.processor';

const ID = '0b8e4a52-3f7e-4c55-9d1e-6a0f2c1d9e11';
const RECIPIENT = '5f2d7a0e-9c41-4b8e-8a6f-2e3d4c5b6a70';

class RecordingMailer extends Mailer {
  readonly mode = 'smtp' as const;
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<MailSendResult> {
    this.sent.push(message);
    return {
      messageId: message.messageId ?? '',
      accepted: Array.isArray(message.to) ? message.to : [message.to],
    };
  }
}

/** No real pauses; the retry schedule is two tries long. */
class FastRetryProcessor extends SendNotificationProcessor {
  readonly pauses: number[] = [];
  protected override get markSentRetryDelaysMs(): readonly number[] {
    return [10, 20];
  }
  protected override async pause(ms: number): Promise<void> {
    this.pauses.push(ms);
  }
}

/**
 * A DataSource whose `UPDATE … status = 'sent'` fails `markFailures` times (PostgreSQL restarting right after
 * the SMTP server accepted the mail); every other query answers as for one queued `mail-check` row.
 */
function fakeDataSource(markFailures: number): { dataSource: DataSource; markCalls: () => number } {
  let markCalls = 0;
  const query = async (sql: string): Promise<unknown[]> => {
    if (sql.includes('FROM notification n JOIN user_account')) {
      return [
        {
          id: ID,
          type: 'mail-check',
          channel: 'email',
          locale: 'de',
          payload: { requestedById: RECIPIENT },
          status: 'queued',
          not_due: false,
          email: 'person@example.invalid',
          display_name: 'Person',
          email_opt_outs: [],
        },
      ];
    }
    if (sql.includes(`SET status = 'sent'`)) {
      markCalls += 1;
      if (markCalls <= markFailures) throw new Error('Connection terminated unexpectedly');
      return [];
    }
    if (sql.includes('SELECT id, display_name')) return [{ id: RECIPIENT, display_name: 'Person' }];
    return [];
  };
  return { dataSource: { query } as unknown as DataSource, markCalls: () => markCalls };
}

const app = {
  publicUrl: 'http://zusammenleben.test',
  tokenSecret: 'spec-token-secret-0123456789abcdef0123',
} as AppConfig;
const context = {
  jobId: ID,
  queue: 'notifications',
  name: 'send-notification',
  attempt: 1,
  maxAttempts: 8,
} as const;

describe('SendNotificationProcessor after the SMTP server accepted the mail', () => {
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['error', 'warn', 'log']));

  it('retries marking the row sent instead of failing the job (whose retry would send it again)', async () => {
    const mailer = new RecordingMailer();
    const { dataSource, markCalls } = fakeDataSource(2);
    const processor = new FastRetryProcessor(dataSource, mailer, app);

    await expect(processor.handle({ notificationId: ID }, context)).resolves.toBeUndefined();

    expect(mailer.sent).toHaveLength(1);
    expect(markCalls()).toBe(3);
    expect(processor.pauses).toEqual([10, 20]);
  });

  it('fails the job only when the row cannot be marked within the retry schedule', async () => {
    const mailer = new RecordingMailer();
    const { dataSource, markCalls } = fakeDataSource(3);
    const processor = new FastRetryProcessor(dataSource, mailer, app);

    await expect(processor.handle({ notificationId: ID }, context)).rejects.toThrow(
      'Connection terminated unexpectedly',
    );
    expect(mailer.sent).toHaveLength(1);
    expect(markCalls()).toBe(3);
  });
});
