import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createTestRedis, type TestRedis } from '@zusammen/api/testing';
import { CoreConfigModule } from '@zusammen/api/core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MailPreviewService } from '../mail/mail-preview.service';
import { MaintenanceScheduler } from '../maintenance/maintenance.scheduler';
import { PurgeMailPreviewProcessor } from '../maintenance/purge-mail-preview.processor';
import { NotificationsWorkerModule } from '../notifications-worker.module';
import { NotificationsModule } from '../notifications.module';
import { BullmqJobQueue } from './bullmq-job-queue';
import { InProcessJobQueue } from './in-process-job-queue';
import {
  FEATURE_JOB_STAND_INS,
  IgnoringPurgeAccountDataProcessor,
  IgnoringSendNotificationProcessor,
} from '../testing/queue-only-processors';
import type { JobContext } from './job-handler.decorator';
import { ALL_QUEUE_NAMES, type PurgeMailPreviewPayload } from './job-names';
import {
  MAINTENANCE_JOB_OPTIONS,
  NOTIFICATION_JOB_OPTIONS,
  type QueueSettingsMap,
} from './job-options';
import { JobQueue } from './job-queue';

/** Short delays so retries happen within the test: 200 ms base, ±50 % jitter, 3 attempts. */
const BACKOFF_MS = 200;
const FAST_SETTINGS: QueueSettingsMap = {
  notifications: {
    concurrency: 2,
    jobOptions: {
      ...NOTIFICATION_JOB_OPTIONS,
      attempts: 3,
      backoff: { type: 'exponential', delay: BACKOFF_MS, jitter: 0.5 },
    },
  },
  maintenance: {
    concurrency: 1,
    jobOptions: {
      ...MAINTENANCE_JOB_OPTIONS,
      attempts: 3,
      backoff: { type: 'exponential', delay: BACKOFF_MS, jitter: 0.5 },
    },
  },
};

interface HandlerCall {
  jobId: string;
  attempt: number;
  at: number;
  ok: boolean;
}

const calls: HandlerCall[] = [];
/** jobId → how many times the handler still fails for it before running for real. */
const plannedFailures = new Map<string, number>();
/** jobId → how long the handler takes (graceful shutdown test). */
const slowJobs = new Map<string, number>();
const startedJobs = new Set<string>();

/** The real purge processor, recording each call and failing as planned (same @JobHandler through inheritance). */
class RecordingPurgeProcessor extends PurgeMailPreviewProcessor {
  override async handle(payload: PurgeMailPreviewPayload, context: JobContext): Promise<void> {
    startedJobs.add(context.jobId);
    const slowMs = slowJobs.get(context.jobId);
    if (slowMs) await new Promise((resolve) => setTimeout(resolve, slowMs));
    const failuresLeft = plannedFailures.get(context.jobId) ?? 0;
    if (failuresLeft > 0) {
      plannedFailures.set(context.jobId, failuresLeft - 1);
      calls.push({ jobId: context.jobId, attempt: context.attempt, at: Date.now(), ok: false });
      throw new Error(`planned failure ${context.attempt}`);
    }
    await super.handle(payload, context);
    calls.push({ jobId: context.jobId, attempt: context.attempt, at: Date.now(), ok: true });
  }
}

async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const callsOf = (jobId: string): HandlerCall[] => calls.filter((call) => call.jobId === jobId);
const DAY_MS = 24 * 60 * 60 * 1000;

/** Boots the API's or the worker's module with fast retries, no schedules and the recording processor. */
async function boot(root: 'api' | 'worker'): Promise<INestApplicationContext> {
  const options = {
    queueSettings: FAST_SETTINGS,
    schedules: [],
    processors: [
      RecordingPurgeProcessor,
      IgnoringSendNotificationProcessor,
      IgnoringPurgeAccountDataProcessor,
      ...FEATURE_JOB_STAND_INS,
    ],
    outbox: false,
  };
  @Module({
    imports: [
      CoreConfigModule,
      root === 'api'
        ? NotificationsModule.forRoot(options)
        : NotificationsWorkerModule.forRoot(options),
    ],
  })
  class TestRootModule {}
  return NestFactory.createApplicationContext(TestRootModule, { logger: ['error'] });
}

/** Two preview mails on disk: one 20 days old (to be purged), one fresh (kept). */
async function seedPreviews(
  previews: MailPreviewService,
): Promise<{ oldId: string; newId: string }> {
  const raw = Buffer.from('Subject: x\r\n\r\nbody\r\n');
  const entry = { messageId: '<seed@test>', from: 'a@test', to: ['b@test'], subject: 'x' };
  const oldId = await previews.write(raw, entry, new Date(Date.now() - 20 * DAY_MS));
  const newId = await previews.write(raw, entry, new Date());
  return { oldId, newId };
}

/** Checks shared by both modes: exactly-once processing, then retry with backoff. */
function describeQueueSemantics(
  getQueue: () => JobQueue,
  getPreviews: () => MailPreviewService,
  label: string,
): void {
  it(`${label}: processes an added job once, even when added twice with the same id`, async () => {
    const { oldId, newId } = await seedPreviews(getPreviews());
    const id = `purge-once-${label}`;
    await expect(
      getQueue().add('maintenance', 'purge-mail-preview', { retentionDays: 14 }, { jobId: id }),
    ).resolves.toBe(id);
    await getQueue().add('maintenance', 'purge-mail-preview', { retentionDays: 14 }, { jobId: id });
    await waitUntil(() => callsOf(id).length > 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(callsOf(id)).toEqual([expect.objectContaining({ attempt: 1, ok: true })]);
    const ids = (await getPreviews().list()).map((entry) => entry.id);
    expect(ids).toContain(newId);
    expect(ids).not.toContain(oldId);
  });

  it(`${label}: retries a failing handler with exponential backoff, then succeeds`, async () => {
    const id = `purge-retry-${label}`;
    plannedFailures.set(id, 2);
    await getQueue().add('maintenance', 'purge-mail-preview', { retentionDays: 14 }, { jobId: id });
    await waitUntil(() => callsOf(id).some((call) => call.ok));
    const [first, second, third] = callsOf(id);
    expect(callsOf(id).map((call) => [call.attempt, call.ok])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    // attempt n waits between 2^(n-1)·200·(1 − 0.5) and 2^(n-1)·200 ms (+ scheduling slack)
    expect(second.at - first.at).toBeGreaterThanOrEqual(BACKOFF_MS * 0.5 - 10);
    expect(second.at - first.at).toBeLessThan(BACKOFF_MS + 1_000);
    expect(third.at - second.at).toBeGreaterThanOrEqual(BACKOFF_MS - 10);
    expect(third.at - second.at).toBeLessThan(2 * BACKOFF_MS + 1_000);
  });

  it(`${label}: holds a delayed job back until its delay has passed`, async () => {
    const id = `purge-delayed-${label}`;
    const addedAt = Date.now();
    await getQueue().add(
      'maintenance',
      'purge-mail-preview',
      { retentionDays: 14 },
      { jobId: id, delayMs: 600 },
    );
    await waitUntil(() => callsOf(id).length > 0);
    expect(callsOf(id)[0].at - addedAt).toBeGreaterThanOrEqual(590);
  });

  it(`${label}: reports, moves and removes a delayed job, and counts jobs per state`, async () => {
    const queue = getQueue();
    const id = `purge-state-${label}`;
    expect(await queue.getJobState('maintenance', id)).toBe('unknown');
    await queue.add(
      'maintenance',
      'purge-mail-preview',
      { retentionDays: 14 },
      { jobId: id, delayMs: 60_000 },
    );
    expect(await queue.getJobState('maintenance', id)).toBe('delayed');
    expect((await queue.getCounts('maintenance')).delayed).toBeGreaterThanOrEqual(1);
    expect(await queue.changeDelay('maintenance', id, 200)).toBe(true);
    await waitUntil(() => callsOf(id).length > 0);
    await waitUntil(async () => (await queue.getJobState('maintenance', id)) === 'completed');
    expect(await queue.changeDelay('maintenance', id, 200)).toBe(false);
    // a finished job is removed so that its id can be added again
    expect(await queue.remove('maintenance', id)).toBe(true);
    expect(await queue.getJobState('maintenance', id)).toBe('unknown');
    await queue.add(
      'maintenance',
      'purge-mail-preview',
      { retentionDays: 14 },
      { jobId: id, delayMs: 60_000 },
    );
    expect(await queue.remove('maintenance', id)).toBe(true);
    expect(await queue.getJobState('maintenance', id)).toBe('unknown');
    expect(await queue.remove('maintenance', id)).toBe(false);
  });

  it(`${label}: rejects a job id with ":" or only digits before it reaches the queue`, async () => {
    await expect(
      getQueue().add('maintenance', 'purge-mail-preview', { retentionDays: 1 }, { jobId: 'a:b' }),
    ).rejects.toThrow('contains ":"');
    await expect(
      getQueue().add('maintenance', 'purge-mail-preview', { retentionDays: 1 }, { jobId: '42' }),
    ).rejects.toThrow('all digits');
  });
}

describe('job queue', () => {
  const savedEnv = { ...process.env };
  let previewDir: string;

  beforeAll(async () => {
    previewDir = await mkdtemp(join(tmpdir(), 'zl-preview-'));
    process.env['MAIL_PREVIEW_DIR'] = previewDir;
    delete process.env['SMTP_URL'];
  });

  afterAll(async () => {
    process.env = savedEnv;
    await rm(previewDir, { recursive: true, force: true });
  });

  describe('BullMQ mode (REDIS_URL set): API produces, worker module consumes', () => {
    let redis: TestRedis;
    let api: INestApplicationContext;
    let worker: INestApplicationContext | undefined;

    beforeAll(async () => {
      redis = createTestRedis('jobqueue');
      process.env['REDIS_URL'] = redis.url;
      process.env['REDIS_PREFIX'] = redis.prefix;
      api = await boot('api');
      worker = await boot('worker');
    });

    afterAll(async () => {
      await api?.close();
      await worker?.close();
      await redis.cleanup(ALL_QUEUE_NAMES);
      delete process.env['REDIS_URL'];
      delete process.env['REDIS_PREFIX'];
    });

    it('uses BullMQ with the run prefix in the API', () => {
      const queue = api.get(JobQueue);
      expect(queue).toBeInstanceOf(BullmqJobQueue);
      expect((queue as BullmqJobQueue).queue('maintenance').opts.prefix).toBe(redis.prefix);
    });

    describeQueueSemantics(
      () => api.get(JobQueue),
      () => api.get(MailPreviewService),
      'bullmq',
    );

    it('bullmq: leaves the job completed in Redis under the run prefix', async () => {
      const job = await (api.get(JobQueue) as BullmqJobQueue)
        .queue('maintenance')
        .getJob('purge-retry-bullmq');
      expect(await job?.getState()).toBe('completed');
    });

    it('bullmq: runs a maintenance purge on demand (deterministic id, no ":")', async () => {
      const id = await api
        .get(MaintenanceScheduler)
        .purgeMailPreviewNow(14, new Date('2030-05-06T07:08:09Z'));
      expect(id).toBe('purge-mail-preview-manual-14d-2030-05-06T07-08');
      await waitUntil(() => callsOf(id).length > 0);
    });

    it('bullmq: worker shutdown waits for the running job to finish', async () => {
      const id = 'purge-slow-bullmq';
      slowJobs.set(id, 700);
      await api
        .get(JobQueue)
        .add('maintenance', 'purge-mail-preview', { retentionDays: 14 }, { jobId: id });
      await waitUntil(() => startedJobs.has(id));
      expect(callsOf(id)).toEqual([]);
      await worker?.close();
      worker = undefined;
      expect(callsOf(id)).toEqual([expect.objectContaining({ ok: true })]);
      const job = await (api.get(JobQueue) as BullmqJobQueue).queue('maintenance').getJob(id);
      expect(await job?.getState()).toBe('completed');
    });
  });

  describe('in-process mode (REDIS_URL unset): the API runs the same handlers', () => {
    let api: INestApplicationContext | undefined;

    beforeAll(async () => {
      delete process.env['REDIS_URL'];
      api = await boot('api');
    });

    afterAll(async () => {
      await api?.close();
    });

    it('uses the in-process dispatcher', () => {
      expect(api?.get(JobQueue)).toBeInstanceOf(InProcessJobQueue);
    });

    describeQueueSemantics(
      () => (api as INestApplicationContext).get(JobQueue),
      () => (api as INestApplicationContext).get(MailPreviewService),
      'in-process',
    );

    it('in-process: becomes idle after the work is done', async () => {
      const queue = api?.get(JobQueue) as InProcessJobQueue;
      await queue.add(
        'maintenance',
        'purge-mail-preview',
        { retentionDays: 14 },
        { jobId: 'purge-idle' },
      );
      await queue.whenIdle();
      expect(callsOf('purge-idle')).toHaveLength(1);
    });

    it('in-process: runs a schedule at once and refuses jobs after shutdown', async () => {
      const queue = api?.get(JobQueue) as InProcessJobQueue;
      await queue.upsertSchedule({
        id: 'purge-schedule-test',
        queue: 'maintenance',
        name: 'purge-mail-preview',
        payload: { retentionDays: 14 },
        everyMs: 60_000,
      });
      await queue.whenIdle();
      expect(calls.some((call) => call.jobId.startsWith('purge-schedule-test-'))).toBe(true);
      await api?.close();
      api = undefined;
      await expect(
        queue.add('maintenance', 'purge-mail-preview', { retentionDays: 14 }),
      ).rejects.toThrow('shut down');
    });
  });
});
