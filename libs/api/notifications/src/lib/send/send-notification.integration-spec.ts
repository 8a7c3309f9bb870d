import type { INestApplicationContext } from '@nestjs/common';
import {
  createIsolatedSchema,
  createTestRedis,
  createUserAccount,
  startSmtpSink,
  waitUntil,
  type IsolatedSchema,
  type SmtpSink,
  type TestRedis,
} from '@zusammen/api/testing';
import { deriveAccountLinkSecret } from '@zusammen/api/core';
import { ACCOUNT_PAGES } from '@zusammen/shared/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NotificationAdminService } from '../admin/notification-admin.service';
import { NotificationOutbox } from '../outbox/notification-outbox';
import { ALL_QUEUE_NAMES } from '../queue/job-names';
import { SendNotificationProcessor } from './send-notification.processor';
import {
  bootOutbox,
  OUTBOX_TABLES,
  readNotification,
  sleep,
  TEST_PUBLIC_URL,
} from '../testing/outbox-test-harness';

/** The key the worker derives account-link secrets with (TOKEN_SECRET: 32+ characters). */
const TOKEN_SECRET = 'send-spec-token-secret-0123456789abcdef';

/**
 * Delivery failures in services mode (3 attempts, 200 ms base backoff with jitter): a refusing SMTP server is
 * retried until it accepts; after the last attempt the row is `failed` with the error, and a staff retry delivers it.
 */
describe('send-notification retries (integration)', () => {
  let redis: TestRedis;
  let schema: IsolatedSchema;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let outbox: NotificationOutbox;
  let admin: NotificationAdminService;

  beforeAll(async () => {
    redis = createTestRedis('send');
    schema = await createIsolatedSchema('send', OUTBOX_TABLES);
    sink = await startSmtpSink();
    worker = await bootOutbox('worker', {
      DATABASE_URL: schema.url,
      REDIS_URL: redis.url,
      REDIS_PREFIX: redis.prefix,
      SMTP_URL: sink.url,
      TOKEN_SECRET,
    });
    dataSource = worker.get(DataSource);
    outbox = worker.get(NotificationOutbox);
    admin = worker.get(NotificationAdminService);
  });

  afterAll(async () => {
    await worker?.close();
    await sink?.close();
    await redis?.cleanup(ALL_QUEUE_NAMES);
    await schema?.drop();
  });

  async function addFor(recipientId: string, deliverAfter?: Date): Promise<string> {
    const { id } = await dataSource.transaction((manager) =>
      outbox.add(manager, {
        type: 'mail-check',
        recipientId,
        payload: { requestedById: recipientId },
        idempotencyKey: `test-retry/${randomUUID()}`,
        deliverAfter,
      }),
    );
    return id;
  }

  it('retries while the SMTP server refuses and delivers exactly once when it accepts', async () => {
    const recipient = await createUserAccount(dataSource);
    sink.failNext(2);
    const addedAt = Date.now();
    const id = await addFor(recipient.id);
    await waitUntil(async () => (await readNotification(dataSource, id))?.status === 'sent');
    // two backoffs of 200 and 400 ms, each shortened by up to 50 % jitter
    expect(Date.now() - addedAt).toBeGreaterThanOrEqual(300);
    await sleep(300);
    const mails = sink.messages.filter((m) => m.parsed.messageId?.includes(id));
    expect(mails).toHaveLength(1);
    const row = await readNotification(dataSource, id);
    expect(row).toMatchObject({ status: 'sent', attempts: 3 });
    // the error of the last failed attempt stays for staff; no credentials in it
    expect(row?.last_error).toContain('451');
  });

  it('marks the row failed after the last attempt, lists it for staff, and a retry delivers it', async () => {
    const recipient = await createUserAccount(dataSource, { locale: 'en' });
    sink.failNext(3);
    const id = await addFor(recipient.id);
    await waitUntil(async () => (await readNotification(dataSource, id))?.status === 'failed');
    const failed = await readNotification(dataSource, id);
    expect(failed).toMatchObject({ attempts: 3, sent_at: null });
    expect(failed?.last_error).toMatch(/451|Try again later/);
    expect((await admin.listProblems()).map((problem) => problem.id)).toContain(id);
    expect((await admin.outboxCounts()).failed).toBeGreaterThanOrEqual(1);
    await waitUntil(async () => (await admin.queueCounts()).failed >= 1);

    expect(await admin.retry(id)).toBe(true);
    expect(await admin.retry(id)).toBe(false);
    await waitUntil(async () => (await readNotification(dataSource, id))?.status === 'sent');
    const mails = sink.messages.filter((m) => m.parsed.messageId?.includes(id));
    expect(mails).toHaveLength(1);
    expect(mails[0].parsed.html).toContain('lang="en"');
    expect((await readNotification(dataSource, id))?.attempts).toBe(1);
  });

  it('skips a row that is already sent or cancelled when its job runs again', async () => {
    const recipient = await createUserAccount(dataSource);
    const id = await addFor(recipient.id);
    await waitUntil(async () => (await readNotification(dataSource, id))?.status === 'sent');
    const processor = worker.get(SendNotificationProcessor);
    const context = {
      jobId: id,
      queue: 'notifications' as const,
      name: 'send-notification',
      attempt: 1,
      maxAttempts: 3,
    };
    await processor.handle({ notificationId: id }, context);
    const cancelled = await addFor(recipient.id, new Date(Date.now() + 60_000));
    expect(await admin.cancel(cancelled)).toBe(true);
    await processor.handle({ notificationId: cancelled }, { ...context, jobId: cancelled });
    await processor.handle({ notificationId: randomUUID() }, context);
    await sleep(300);
    expect(sink.messages.filter((m) => m.parsed.messageId?.includes(id))).toHaveLength(1);
    expect(sink.messages.filter((m) => m.parsed.messageId?.includes(cancelled))).toHaveLength(0);
    expect(await readNotification(dataSource, cancelled)).toMatchObject({
      status: 'cancelled',
      attempts: 0,
    });
  });

  it('renders the verification link with the secret derived from the token id by TOKEN_SECRET', async () => {
    const recipient = await createUserAccount(dataSource, { emailVerifiedAt: null });
    const tokenId = randomUUID();
    const { id } = await dataSource.transaction((manager) =>
      outbox.add(manager, {
        type: 'email-verification',
        recipientId: recipient.id,
        payload: { tokenId },
        idempotencyKey: `test-verify/${tokenId}`,
      }),
    );
    await waitUntil(async () => (await readNotification(dataSource, id))?.status === 'sent');
    const [mail] = sink.messages.filter((m) => m.parsed.messageId?.includes(id));
    const link = `${TEST_PUBLIC_URL}${ACCOUNT_PAGES.verifyEmail}#token=${deriveAccountLinkSecret(TOKEN_SECRET, tokenId)}`;

    expect(mail.envelope.to).toEqual([recipient.email]);
    expect(mail.parsed.text).toContain(`\n${link}\n`);
    expect(mail.parsed.html).toContain(`href="${link}"`);
    // the secret is in the mail only, never in the outbox row
    const [row] = await dataSource.query(
      `SELECT payload::text AS payload FROM notification WHERE id = $1`,
      [id],
    );
    expect(row.payload).not.toContain(deriveAccountLinkSecret(TOKEN_SECRET, tokenId));
  });

  it('names who sent an invitation, loaded when the mail is rendered', async () => {
    const admin = await createUserAccount(dataSource, {
      displayName: 'Jonas Schulte',
      roles: ['admin'],
    });
    const invited = await createUserAccount(dataSource, { locale: 'en', emailVerifiedAt: null });
    const tokenId = randomUUID();
    const { id } = await dataSource.transaction((manager) =>
      outbox.add(manager, {
        type: 'account-invitation',
        recipientId: invited.id,
        payload: { tokenId, invitedById: admin.id },
        idempotencyKey: `test-invite/${tokenId}`,
      }),
    );
    await waitUntil(async () => (await readNotification(dataSource, id))?.status === 'sent');
    const [mail] = sink.messages.filter((m) => m.parsed.messageId?.includes(id));

    expect(mail.parsed.text).toContain('Jonas Schulte created an account for you');
    expect(mail.parsed.text).toContain(
      `${TEST_PUBLIC_URL}${ACCOUNT_PAGES.resetPassword}#token=${deriveAccountLinkSecret(TOKEN_SECRET, tokenId)}`,
    );
    expect(mail.parsed.text).toContain('valid for 7 days');
  });
});
