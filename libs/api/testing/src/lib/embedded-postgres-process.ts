import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

const WORKSPACE_ROOT = resolve(__dirname, '../../../../..');
const SCRIPT = resolve(WORKSPACE_ROOT, 'tools/integration/embedded-postgres.process.ts');

export interface EmbeddedPostgresProcess {
  url: string;
  pid: number;
  /** SIGTERM and wait until PGlite has flushed and the process exited. */
  stop(): Promise<void>;
}

/**
 * Starts the platform's embedded PostgreSQL (`startEmbeddedPostgres`) in a child process and resolves
 * with its URL. Jest cannot host PGlite itself (its WebAssembly loader needs dynamic `import()`).
 */
export function spawnEmbeddedPostgres(
  dataDir: string,
  timeoutMs = 60_000,
): Promise<EmbeddedPostgresProcess> {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', SCRIPT, dataDir],
    {
      cwd: WORKSPACE_ROOT,
      env: {
        ...process.env,
        TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: 'commonjs', moduleResolution: 'node' }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  return new Promise<EmbeddedPostgresProcess>((resolveStart, rejectStart) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rejectStart(new Error(`embedded PostgreSQL did not start within ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    void exited.then((code) => {
      clearTimeout(timer);
      rejectStart(new Error(`embedded PostgreSQL exited with ${code}: ${stderr.trim()}`));
    });
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      const { url } = JSON.parse(line) as { url: string };
      resolveStart({
        url,
        pid: child.pid ?? -1,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
