/**
 * bench/cluster/run.ts: the local scale-out cluster in the foreground (issue 8, DESIGN.md §11).
 *
 *   npm run cluster                                   3 APIs + 2 workers behind nginx, machine's PostgreSQL/Redis
 *   npm run cluster -- --apis 2 --workers 1 --port 8080
 *   npm run cluster -- --private                      own PostgreSQL 15 and redis-server in the run folder
 *   CLUSTER_KEEP=1 npm run cluster                    keeps the run folder (logs) and the database after stop
 *
 * Shared services: DATABASE_URL / REDIS_URL (environment or .env) name the servers, default the local ones; the
 * cluster creates a fresh database and Redis prefix there and removes both when it stops. Builds what is missing
 * in dist/ first. Ctrl+C or SIGTERM stops every process and service it started.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { missingBuildOutputs, REPO_ROOT, startCluster } from './cluster';

const USAGE = 'Usage: npm run cluster -- [--apis N] [--workers N] [--port P] [--private]';

function count(value: string | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`--${name} must be a whole number ≥ ${min}\n${USAGE}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      apis: { type: 'string' },
      workers: { type: 'string' },
      port: { type: 'string' },
      private: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const apis = count(values.apis, 'apis', 3, 1);
  const workers = count(values.workers, 'workers', 2, 0);
  const port = count(values.port, 'port', 0, 0);
  process.chdir(REPO_ROOT);
  // as `npm start` does: DATABASE_URL / REDIS_URL / SMTP_URL may come from .env
  if (existsSync('.env')) process.loadEnvFile('.env');

  if (missingBuildOutputs().length) {
    console.log('Building api, worker and web (the first time takes a minute or two) …');
    execFileSync(
      'npx',
      ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'web', '--outputStyle=static'],
      {
        stdio: 'inherit',
        env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
      },
    );
  }

  const smtpUrl = process.env['SMTP_URL'] || undefined;
  const cluster = await startCluster({
    apis,
    workers,
    port,
    privateServices: values.private,
    smtpUrl,
  });
  const logins = execFileSync(
    process.execPath,
    [join(REPO_ROOT, 'dist/apps/api/cli.js'), 'demo-logins'],
    {
      encoding: 'utf8',
    },
  ).trim();
  const lines = [
    '',
    `  Zusammenleben in Borken, cluster of ${apis} API and ${workers} worker process(es) behind nginx`,
    '',
    `    Web app      ${cluster.url}/`,
    `    Readiness    ${cluster.url}/api/health/ready`,
    ...cluster.apiUrls.map((u, i) => `    api-${i}        ${u}/api/health/ready`),
    ...cluster.workerUrls.map((u, i) => `    worker-${i}     ${u}/ready`),
    `    Database     ${cluster.databaseUrl}`,
    `    Redis        ${cluster.redisUrl} (prefix ${cluster.redisPrefix})`,
    `    Logs         ${cluster.runDir}/ (api-N.log, worker-N.log, nginx-access.log, nginx-error.log)`,
    smtpUrl
      ? `    Mail         ${smtpUrl}`
      : `    Mail         files in ${cluster.runDir}/data/mail-preview/`,
    '',
    logins,
    '',
    '  Stop with Ctrl+C.',
    '',
  ];
  console.log(lines.join('\n'));
  // Foreground until SIGINT/SIGTERM: the cluster module's handler stops everything and exits.
  setInterval(() => undefined, 1 << 30);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
