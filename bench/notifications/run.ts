/**
 * bench/notifications: 10,000 notifications from the outbox to an SMTP server, against raw pooled
 * nodemailer sending the same number of mails to the same server in the same run.
 *
 *   npm run bench:notifications            (needs `npm run build`, local PostgreSQL and Redis)
 *   BENCH_COUNT=2000 npm run bench:notifications
 *
 * Pipeline = the production path: rows in `notification` → relay (worker) → BullMQ on Redis → worker
 * `send-notification` (re-read, render in the recipient's language, send, mark sent). The rows are
 * written first with a far `deliver_after`; the clock starts when they are all made due at once.
 * Prints both rates, their ratio (goal ≥ 0.5) and lost/duplicated mails (goal 0/0).
 *
 * Smoke mode (BENCH_SMOKE=1 or --smoke, bench/smoke.ts): the same path with 1,000 notifications, then the
 * thresholds below.
 */
import '../../tools/integration/register-path-aliases';
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  addNotification,
  notificationMessageId,
  renderNotification,
  SMTP_POOL_OPTIONS,
} from '@zusammen/api/notifications';
import { SUPPORTED_LOCALES } from '@zusammen/shared/contracts';
import Redis from 'ioredis';
import { createTransport } from 'nodemailer';
import { Client } from 'pg';
// The benchmark needs the API's real DataSource and migrations, like the integration set-up.
import { createApiDataSource } from '../../apps/api/src/database/data-source';
import { reportSmoke, SMOKE } from '../support/smoke';
import { startSmtpCounter, type SmtpCounter } from './smtp-counter';

const ROOT = join(__dirname, '..', '..');
const COUNT = Number(process.env['BENCH_COUNT'] ?? (SMOKE ? 1_000 : 10_000));
const RECIPIENTS = 50;
const RATE = 10_000; // mails per second allowed to both contenders (MAIL_RATE_LIMIT_PER_SECOND's maximum)
const PUBLIC_URL = 'http://bench.zusammenleben.invalid';
const FROM = 'Zusammenleben in Borken <no-reply@zusammenleben.borken.invalid>';
const TIMEOUT_MS = 10 * 60_000;
/**
 * Smoke floor for the rate ratio pipeline/baseline: measured 0.58–0.88 with 1,000 mails (2 cores, load 6–20); 1.47
 * in a full run at load 24.
 */
const SMOKE_RATIO_MIN = 0.15;

const seconds = (ms: number): string => (ms / 1000).toFixed(2);

async function waitUntil(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > TIMEOUT_MS) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Raw pooled nodemailer: the same pool options as the platform's SMTP mailer, no queue, no database. */
async function baseline(counter: SmtpCounter): Promise<number> {
  const mail = renderNotification({
    type: 'mail-check',
    locale: 'de',
    payload: { requestedById: 'bench' },
    recipient: { displayName: 'Amina Hassan' },
    context: {
      publicUrl: PUBLIC_URL,
      siteName: 'Zusammenleben in Borken',
      messageId: '<x@bench>',
      now: new Date(),
    },
  });
  const transport = createTransport({
    ...SMTP_POOL_OPTIONS,
    rateLimit: RATE,
    url: counter.url,
    pool: true,
  });
  const started = Date.now();
  const sends: Promise<unknown>[] = [];
  for (let i = 0; i < COUNT; i++) {
    sends.push(
      transport.sendMail({
        from: FROM,
        to: `bench-${i % RECIPIENTS}@example.invalid`,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: `<baseline-${i}@bench.zusammenleben.invalid>`,
      }),
    );
  }
  await Promise.all(sends);
  const elapsed = Date.now() - started;
  transport.close();
  return elapsed;
}

interface PipelineResult {
  elapsed: number;
  lost: number;
  duplicated: number;
}

async function pipeline(counter: SmtpCounter): Promise<PipelineResult> {
  const suffix = `${Date.now()}_${randomBytes(3).toString('hex')}`;
  const adminUrl =
    process.env['TEST_DATABASE_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `zl_bench_${suffix}`;
  const redisUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const prefix = `zl-bench-${suffix.replace(/_/g, '-')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const dataSource = createApiDataSource(url.toString());
  let worker: ChildProcess | undefined;
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const users: { id: string }[] = await dataSource.query(
      `INSERT INTO user_account (email, display_name, roles, locale)
       SELECT 'bench-' || i || '@example.invalid', 'Bench ' || i, ARRAY['resident'], ($1::text[])[1 + i % 5]
         FROM generate_series(0, $2 - 1) AS i RETURNING id`,
      [SUPPORTED_LOCALES, RECIPIENTS],
    );
    const later = new Date(Date.now() + 24 * 3600_000);
    const ids: string[] = [];
    const writeStarted = Date.now();
    for (let batch = 0; batch < COUNT; batch += 500) {
      await dataSource.transaction(async (manager) => {
        for (let i = batch; i < Math.min(COUNT, batch + 500); i++) {
          const { id } = await addNotification(manager, {
            type: 'mail-check',
            recipientId: users[i % RECIPIENTS].id,
            payload: { requestedById: users[0].id },
            idempotencyKey: `bench/${suffix}/${i}`,
            deliverAfter: later,
          });
          ids.push(id);
        }
      });
    }
    console.log(
      `outbox write: ${COUNT} rows in ${seconds(Date.now() - writeStarted)} s (transactions of 500)`,
    );

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      TOKEN_SECRET: randomBytes(48).toString('base64url'),
      DATABASE_URL: url.toString(),
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      SMTP_URL: counter.url,
      PUBLIC_URL,
      MAIL_RATE_LIMIT_PER_SECOND: String(RATE),
      LOG_LEVEL: 'warn',
    };
    const workerMain = join(ROOT, 'dist/apps/worker/main.js');
    worker = spawn(process.execPath, [workerMain], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await new Promise((r) => setTimeout(r, 3000)); // let the worker connect and its relay idle

    counter.reset();
    const started = Date.now();
    await dataSource.query(`UPDATE notification SET deliver_after = now()`);
    await waitUntil(() => counter.received() >= COUNT, `${COUNT} mails`);
    const elapsed = Date.now() - started;
    await waitUntil(async () => {
      const [{ sent }] = await dataSource.query(
        `SELECT count(*)::int AS sent FROM notification WHERE status = 'sent'`,
      );
      return sent === COUNT;
    }, 'every row marked sent');
    await new Promise((r) => setTimeout(r, 1000)); // a late duplicate would arrive now

    const expected = new Set(ids.map((id) => notificationMessageId(id, PUBLIC_URL)));
    let lost = 0;
    let duplicated = 0;
    for (const id of expected) {
      const n = counter.counts.get(id) ?? 0;
      if (n === 0) lost += 1;
      if (n > 1) duplicated += n - 1;
    }
    return { elapsed, lost, duplicated };
  } finally {
    if (worker && worker.exitCode === null) {
      const exited = new Promise((r) => worker?.once('exit', r));
      worker.kill('SIGTERM');
      await exited;
    }
    if (dataSource.isInitialized) await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
    const redis = new Redis(redisUrl);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist/apps/worker/main.js')))
    throw new Error('build first: npm run build');
  const counter = await startSmtpCounter();
  try {
    const baseMs = await baseline(counter);
    const result = await pipeline(counter);
    const baseRate = COUNT / (baseMs / 1000);
    const pipeRate = COUNT / (result.elapsed / 1000);
    console.log(
      `baseline  raw pooled nodemailer          ${COUNT} mails in ${seconds(baseMs)} s = ${baseRate.toFixed(0)} mails/s`,
    );
    console.log(
      `pipeline  outbox → BullMQ → worker → SMTP ${COUNT} mails in ${seconds(result.elapsed)} s = ${pipeRate.toFixed(0)} mails/s`,
    );
    console.log(`ratio pipeline/baseline: ${(pipeRate / baseRate).toFixed(2)} (goal ≥ 0.5)`);
    console.log(`lost: ${result.lost}, duplicated: ${result.duplicated} (goal 0/0)`);
    if (result.lost > 0 || result.duplicated > 0) process.exitCode = 1;
    if (SMOKE)
      reportSmoke('notifications', [
        {
          name: `ratio pipeline/baseline, ${COUNT} mails`,
          value: pipeRate / baseRate,
          kind: 'min',
          limit: SMOKE_RATIO_MIN,
        },
        { name: 'mails lost', value: result.lost, kind: 'equal', limit: 0 },
        { name: 'mails duplicated', value: result.duplicated, kind: 'equal', limit: 0 },
      ]);
  } finally {
    await counter.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
