import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The workspace root (this file lives in libs/api/testing/src/lib). */
export const WORKSPACE_ROOT = resolve(__dirname, '../../../../..');

export interface NodeProcess {
  readonly pid: number;
  readonly child: ChildProcess;
  /** stdout + stderr so far (for failure messages). */
  output(): string;
  /** Resolves with the exit code (or the signal name) once the process has ended. */
  readonly exited: Promise<number | string>;
  /** Sends `signal` (default SIGTERM) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

/**
 * Runs a built bundle (e.g. `dist/apps/worker/main.js`) as a child process with `env` (not merged with ours), as
 * production would. Throws when the bundle is missing, naming the build command.
 */
export function spawnBuiltApp(
  bundle: string,
  env: Record<string, string | undefined>,
  buildHint = 'NX_DAEMON=false npx nx build worker',
): NodeProcess {
  const path = resolve(WORKSPACE_ROOT, bundle);
  if (!existsSync(path)) throw new Error(`${bundle} is missing: run \`${buildHint}\` first`);
  const child = spawn(process.execPath, [path], {
    cwd: WORKSPACE_ROOT,
    env: Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((done) =>
    child.once('exit', (code, signal) => done(code ?? signal ?? 'unknown')),
  );
  return {
    pid: child.pid ?? -1,
    child,
    output: () => output,
    exited,
    async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | string> {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
