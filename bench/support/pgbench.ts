import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { percentile } from './measure';

const execFileAsync = promisify(execFile);

export interface PgbenchRun {
  clients: number;
  /** Either a duration in seconds or a number of transactions in all (split over the clients). */
  seconds?: number;
  transactions?: number;
}

export interface PgbenchResult {
  tps: number;
  /** Per-transaction latencies from pgbench's log, in ms. */
  p50: number;
  p99: number;
}

/** Fails early with the Debian package to install when pgbench is missing. */
export async function requirePgbench(): Promise<void> {
  try {
    await execFileAsync('pgbench', ['--version']);
  } catch {
    throw new Error('pgbench is missing (Debian: apt-get install postgresql-client)');
  }
}

/**
 * Runs pgbench with a custom script (`-n`, 2 threads) and reads tps from its summary and the latencies from its
 * per-transaction log; any failed transaction is an error, so a broken script cannot pass for a fast one.
 */
export async function runPgbench(
  url: string,
  script: string,
  run: PgbenchRun,
): Promise<PgbenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'zl-pgbench-'));
  try {
    const length =
      run.seconds !== undefined
        ? ['-T', String(run.seconds)]
        : ['-t', String(Math.max(1, Math.floor((run.transactions ?? 1000) / run.clients)))];
    const result = await execFileAsync(
      'pgbench',
      [
        '-n',
        '-c',
        String(run.clients),
        '-j',
        '2',
        ...length,
        '-l',
        `--log-prefix=${join(dir, 'latency')}`,
        '-f',
        script,
        url,
      ],
      { maxBuffer: 10 * 1024 * 1024 },
    );
    const out = result.stdout;
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
    if (!tps) throw new Error(`pgbench printed no tps:\n${out}`);
    const failed = /number of failed transactions: (\d+)/.exec(out);
    if (failed && failed[1] !== '0') throw new Error(`pgbench had failed transactions:\n${out}`);
    const latencies: number[] = [];
    for (const file of readdirSync(dir).filter((name) => name.startsWith('latency'))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        const fields = line.trim().split(/\s+/);
        if (fields.length >= 3) latencies.push(Number(fields[2]) / 1000);
      }
    }
    latencies.sort((a, b) => a - b);
    return { tps: Number(tps[1]), p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
