import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const API_MAIN = join(ROOT, 'dist/apps/api/main.js');
export const API_CLI = join(ROOT, 'dist/apps/api/cli.js');
export const WORKER_MAIN = join(ROOT, 'dist/apps/worker/main.js');
export const WEB_INDEX = join(ROOT, 'dist/apps/web/browser/index.html');

/** Variables that select the services mode; removed to get the embedded default. */
export const SERVICE_VARIABLES = [
  'DATABASE_URL',
  'REDIS_URL',
  'SMTP_URL',
  'REDIS_PREFIX',
  'DEMO_DATA',
];

export function assertBuilt(): void {
  for (const file of [API_MAIN, API_CLI, WORKER_MAIN, WEB_INDEX]) {
    if (!existsSync(file))
      throw new Error(
        `${file} is missing: build first (npx nx run-many -t build -p api worker web)`,
      );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a built entry point with the given environment; its output goes to our stdout with a prefix. */
export function startNode(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  args: string[] = [],
): ChildProcess {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (chunk: Buffer): string =>
    chunk
      .toString()
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => `[${name}] ${l}\n`)
      .join('');
  if (process.env['E2E_VERBOSE']) {
    child.stdout?.on('data', (c: Buffer) => process.stdout.write(prefix(c)));
  }
  child.stderr?.on('data', (c: Buffer) => process.stderr.write(prefix(c)));
  return child;
}

export async function runNode(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  args: string[],
): Promise<void> {
  const child = startNode(name, script, env, args);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`${name} ${args.join(' ')} exited with ${code}`);
}

/** Polls `/api/health/ready` until it answers 200 (or the process dies, or time runs out). */
export async function waitForReady(
  baseUrl: string,
  child: ChildProcess,
  timeoutMs = 120_000,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null)
      throw new Error(`process exited with ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${baseUrl}/api/health/ready`);
      if (res.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${baseUrl} not ready after ${timeoutMs} ms`);
}

export async function stop(child: ChildProcess | undefined, timeoutMs = 15_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}
