import { execFile, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { logTail, spawnLogged, type ClusterChild } from './child-process';
import { registerCleanup, unregisterCleanup, type Cleanup } from './cleanup';
import type { Cluster, ClusterOptions } from './cluster-types';
import { answers200, freePort, freePorts, waitUntil } from './loopback';
import { startNginx } from './nginx-config';
import {
  privatePostgres,
  privateRedis,
  type PrivatePostgres,
  type PrivateRedis,
} from './private-services';
import { sharedStores, type SharedStores } from './shared-services';

export type { Cluster, ClusterOptions } from './cluster-types';

/** The repository root (this file lives in bench/cluster). */
export const REPO_ROOT = resolve(__dirname, '../..');
const NGINX_TEMPLATE = join(REPO_ROOT, 'infra/nginx/nginx.conf.template');
const BUILD_OUTPUTS = {
  api: 'dist/apps/api/main.js',
  cli: 'dist/apps/api/cli.js',
  worker: 'dist/apps/worker/main.js',
  web: 'dist/apps/web/browser/index.html',
} as const;
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 15_000;

/** Build outputs the cluster runs that are not there (relative to the repository root). */
export function missingBuildOutputs(): string[] {
  return Object.values(BUILD_OUTPUTS).filter((file) => !existsSync(join(REPO_ROOT, file)));
}

const built = (key: keyof typeof BUILD_OUTPUTS) => join(REPO_ROOT, BUILD_OUTPUTS[key]);

/**
 * Worker builds from before the worker's health server (HEALTH_PORT) never answer /ready; the cluster then only
 * checks that the worker process keeps running. Detected by the server's start-up message in the bundle.
 */
function workerHasHealthServer(): boolean {
  return readFileSync(built('worker'), 'utf8').includes('(/live, /ready)');
}

/**
 * Starts PostgreSQL and Redis (private ones, or a fresh database and prefix on the shared ones), migrates, loads
 * the demo data once, then N API processes, M worker processes and nginx in front of the APIs; resolves when
 * nginx, every API and every worker report ready. On any failure everything started so far is stopped again.
 */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const apiCount = options.apis ?? 3;
  const workerCount = options.workers ?? 2;
  const log = options.log ?? ((line: string) => console.log(line));
  if (!Number.isInteger(apiCount) || apiCount < 1) throw new Error('apis must be at least 1');
  if (!Number.isInteger(workerCount) || workerCount < 0)
    throw new Error('workers must be 0 or more');
  const missing = missingBuildOutputs();
  if (missing.length)
    throw new Error(`${missing.join(', ')} missing: run \`npm run build\` first (in ${REPO_ROOT})`);

  const startedAt = Date.now();
  const keep = process.env['CLUSTER_KEEP'] === '1';
  const runDir = mkdtempSync(join(tmpdir(), 'zl-cluster-'));
  // PostgreSQL (user postgres) and nginx's workers (user nobody) must reach their own subfolders.
  chmodSync(runDir, 0o711);
  const dataDir = join(runDir, 'data');
  mkdirSync(dataDir);
  mkdirSync(join(runDir, 'nginx-temp'));
  log(`cluster: run folder ${runDir} (logs; CLUSTER_KEEP=1 keeps it)`);

  let postgres: PrivatePostgres | undefined;
  let redis: PrivateRedis | undefined;
  let shared: SharedStores | undefined;
  let nginx: ClusterChild | undefined;
  const apis: ClusterChild[] = [];
  const workers: (ClusterChild | undefined)[] = [];
  let cliChild: ChildProcess | undefined;
  /** Processes stopped on purpose (killWorker), as opposed to crashes. */
  const killed = new WeakSet<ClusterChild>();

  const children = () => [nginx, ...apis, ...workers].filter((c): c is ClusterChild => !!c);
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      const began = Date.now();
      if (cliChild?.exitCode === null) cliChild.kill('SIGTERM');
      // HTTP and job processes first (workers finish running jobs), then the stores they use.
      await Promise.all(children().map((child) => child.stop('SIGTERM', STOP_TIMEOUT_MS)));
      const problems: string[] = [];
      const attempt = async (what: string, action: () => Promise<void>) => {
        try {
          await action();
        } catch (error) {
          problems.push(`${what}: ${(error as Error).message}`);
        }
      };
      if (redis) await attempt('redis', () => redis?.stop() ?? Promise.resolve());
      if (postgres) await attempt('postgres', () => postgres?.stop() ?? Promise.resolve());
      if (shared) await attempt('shared stores', () => shared?.drop(keep) ?? Promise.resolve());
      if (keep) log(`cluster: kept ${runDir} (CLUSTER_KEEP=1)`);
      else rmSync(runDir, { recursive: true, force: true });
      unregisterCleanup(cleanup);
      log(`cluster: stopped in ${((Date.now() - began) / 1000).toFixed(1)} s`);
      if (problems.length) throw new Error(`cluster stop: ${problems.join('; ')}`);
    })());
  const cleanup: Cleanup = {
    stop,
    kill() {
      for (const child of [...children(), redis?.current()])
        if (child?.running() && child.child.pid) process.kill(child.child.pid, 'SIGKILL');
      postgres?.stopSync();
      shared?.dropSync();
      if (!keep) rmSync(runDir, { recursive: true, force: true });
    },
  };
  registerCleanup(cleanup);
  /** Before each start step: a stop (e.g. Ctrl+C) during start-up must not be followed by new processes. */
  const notStopped = () => {
    if (stopping) throw new Error('the cluster is stopping');
  };

  try {
    const suffix = `${Date.now()}_${randomBytes(3).toString('hex')}`;
    let databaseUrl: string;
    let redisUrl: string;
    let redisPrefix: string;
    if (options.privateServices) {
      const [pg, rd] = [
        privatePostgres(join(runDir, 'postgres')),
        privateRedis(join(runDir, 'redis')),
      ];
      [postgres, redis] = [pg, rd];
      await Promise.all([pg.start(), rd.start()]);
      notStopped();
      databaseUrl = postgres.url;
      redisUrl = redis.url;
      redisPrefix = 'zl';
      log(`cluster: private PostgreSQL 15 on ${postgres.url}, private Redis on ${redis.url}`);
    } else {
      const stores = sharedStores(suffix);
      shared = stores;
      await stores.create();
      notStopped();
      ({ databaseUrl, redisUrl, redisPrefix } = stores);
      log(`cluster: database ${databaseUrl}, Redis ${redisUrl} prefix ${redisPrefix}`);
    }

    const port = options.port || (await freePort());
    const apiPorts = await freePorts(apiCount, [port]);
    const workerPorts = await freePorts(workerCount, [port, ...apiPorts]);
    const url = `http://127.0.0.1:${port}`;
    const version = (
      JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }
    ).version;
    // Only what the processes need: no .env (their working directory is the run folder) and nothing of ours.
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: process.env['HOME'] ?? runDir,
      LANG: 'C.UTF-8',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      // one key for every process: a link signed by one (e.g. in a mail from a worker) verifies on all
      TOKEN_SECRET: randomBytes(48).toString('base64url'),
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: redisPrefix,
      PUBLIC_URL: url,
      TRUST_PROXY: 'true',
      WEB_DIST_DIR: join(REPO_ROOT, 'dist/apps/web/browser'),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DB_POOL_SIZE: '10',
      // loaded once below, before any process starts, so that N processes do not seed at the same time
      DEMO_DATA: 'false',
      APP_VERSION: version,
      ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
      ...options.env,
    };

    const cli = (command: string) =>
      new Promise<string>((done, fail) => {
        notStopped();
        cliChild = execFile(
          process.execPath,
          [built('cli'), command],
          { env, cwd: runDir },
          (error, stdout, stderr) =>
            error
              ? fail(new Error(`cli.js ${command} failed:\n${stdout}${stderr}`))
              : done(stdout.trim()),
        );
      });
    log(`cluster: ${await cli('migrate')}`);
    if (options.demoData !== false) log(`cluster: ${await cli('seed')}`);
    notStopped();

    // The trailing argument is ignored by the apps; it puts the run folder on every command line, so that
    // `pgrep -f <runDir>` finds each process of this cluster (and nothing after stop()).
    const marker = `--cluster-run-dir=${runDir}`;
    const startNode = (name: string, script: string, extra: NodeJS.ProcessEnv) => {
      notStopped();
      const child = spawnLogged({
        name,
        command: process.execPath,
        args: ['--enable-source-maps', script, marker],
        env: { ...env, ...extra },
        cwd: runDir,
        logFile: join(runDir, `${name}.log`),
      });
      // A crash is not a fault the caller caused: say so (the fault scripts expect every process to survive).
      void child.exited.then(() => {
        if (!stopping && !killed.has(child))
          log(
            `cluster: ${name} exited unexpectedly (${child.child.signalCode ?? child.child.exitCode}); see ${child.logFile}`,
          );
      });
      return child;
    };
    const startWorkerProcess = (index: number) =>
      startNode(`worker-${index}`, built('worker'), { HEALTH_PORT: String(workerPorts[index]) });
    apiPorts.forEach((apiPort, i) =>
      apis.push(startNode(`api-${i}`, built('api'), { PORT: String(apiPort) })),
    );
    for (let i = 0; i < workerCount; i++) workers.push(startWorkerProcess(i));
    nginx = startNginx(NGINX_TEMPLATE, { runDir, port, apiPorts });

    const apiUrls = apiPorts.map((p) => `http://127.0.0.1:${p}`);
    const workerUrls = workerPorts.map((p) => `http://127.0.0.1:${p}`);
    const exitedEarly = () => {
      const dead = children().find((child) => !child.running());
      return dead && `${dead.name} exited during start-up:\n${logTail(dead.logFile)}`;
    };
    const waitReady = (what: string, readyUrl: string) =>
      waitUntil(() => answers200(readyUrl), {
        timeoutMs: START_TIMEOUT_MS,
        what,
        abort: exitedEarly,
      });
    const workerHealth = workerHasHealthServer();
    if (!workerHealth)
      log('cluster: this worker build has no health server (HEALTH_PORT); not waiting for it');
    await Promise.all([
      ...apiUrls.map((u, i) => waitReady(`api-${i} (${u})`, `${u}/api/health/ready`)),
      ...(workerHealth ? workerUrls : []).map((u, i) =>
        waitReady(`worker-${i} (${u})`, `${u}/ready`),
      ),
      waitReady(`nginx (${url})`, `${url}/api/health/ready`),
    ]);
    log(
      `cluster: ${url} ready after ${((Date.now() - startedAt) / 1000).toFixed(1)} s ` +
        `(${apiCount} API, ${workerCount} worker process(es); logs in ${runDir})`,
    );

    const requirePrivate = (what: string) => {
      if (!options.privateServices) throw new Error(`${what} needs privateServices: true`);
    };
    const workerAt = (index: number) => {
      if (!Number.isInteger(index) || index < 0 || index >= workerCount)
        throw new Error(`no worker ${index} (workers: ${workerCount})`);
      return workers[index];
    };
    return {
      url,
      apiUrls,
      workerUrls,
      databaseUrl,
      redisUrl,
      redisPrefix,
      runDir,
      readiness: () => Promise.all(apiUrls.map((u) => answers200(`${u}/api/health/ready`))),
      workerReadiness: () => Promise.all(workerUrls.map((u) => answers200(`${u}/ready`))),
      async killWorker(index, signal = 'SIGKILL') {
        const worker = workerAt(index);
        if (worker) killed.add(worker);
        await worker?.stop(signal, STOP_TIMEOUT_MS);
      },
      async startWorker(index) {
        if (workerAt(index)?.running()) return;
        const worker = startWorkerProcess(index);
        workers[index] = worker;
        if (!workerHasHealthServer()) return;
        await waitUntil(() => answers200(`${workerUrls[index]}/ready`), {
          timeoutMs: START_TIMEOUT_MS,
          what: `worker-${index}`,
          abort: () =>
            worker.running() ? undefined : `worker-${index} exited:\n${logTail(worker.logFile)}`,
        });
      },
      async stopRedis() {
        requirePrivate('stopRedis');
        await redis?.stop();
      },
      async startRedis() {
        requirePrivate('startRedis');
        await redis?.start();
      },
      async restartPostgres() {
        requirePrivate('restartPostgres');
        await postgres?.restart();
      },
      stop,
    };
  } catch (error) {
    await stop().catch((stopError: unknown) => log(`cluster: ${(stopError as Error).message}`));
    throw error;
  }
}
