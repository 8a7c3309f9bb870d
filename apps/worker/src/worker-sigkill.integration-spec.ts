import { addNotification, ALL_QUEUE_NAMES } from '@zusammen/api/notifications';
import {
  createIsolatedSchema,
  createTestRedis,
  createUserAccount,
  spawnBuiltApp,
  startSmtpSink,
  waitUntil,
  type IsolatedSchema,
  type NodeProcess,
  type SmtpSink,
  type TestRedis,
} from '@zusammen/api/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WORKER_ENTITIES } from './worker-entities';
import { createPostgresOptions } from '@zusammen/api/core';

const NOTIFICATIONS = 200;
const KILLS = 4;
const PUBLIC_HOST = 'zusammenleben.test';

/**
 * Crash safety of the BUILT worker (`dist/apps/worker/main.js`, build it first): while 200 notifications flow to a
 * slow SMTP server (150 ms before it confirms each accepted mail), the process is killed with SIGKILL at random moments and restarted, 4 times. Every notification must
 * end `sent` and arrive; a duplicate is only possible in the window between SMTP acceptance and the row update —
 * the test counts them by Message-ID and reports the number.
 */
describe('worker killed with SIGKILL while sending (integration, built bundle)', () => {
  let redis: TestRedis;
  let schema: IsolatedSchema;
  let sink: SmtpSink;
  let dataSource: DataSource;
  let worker: NodeProcess | undefined;

  beforeAll(async () => {
    redis = createTestRedis('sigkill');
    // the worker's relay claims every due row, the follow-up jobs read every pairing: tables of its own, away
    // from parallel test files (the follow-up finds no pairings and no staff here, so it adds no mail)
    schema = await createIsolatedSchema('sigkill', [
      'user_account',
      'notification',
      'audit_event',
      'sponsorship_settings',
      'volunteer',
      'family',
      'pairing',
      'check_in',
      'conduct_certificate_check',
    ]);
    sink = await startSmtpSink({ acceptDelayMs: 150 });
    dataSource = new DataSource(
      createPostgresOptions({ url: schema.url, poolSize: 2, entities: WORKER_ENTITIES }),
    );
    await dataSource.initialize();
  });

  afterAll(async () => {
    await worker?.stop('SIGKILL');
    await dataSource?.destroy();
    await sink?.close();
    await redis?.cleanup(ALL_QUEUE_NAMES);
    await schema?.drop();
  });

  function startWorker(): NodeProcess {
    return spawnBuiltApp('dist/apps/worker/main.js', {
      PATH: process.env['PATH'],
      NODE_ENV: 'test',
      DATABASE_URL: schema.url,
      DB_POOL_SIZE: '4',
      REDIS_URL: redis.url,
      REDIS_PREFIX: redis.prefix,
      SMTP_URL: sink.url,
      PUBLIC_URL: `http://${PUBLIC_HOST}`,
      MAIL_RATE_LIMIT_PER_SECOND: '100',
      MAIL_PREVIEW_DIR: '/tmp/zl-sigkill-preview-unused',
      LOG_LEVEL: 'error',
    });
  }

  it('delivers every notification despite 4 kills; duplicates only in the send/mark window', async () => {
    const started = Date.now();
    const recipients = await Promise.all(
      ['de', 'en', 'ar', 'uk', 'fa'].map((locale) =>
        createUserAccount(dataSource, { locale: locale as 'de' }),
      ),
    );
    const ids = await dataSource.transaction(async (manager) => {
      const created: string[] = [];
      for (let i = 0; i < NOTIFICATIONS; i += 1) {
        const recipient = recipients[i % recipients.length];
        const { id } = await addNotification(manager, {
          type: 'mail-check',
          recipientId: recipient.id,
          payload: { requestedById: recipient.id },
          idempotencyKey: `test-sigkill/${randomUUID()}`,
        });
        created.push(id);
      }
      return created;
    });
    const messageIds = new Set(ids.map((id) => `<notification-${id}@${PUBLIC_HOST}>`));
    const delivered = (): number =>
      [...sink.countByMessageId().keys()].filter((id) => messageIds.has(id)).length;

    const killedAt: number[] = [];
    const receivedAtKill: number[] = [];
    for (let kill = 0; kill < KILLS; kill += 1) {
      worker = startWorker();
      // boot takes ~1-2 s; kill somewhere in the first 1.5-3.5 s of its life, i.e. mostly while it is sending
      await new Promise((resolve) => setTimeout(resolve, 1_500 + Math.random() * 2_000));
      killedAt.push(delivered());
      await worker.stop('SIGKILL');
      // the sink records a mail once it has parsed it; no worker runs now, so nothing else can arrive meanwhile
      await new Promise((resolve) => setTimeout(resolve, 300));
      receivedAtKill.push(sink.messages.length);
    }
    worker = startWorker();

    const sentRows = async (): Promise<number> => {
      const rows: { count: number }[] = await dataSource.query(
        `SELECT count(*)::int AS count FROM notification WHERE id = ANY($1::uuid[]) AND status = 'sent'`,
        [ids],
      );
      return rows[0].count;
    };
    await waitUntil(
      async () => (await sentRows()) === NOTIFICATIONS && delivered() === NOTIFICATIONS,
      {
        timeoutMs: 40_000,
        intervalMs: 250,
        description: `all ${NOTIFICATIONS} notifications sent and delivered`,
      },
    ).catch((error: Error) => {
      throw new Error(
        `${error.message}; delivered ${delivered()}; worker output:\n${worker?.output()}`,
      );
    });

    const counts = [...sink.countByMessageId().entries()].filter(([id]) => messageIds.has(id));
    const duplicates = counts.reduce((sum, [, count]) => sum + count - 1, 0);
    console.log(
      `SIGKILL test: ${NOTIFICATIONS} notifications, ${KILLS} kills (delivered before each kill: ${killedAt.join(', ')}), ` +
        `${counts.length} distinct Message-IDs delivered, ${duplicates} duplicate(s), ${Date.now() - started} ms`,
    );
    expect(counts).toHaveLength(NOTIFICATIONS);
    // A duplicate's first copy is one of the last mails the dead worker had in flight (concurrency 5): accepted by
    // the server, but the worker died before it learned so and marked the row.
    const firstIndex = new Map<string, number>();
    sink.messages.forEach((message, index) => {
      const id = message.parsed.messageId ?? '';
      if (!firstIndex.has(id)) firstIndex.set(id, index);
    });
    const outsideWindow = counts
      .filter(([, count]) => count > 1)
      .map(([id]) => firstIndex.get(id) ?? -1)
      .filter(
        (index) => !receivedAtKill.some((received) => index < received && index >= received - 5),
      );
    expect({ outsideWindow, receivedAtKill }).toEqual({ outsideWindow: [], receivedAtKill });
    expect(duplicates).toBeLessThanOrEqual(KILLS * 5);
  });
});
