import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  API_CLI,
  API_MAIN,
  assertBuilt,
  freePort,
  ROOT,
  runNode,
  startNode,
  waitForReady,
  WORKER_MAIN,
} from './system';
import { STATE_FILE, type E2eState } from './state';

/**
 * Starts the built system as production would run it (services mode): a fresh database on the local
 * PostgreSQL, migrations and demo data through the CLI, the API and one worker on a fresh Redis prefix.
 */
export default async function globalSetup(): Promise<void> {
  assertBuilt();
  const suffix = `${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  const adminUrl =
    process.env['TEST_DATABASE_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `zl_e2e_${suffix}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${database}`;

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    TOKEN_SECRET: randomBytes(48).toString('base64url'),
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    DATABASE_URL: dbUrl.toString(),
    REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `zl-e2e-${suffix}`,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'zl-e2e-')),
    DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
  };
  delete env['SMTP_URL'];

  const state: E2eState = {
    database,
    adminUrl,
    redisUrl: env['REDIS_URL'] ?? '',
    redisPrefix: env['REDIS_PREFIX'] ?? '',
    pids: [],
    baseUrl,
    dataDir: env['DATA_DIR'] ?? '',
  };
  const writeState = (): void => {
    mkdirSync(join(ROOT, 'dist/e2e'), { recursive: true });
    writeFileSync(STATE_FILE, JSON.stringify(state));
  };
  writeState();

  await runNode('migrate', API_CLI, env, ['migrate']);
  const api = startNode('api', API_MAIN, env);
  const worker = startNode('worker', WORKER_MAIN, env);
  state.pids = [api.pid ?? 0, worker.pid ?? 0].filter((p) => p > 0);
  writeState();
  await waitForReady(baseUrl, api);
  process.env['E2E_BASE_URL'] = baseUrl;
}
