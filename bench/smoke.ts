/**
 * bench/smoke.ts (`npm run bench:smoke`, a step of `npm test`): the smoke mode of every benchmark, one after the
 * other, each bounded by a timeout, then one summary table. Exits 1 if any smoke failed, timed out or printed no
 * result. Needs what the benchmarks need: the build (notifications), local PostgreSQL and Redis, pgbench.
 *
 *   npm run bench:smoke                          all of them
 *   npm run bench:smoke -- booking workshop      only these (names as in the table)
 *   BENCH_SMOKE_SKIP=cluster-load,cluster-faults npm run bench:smoke
 *   BENCH_SMOKE_TIMEOUT_SCALE=3 npm run bench:smoke  every timeout ×3 (a machine busy with other jobs)
 *
 * Entries whose npm script does not exist (yet) are listed as skipped, not failed.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  describeSmokeThreshold,
  formatSmokeValue,
  SMOKE_RESULT_PREFIX,
  type SmokeReport,
} from './support/smoke';

interface SmokeEntry {
  name: string;
  /** npm script, run as `npm run -s <script> -- --smoke` with BENCH_SMOKE=1. */
  script: string;
  timeoutSeconds: number;
  /**
   * true: the script may print no `BENCH-SMOKE` line (reportSmoke of bench/support/smoke.ts); its exit code alone
   * decides. For the cluster scripts, which have their own result tables.
   */
  exitCodeOnly?: boolean;
}

/** Timeouts are several times the smoke's measured duration (given per entry: 2 cores, load 5–10 / 15–20). */
const ENTRIES: SmokeEntry[] = [
  { name: 'matching', script: 'bench:matching', timeoutSeconds: 60 }, // 3–9 s
  { name: 'matching-api', script: 'bench:matching-api', timeoutSeconds: 150 }, // 30–67 s
  { name: 'booking', script: 'bench:booking', timeoutSeconds: 150 }, // 22–51 s
  { name: 'workshop', script: 'bench:workshop', timeoutSeconds: 150 }, // 16–34 s
  { name: 'notifications', script: 'bench:notifications', timeoutSeconds: 180 }, // 23–43 s
  // bench/cluster: mixed load and faults against the local cluster (their own budgets; see bench/cluster/README.md)
  { name: 'cluster-load', script: 'bench:cluster', timeoutSeconds: 600, exitCodeOnly: true },
  { name: 'cluster-faults', script: 'bench:faults', timeoutSeconds: 900, exitCodeOnly: true },
];
const KILL_GRACE_MS = 10_000;
const TIMEOUT_SCALE = Number(process.env['BENCH_SMOKE_TIMEOUT_SCALE'] ?? 1);

type Outcome = 'ok' | 'FAILED' | 'TIMEOUT' | 'skipped';

interface Row {
  name: string;
  outcome: Outcome;
  seconds: number;
  report?: SmokeReport;
  note?: string;
}

const ROOT = join(__dirname, '..');

function npmScripts(): Set<string> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return new Set(Object.keys(pkg.scripts ?? {}));
}

/** Runs one smoke in its own process group, so a timeout ends the benchmark and everything it started. */
function runSmoke(entry: SmokeEntry): Promise<Row> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('npm', ['run', '-s', entry.script, '--', '--smoke'], {
      cwd: ROOT,
      env: { ...process.env, BENCH_SMOKE: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    });
    let report: SmokeReport | undefined;
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith(SMOKE_RESULT_PREFIX))
          report = JSON.parse(line.slice(SMOKE_RESULT_PREFIX.length)) as SmokeReport;
      }
    });
    let timedOut = false;
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // the group is already gone
      }
    };
    const timeoutSeconds = entry.timeoutSeconds * TIMEOUT_SCALE;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`smoke ${entry.name}: timeout after ${timeoutSeconds} s, stopping it`);
      signalGroup('SIGTERM');
      setTimeout(() => signalGroup('SIGKILL'), KILL_GRACE_MS).unref();
    }, timeoutSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      const failedChecks = report?.checks.filter((check) => !check.ok) ?? [];
      let outcome: Outcome = 'ok';
      let note: string | undefined;
      if (timedOut) outcome = 'TIMEOUT';
      else if (code !== 0) {
        outcome = 'FAILED';
        note = failedChecks.length
          ? `failed: ${failedChecks.map((check) => check.name).join('; ')}`
          : `exit code ${code} (see its output above)`;
      } else if (!report && !entry.exitCodeOnly) {
        outcome = 'FAILED';
        note = 'printed no smoke result';
      }
      resolve({ name: entry.name, outcome, seconds, report, note });
    });
  });
}

function printTable(rows: Row[]): void {
  const table = rows.map((row) => {
    const key = row.report?.checks[0];
    return [
      row.name,
      key ? `${key.name}: ${formatSmokeValue(key.value, key.unit)}` : '-',
      key ? describeSmokeThreshold(key) : '-',
      row.outcome,
      row.outcome === 'skipped' ? '-' : row.seconds.toFixed(0),
    ];
  });
  const header = ['bench', 'key number', 'threshold', 'result', 's'];
  const widths = header.map((title, i) => Math.max(title.length, ...table.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const cells of table) console.log(line(cells));
  for (const row of rows) if (row.note) console.log(`${row.name}: ${row.note}`);
}

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const skip = new Set((process.env['BENCH_SMOKE_SKIP'] ?? '').split(',').filter(Boolean));
  const scripts = npmScripts();
  const machine = () =>
    `${cpus().length} cores, load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`;
  const startedOn = machine();
  const total = performance.now();
  const rows: Row[] = [];
  for (const entry of ENTRIES) {
    if (only.length > 0 && !only.includes(entry.name)) continue;
    if (skip.has(entry.name)) {
      rows.push({ name: entry.name, outcome: 'skipped', seconds: 0, note: 'BENCH_SMOKE_SKIP' });
      continue;
    }
    if (!scripts.has(entry.script)) {
      rows.push({
        name: entry.name,
        outcome: 'skipped',
        seconds: 0,
        note: `no npm script ${entry.script}`,
      });
      continue;
    }
    console.log(`\n--- smoke ${entry.name} (npm run ${entry.script} -- --smoke)`);
    rows.push(await runSmoke(entry));
  }
  console.log('');
  console.log(
    `Benchmark smoke (${new Date().toISOString()}; started at ${startedOn}, now ${machine()})`,
  );
  printTable(rows);
  const bad = rows.filter((row) => row.outcome === 'FAILED' || row.outcome === 'TIMEOUT');
  console.log(
    `total ${((performance.now() - total) / 1000).toFixed(0)} s; ` +
      (bad.length ? `FAILED: ${bad.map((row) => row.name).join(', ')}` : 'all smokes passed'),
  );
  if (bad.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
