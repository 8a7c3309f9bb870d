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
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NotificationAdminService } from '../admin/notification-admin.service';
import { NotificationOutbox } from '../outbox/notification-outbox';
import { ALL_QUEUE_NAMES } from '../queue/job-names';
import { SendNotificationProcessor } from './send-notification.processor';
import { bootOutbox, OUTBOX_TABLES, readNotification, sleep } from '../testing/outbox-test-harness';

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
});
