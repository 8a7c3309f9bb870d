import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';

/** One long-running child of the cluster (API, worker, nginx, redis-server), its output appended to a log file. */
export interface ClusterChild {
  readonly name: string;
  readonly logFile: string;
  readonly child: ChildProcess;
  /** Resolves once the process has exited (never rejects). */
  readonly exited: Promise<void>;
  running(): boolean;
  /** Sends `signal` (default SIGTERM), waits up to `timeoutMs`, then SIGKILL. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  logFile: string;
}

/**
 * Spawns in its own process group (`detached`), so Ctrl+C in the terminal reaches only the parent: the parent
 * then stops the children in order (APIs and workers before PostgreSQL and Redis) instead of all at once.
 */
export function spawnLogged(options: SpawnOptions): ClusterChild {
  const fd = openSync(options.logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', fd, fd],
      detached: true,
    });
  } finally {
    closeSync(fd);
  }
  const exited = new Promise<void>((done) => {
    child.once('exit', () => done());
    // spawn failures (ENOENT) emit 'error' and never 'exit'
    child.once('error', () => done());
  });
  const running = () =>
    child.exitCode === null && child.signalCode === null && child.pid !== undefined;
  return {
    name: options.name,
    logFile: options.logFile,
    child,
    exited,
    running,
    async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 10_000): Promise<void> {
      if (!running()) return exited;
      child.kill(signal);
      const timer = setTimeout(() => {
        if (running()) child.kill('SIGKILL');
      }, timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The last lines of a log file, for start-up error messages. */
export function logTail(file: string, lines = 15): string {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
