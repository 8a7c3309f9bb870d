import type { INestApplicationContext } from '@nestjs/common';
import {
  createIsolatedSchema,
  createTestRedis,
  createUserAccount,
  deleteRedisPrefix,
  startSmtpSink,
  waitUntil,
  type IsolatedSchema,
  type SmtpSink,
  type TestRedis,
} from '@zusammen/api/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { addNotification } from '../outbox/notification-outbox';
import { BullmqJobQueue } from '../queue/bullmq-job-queue';
import { InProcessJobQueue } from '../queue/in-process-job-queue';
import { ALL_QUEUE_NAMES } from '../queue/job-names';
import { JobQueue } from '../queue/job-queue';
import {
  bootOutbox,
  OUTBOX_TABLES,
  FAST_QUEUE_SETTINGS,
  readNotification,
  sleep,
} from '../testing/outbox-test-harness';
import { NotificationRelay } from './notification-relay';

const RELAY_LIMITS = {
  batchSize: 25,
  lookaheadMs: 60_000,
  sweepAfterMs: 300,
  redisTimeoutMs: 1_000,
};

/**
 * The relay under stress, each case with its own workers: Redis unreachable (rows stay pending), two relays and two
 * workers at once (each mail exactly once), Redis flushed after queuing (the sweep re-enqueues), and the embedded
 * mode (in-process queue, relay inside the API).
 */
describe('notification relay (integration)', () => {
  let redis: TestRedis;
  let schema: IsolatedSchema;
  let sink: SmtpSink;
  const apps: INestApplicationContext[] = [];

  beforeAll(async () => {
    redis = createTestRedis('relay');
    schema = await createIsolatedSchema('relay', OUTBOX_TABLES);
    sink = await startSmtpSink();
  });

  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
  });

  afterAll(async () => {
    await sink?.close();
    await redis?.cleanup(ALL_QUEUE_NAMES);
    await schema?.drop();
  });

  /** A worker (BullMQ consumer + send-notification) whose relay runs only when `runRelay`. */
  async function startWorker(runRelay: boolean): Promise<INestApplicationContext> {
    const app = await bootOutbox(
      'worker',
      {
        DATABASE_URL: schema.url,
        REDIS_URL: redis.url,
        REDIS_PREFIX: redis.prefix,
        SMTP_URL: sink.url,
      },
      { runRelay },
    );
    apps.push(app);
    return app;
  }

  async function addMany(
    dataSource: DataSource,
    count: number,
    deliverAfter?: Date,
  ): Promise<string[]> {
    const recipient = await createUserAccount(dataSource);
    return dataSource.transaction(async (manager) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i += 1) {
        const { id } = await addNotification(manager, {
          type: 'mail-check',
          recipientId: recipient.id,
          payload: { requestedById: recipient.id },
          idempotencyKey: `test-relay/${randomUUID()}`,
          deliverAfter,
        });
        ids.push(id);
      }
      return ids;
    });
  }

  async function statuses(dataSource: DataSource, ids: readonly string[]): Promise<string[]> {
    const rows: { status: string }[] = await dataSource.query(
      `SELECT status FROM notification WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((row) => row.status);
  }

  const deliveredCount = (ids: readonly string[]): Map<string, number> => {
    const wanted = new Set(ids.map((id) => `<notification-${id}@zusammenleben.test>`));
    const counts = new Map<string, number>();
    for (const [messageId, count] of sink.countByMessageId()) {
      if (wanted.has(messageId)) counts.set(messageId, count);
    }
    return counts;
  };

  it('keeps rows pending while Redis is unreachable and delivers them once a relay reaches Redis', async () => {
    const worker = await startWorker(false);
    const dataSource = worker.get(DataSource);
    const ids = await addMany(dataSource, 5);

    const closedPort = new BullmqJobQueue('redis://127.0.0.1:1', redis.prefix, FAST_QUEUE_SETTINGS);
    try {
      const unreachable = new NotificationRelay(dataSource, closedPort, RELAY_LIMITS);
      await expect(unreachable.relayDue()).rejects.toThrow('took longer than 1000 ms');
      await expect(unreachable.relayDue()).rejects.toThrow();
    } finally {
      void closedPort.onApplicationShutdown();
    }
    expect(await statuses(dataSource, ids)).toEqual(Array(5).fill('pending'));
    expect(deliveredCount(ids).size).toBe(0);

    const working = new NotificationRelay(dataSource, worker.get(JobQueue), RELAY_LIMITS);
    expect(await working.relayDue()).toBeGreaterThanOrEqual(5);
    await waitUntil(async () => (await statuses(dataSource, ids)).every((s) => s === 'sent'));
    await sleep(300);
    expect([...deliveredCount(ids).values()]).toEqual(Array(5).fill(1));
  });

  it('delivers each mail exactly once with two relays and two workers running at once', async () => {
    const first = await startWorker(false);
    const second = await startWorker(false);
    const dataSource = first.get(DataSource);
    const ids = await addMany(dataSource, 60);

    const relays = [first, second].map(
      (app) => new NotificationRelay(app.get(DataSource), app.get(JobQueue), RELAY_LIMITS),
    );
    const claimed = [0, 0];
    // both relays race over the same rows until none is pending any more
    await Promise.all(
      relays.map(async (relay, index) => {
        for (let pass = 0; pass < 40; pass += 1) {
          claimed[index] += await relay.relayDue();
          if (!(await statuses(dataSource, ids)).includes('pending')) return;
        }
      }),
    );
    // other tests' rows may be claimed too; what matters is that each of ours is delivered once
    expect(claimed[0] + claimed[1]).toBeGreaterThanOrEqual(60);
    expect(claimed.every((count) => count > 0)).toBe(true);
    await waitUntil(async () => (await statuses(dataSource, ids)).every((s) => s === 'sent'), {
      timeoutMs: 20_000,
    });
    await sleep(500);
    const counts = deliveredCount(ids);
    expect(counts.size).toBe(60);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
  });

  it('re-enqueues queued rows whose jobs were lost when Redis was flushed', async () => {
    const worker = await startWorker(false);
    const dataSource = worker.get(DataSource);
    const relay = new NotificationRelay(dataSource, worker.get(JobQueue), RELAY_LIMITS);
    const ids = await addMany(dataSource, 5, new Date(Date.now() + 1_500));
    expect(await relay.relayDue()).toBeGreaterThanOrEqual(5);
    expect(await statuses(dataSource, ids)).toEqual(Array(5).fill('queued'));

    // Redis loses everything (FLUSHALL / restart without AOF) before the delayed jobs are due
    expect(await deleteRedisPrefix(redis.url, redis.prefix)).toBeGreaterThan(0);
    expect(await worker.get(JobQueue).getJobState('notifications', ids[0])).toBe('unknown');

    await sleep(RELAY_LIMITS.sweepAfterMs);
    expect(await relay.sweep()).toBeGreaterThanOrEqual(5);
    await waitUntil(async () => (await statuses(dataSource, ids)).every((s) => s === 'sent'), {
      timeoutMs: 10_000,
    });
    await sleep(300);
    expect([...deliveredCount(ids).values()]).toEqual(Array(5).fill(1));
    // a second sweep finds nothing to do
    expect(await relay.sweep()).toBe(0);
  });

  it('delivers the same rows in embedded mode (in-process queue, relay inside the API)', async () => {
    const api = await bootOutbox('api', {
      DATABASE_URL: schema.url,
      REDIS_URL: undefined,
      SMTP_URL: sink.url,
    });
    apps.push(api);
    expect(api.get(JobQueue)).toBeInstanceOf(InProcessJobQueue);
    const dataSource = api.get(DataSource);
    const [id] = await addMany(dataSource, 1);
    await waitUntil(async () => (await readNotification(dataSource, id))?.status === 'sent');
    expect(deliveredCount([id]).size).toBe(1);
  });
});
