import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { BullmqWorkerHost, QUEUE_NAMES } from '@zusammen/api/notifications';
import {
  createIsolatedSchema,
  createTestRedis,
  testDatabaseUrl,
  type IsolatedSchema,
  type TestRedis,
} from '@zusammen/api/testing';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createPostgresOptions } from '@zusammen/api/core';

import { DataSource } from 'typeorm';
import { WORKER_ENTITIES } from './worker-entities';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerModule } from './worker.module';

/**
 * The tables the worker's jobs touch: the outbox, what the Patenmodell follow-up reads, writes and audits, and the
 * events' tables.
 */
const WORKER_JOB_TABLES = [
  'user_account',
  'notification',
  'audit_event',
  'sponsorship_settings',
  'volunteer',
  'family',
  'pairing',
  'check_in',
  'conduct_certificate_check',
  // Haus der Begegnung: waiting-list expiry and minimum participants
  'room',
  'room_booking',
  // … and the room-booking series job
  'booking_series',
  'booking_event',
  'event_occurrence',
  'registration',
  'waitlist_entry',
  // Fahrradwerkstatt: reminder ladder, inspection and eligibility expiry, § 548 watch, bike offers
  'bike',
  'borrower',
  'rental',
  'eligibility_check',
  'bike_waitlist_entry',
  'damage_case',
];

const SPONSORSHIP_JOBS = [
  'sponsorship-no-contact',
  'sponsorship-digest',
  'certificate-renewal',
  'certificate-deletion',
];

/** The events' jobs: every minute. */
const EVENT_JOBS = ['event-waitlist-expiry', 'event-min-participants'];

/** The workshop's jobs and their intervals. */
const WORKSHOP_JOBS: Record<string, number> = {
  'workshop-rental-reminders': 60 * 60 * 1000,
  'workshop-inspection-expiring': 24 * 60 * 60 * 1000,
  'workshop-eligibility-expiring': 24 * 60 * 60 * 1000,
  'workshop-claim-deadlines': 24 * 60 * 60 * 1000,
  'workshop-offer-expiry': 5 * 60 * 1000,
};

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('worker app (services mode)', () => {
  const savedEnv = { ...process.env };
  let redis: TestRedis;
  let schema: IsolatedSchema;
  let connection: Redis;
  let maintenance: Queue;
  let previewDir: string;

  beforeAll(async () => {
    redis = createTestRedis('worker');
    // the worker's relay claims every due row, the follow-up jobs read every pairing: give it tables of its own,
    // away from parallel test files
    schema = await createIsolatedSchema('worker', WORKER_JOB_TABLES);
    process.env['DATABASE_URL'] = schema.url;
    previewDir = await mkdtemp(join(tmpdir(), 'zl-worker-'));
    process.env['REDIS_URL'] = redis.url;
    process.env['REDIS_PREFIX'] = redis.prefix;
    process.env['MAIL_PREVIEW_DIR'] = previewDir;
    process.env['LOG_LEVEL'] = 'warn';
    delete process.env['SMTP_URL'];
    connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    maintenance = new Queue(QUEUE_NAMES.maintenance, { connection, prefix: redis.prefix });
  });

  afterAll(async () => {
    await maintenance.close();
    await connection.quit();
    await redis.cleanup(Object.values(QUEUE_NAMES));
    await rm(previewDir, { recursive: true, force: true });
    process.env = savedEnv;
    await schema?.drop();
  });

  it('boots against Redis, consumes both queues, owns the schedules and shuts down cleanly', async () => {
    const app: INestApplicationContext = await NestFactory.createApplicationContext(WorkerModule, {
      logger: ['error'],
    });
    let closed = false;
    try {
      expect(app.get(BullmqWorkerHost).queueNames).toEqual(['notifications', 'maintenance']);

      const scheduler = await maintenance.getJobScheduler('purge-mail-preview');
      expect(scheduler).toEqual(
        expect.objectContaining({ name: 'purge-mail-preview', every: 6 * 60 * 60 * 1000 }),
      );
      // the scheduler's first job runs right away and is processed by this worker
      await waitUntil(async () => (await maintenance.getJobCounts('completed')).completed >= 1);

      // the Patenmodell follow-up: hourly schedules, handled here without failing against the migrated tables
      for (const name of SPONSORSHIP_JOBS) {
        expect(await maintenance.getJobScheduler(name)).toEqual(
          expect.objectContaining({ name, every: 60 * 60 * 1000 }),
        );
      }
      const finishedNames = async (state: 'completed' | 'failed') =>
        (await maintenance.getJobs([state])).map((job) => job.name);
      await waitUntil(async () => {
        const completed = await finishedNames('completed');
        return SPONSORSHIP_JOBS.every((name) => completed.includes(name));
      });
      expect(
        (await finishedNames('failed')).filter((name) => SPONSORSHIP_JOBS.includes(name)),
      ).toEqual([]);

      // the events' jobs: every minute, handled here without failing
      for (const name of EVENT_JOBS) {
        expect(await maintenance.getJobScheduler(name)).toEqual(
          expect.objectContaining({ name, every: 60 * 1000 }),
        );
      }
      await waitUntil(async () => {
        const completed = await finishedNames('completed');
        return EVENT_JOBS.every((name) => completed.includes(name));
      });
      expect((await finishedNames('failed')).filter((name) => EVENT_JOBS.includes(name))).toEqual(
        [],
      );

      // the room-booking series: once a day, handled here without failing
      expect(await maintenance.getJobScheduler('booking-series-materialise')).toEqual(
        expect.objectContaining({ name: 'booking-series-materialise', every: 24 * 60 * 60 * 1000 }),
      );
      await waitUntil(async () =>
        (await finishedNames('completed')).includes('booking-series-materialise'),
      );
      expect(await finishedNames('failed')).not.toContain('booking-series-materialise');

      // the workshop's jobs: their schedules, handled here without failing against the migrated tables
      for (const [name, every] of Object.entries(WORKSHOP_JOBS)) {
        expect(await maintenance.getJobScheduler(name)).toEqual(
          expect.objectContaining({ name, every }),
        );
      }
      await waitUntil(async () => {
        const completed = await finishedNames('completed');
        return Object.keys(WORKSHOP_JOBS).every((name) => completed.includes(name));
      });
      expect((await finishedNames('failed')).filter((name) => name in WORKSHOP_JOBS)).toEqual([]);

      const started = Date.now();
      await app.close();
      closed = true;
      expect(Date.now() - started).toBeLessThan(5_000);

      // nobody consumes any more: a new job stays waiting
      await maintenance.add(
        'purge-mail-preview',
        { retentionDays: 14 },
        { jobId: 'after-shutdown' },
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await (await maintenance.getJob('after-shutdown'))?.getState()).toBe('waiting');
    } finally {
      if (!closed) await app.close();
    }
  });

  it('maps every table of the migrated database (the same entities as the API)', async () => {
    const dataSource = new DataSource(
      createPostgresOptions({ url: testDatabaseUrl(), poolSize: 1, entities: WORKER_ENTITIES }),
    );
    await dataSource.initialize();
    try {
      const tables: { table_name: string }[] = await dataSource.query(
        `SELECT table_name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migration'`,
      );
      const mapped = new Set(dataSource.entityMetadatas.map((metadata) => metadata.tableName));
      expect(tables.map((table) => table.table_name).filter((name) => !mapped.has(name))).toEqual(
        [],
      );
    } finally {
      await dataSource.destroy();
    }
  });

  it('refuses to start without REDIS_URL, with a clear message', async () => {
    delete process.env['REDIS_URL'];
    try {
      await expect(
        NestFactory.createApplicationContext(WorkerModule, { logger: false, abortOnError: false }),
      ).rejects.toThrow('REDIS_URL is not set. The worker process exists only in services mode');
    } finally {
      process.env['REDIS_URL'] = redis.url;
    }
  });
});
