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
import { ALL_QUEUE_NAMES } from '../queue/job-names';
import { renderNotification } from '../templates';
import {
  bootOutbox,
  OUTBOX_TABLES,
  readNotification,
  sleep,
  TEST_PUBLIC_URL,
} from '../testing/outbox-test-harness';
import { NotificationOutbox } from './notification-outbox';

/**
 * The outbox end to end in services mode (worker module: BullMQ consumer, relay every 100 ms, SMTP sink):
 * what a domain transaction writes is delivered once, in the recipient's language; what it rolls back never is.
 */
describe('notification outbox (integration)', () => {
  let redis: TestRedis;
  let schema: IsolatedSchema;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let outbox: NotificationOutbox;

  beforeAll(async () => {
    redis = createTestRedis('outbox');
    schema = await createIsolatedSchema('outbox', OUTBOX_TABLES);
    sink = await startSmtpSink();
    worker = await bootOutbox('worker', {
      DATABASE_URL: schema.url,
      REDIS_URL: redis.url,
      REDIS_PREFIX: redis.prefix,
      SMTP_URL: sink.url,
    });
    dataSource = worker.get(DataSource);
    outbox = worker.get(NotificationOutbox);
  });

  afterAll(async () => {
    await worker?.close();
    await sink?.close();
    await redis?.cleanup(ALL_QUEUE_NAMES);
    await schema?.drop();
  });

  const key = (label: string): string => `test-${label}/${randomUUID()}`;
  const mailsTo = (address: string | null) =>
    sink.messages.filter((message) => message.envelope.to.includes(address ?? ''));

  it('delivers a committed notification once, in the recipient language, with a stable Message-ID', async () => {
    const recipient = await createUserAccount(dataSource, { locale: 'uk', displayName: 'Olena' });
    const { id, created } = await dataSource.transaction((manager) =>
      outbox.add(manager, {
        type: 'mail-check',
        recipientId: recipient.id,
        payload: { requestedById: recipient.id },
        idempotencyKey: key('commit'),
      }),
    );
    expect(created).toBe(true);
    await waitUntil(async () => (await readNotification(dataSource, id))?.status === 'sent');
    await sleep(300);

    const mails = mailsTo(recipient.email);
    expect(mails).toHaveLength(1);
    const expected = renderNotification({
      type: 'mail-check',
      locale: 'uk',
      payload: { requestedById: recipient.id },
      recipient: { displayName: 'Olena' },
      context: {
        publicUrl: TEST_PUBLIC_URL,
        siteName: 'Zusammenleben in Borken',
        messageId: '',
        now: new Date(),
      },
    });
    expect(mails[0].parsed.subject).toBe(expected.subject);
    expect(mails[0].parsed.messageId).toBe(`<notification-${id}@zusammenleben.test>`);
    expect(mails[0].parsed.html).toContain('lang="uk"');
    expect(await readNotification(dataSource, id)).toMatchObject({
      status: 'sent',
      channel: 'email',
      locale: 'uk',
      attempts: 1,
      last_error: null,
    });
  });

  it('sends nothing and keeps no row when the domain transaction rolls back', async () => {
    const recipient = await createUserAccount(dataSource);
    const idempotencyKey = key('rollback');
    await expect(
      dataSource.transaction(async (manager) => {
        await outbox.add(manager, {
          type: 'mail-check',
          recipientId: recipient.id,
          payload: { requestedById: recipient.id },
          idempotencyKey,
        });
        throw new Error('domain change failed');
      }),
    ).rejects.toThrow('domain change failed');
    await sleep(800);
    const rows: unknown[] = await dataSource.query(
      `SELECT id FROM notification WHERE idempotency_key = $1`,
      [idempotencyKey],
    );
    expect(rows).toEqual([]);
    expect(mailsTo(recipient.email)).toEqual([]);
  });

  it('keeps one row and sends one mail for the same idempotency key written twice', async () => {
    const recipient = await createUserAccount(dataSource, { locale: 'ar' });
    const input = {
      type: 'mail-check' as const,
      recipientId: recipient.id,
      payload: { requestedById: recipient.id },
      idempotencyKey: key('twice'),
    };
    const first = await dataSource.transaction((manager) => outbox.add(manager, input));
    const second = await dataSource.transaction((manager) => outbox.add(manager, input));
    expect(second).toEqual({ id: first.id, created: false });
    await waitUntil(async () => (await readNotification(dataSource, first.id))?.status === 'sent');
    // a third write after delivery changes nothing either
    expect(await dataSource.transaction((manager) => outbox.add(manager, input))).toEqual({
      id: first.id,
      created: false,
    });
    await sleep(500);
    expect(mailsTo(recipient.email)).toHaveLength(1);
    expect(mailsTo(recipient.email)[0].parsed.html).toContain('dir="rtl"');
  });

  it('marks a notification for a person without email as sent in the app only', async () => {
    const recipient = await createUserAccount(dataSource, { email: null, locale: 'fa' });
    const { id } = await dataSource.transaction((manager) =>
      outbox.add(manager, {
        type: 'mail-check',
        recipientId: recipient.id,
        payload: { requestedById: recipient.id },
        idempotencyKey: key('in-app'),
      }),
    );
    await waitUntil(async () => (await readNotification(dataSource, id))?.status === 'sent');
    expect(await readNotification(dataSource, id)).toMatchObject({
      channel: 'in_app',
      locale: 'fa',
    });
  });

  it('refuses a recipient that does not exist', async () => {
    await expect(
      dataSource.transaction((manager) =>
        outbox.add(manager, {
          type: 'mail-check',
          recipientId: randomUUID(),
          payload: { requestedById: randomUUID() },
          idempotencyKey: key('nobody'),
        }),
      ),
    ).rejects.toThrow('does not exist');
  });

  it('sends nothing for a cancelled reminder, even after its job was queued', async () => {
    const recipient = await createUserAccount(dataSource);
    const idempotencyKey = key('cancel');
    const { id } = await dataSource.transaction((manager) =>
      outbox.add(manager, {
        type: 'mail-check',
        recipientId: recipient.id,
        payload: { requestedById: recipient.id },
        idempotencyKey,
        deliverAfter: new Date(Date.now() + 1_200),
      }),
    );
    await waitUntil(async () => (await readNotification(dataSource, id))?.status === 'queued');
    expect(await dataSource.transaction((manager) => outbox.cancel(manager, idempotencyKey))).toBe(
      true,
    );
    await sleep(2_000);
    expect(mailsTo(recipient.email)).toEqual([]);
    expect((await readNotification(dataSource, id))?.status).toBe('cancelled');
    expect(await dataSource.transaction((manager) => outbox.cancel(manager, idempotencyKey))).toBe(
      false,
    );
  });

  it('fires a rescheduled reminder only at the new time', async () => {
    const recipient = await createUserAccount(dataSource);
    const idempotencyKey = key('reschedule');
    const firstTime = new Date(Date.now() + 1_000);
    const { id } = await dataSource.transaction((manager) =>
      outbox.add(manager, {
        type: 'mail-check',
        recipientId: recipient.id,
        payload: { requestedById: recipient.id },
        idempotencyKey,
        deliverAfter: firstTime,
      }),
    );
    await waitUntil(async () => (await readNotification(dataSource, id))?.status === 'queued');
    const newTime = new Date(Date.now() + 3_000);
    expect(
      await dataSource.transaction((manager) =>
        outbox.reschedule(manager, idempotencyKey, newTime),
      ),
    ).toBe(true);

    // the old time passes without a mail
    await sleep(firstTime.getTime() + 1_000 - Date.now());
    expect(mailsTo(recipient.email)).toEqual([]);

    await waitUntil(() => mailsTo(recipient.email).length > 0, { timeoutMs: 6_000 });
    const arrivedAt = Date.now();
    expect(arrivedAt).toBeGreaterThanOrEqual(newTime.getTime());
    await sleep(500);
    expect(mailsTo(recipient.email)).toHaveLength(1);
    const row = await readNotification(dataSource, id);
    expect(row?.status).toBe('sent');
    expect(row?.sent_at?.getTime()).toBeGreaterThanOrEqual(newTime.getTime() - 5);
  });
});
