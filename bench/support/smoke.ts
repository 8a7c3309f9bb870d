/**
 * Smoke mode of the benchmarks (issue 8, "Performance budget in CI"): `BENCH_SMOKE=1` or `--smoke` runs the same
 * code path as the full benchmark with small counts, then compares a few numbers against generous thresholds that
 * only catch big regressions. Each check prints one line; one machine-readable `BENCH-SMOKE {json}` line feeds the
 * summary table of bench/smoke.ts. A violated threshold sets the exit code to 1.
 */
export const SMOKE = process.env['BENCH_SMOKE'] === '1' || process.argv.includes('--smoke');

/** Marks the summary line that bench/smoke.ts reads from a benchmark's output. */
export const SMOKE_RESULT_PREFIX = 'BENCH-SMOKE ';

export interface SmokeCheck {
  /** What is measured, e.g. "ratio API / pgbench insert". */
  name: string;
  value: number;
  /** `min`: value ≥ limit; `max`: value ≤ limit; `equal`: value = limit (a count that must be exact). */
  kind: 'min' | 'max' | 'equal';
  limit: number;
  unit?: string;
}

export interface SmokeCheckResult extends SmokeCheck {
  ok: boolean;
}

export interface SmokeReport {
  bench: string;
  /** The first check is the benchmark's key number in the summary table. */
  checks: SmokeCheckResult[];
}

const RELATION = { min: '≥', max: '≤', equal: '=' } as const;

/** Formats a value the way the summary table shows it: ratios with 2–3 digits, large numbers without. */
export function formatSmokeValue(value: number, unit = ''): string {
  // NaN and Infinity arrive as null through JSON
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'n/a';
  const size = Math.abs(value);
  const digits = size >= 100 || Number.isInteger(value) ? 0 : size >= 10 ? 1 : 3;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

export function describeSmokeThreshold(check: SmokeCheck): string {
  return `${RELATION[check.kind]} ${formatSmokeValue(check.limit, check.unit)}`;
}

function passes(check: SmokeCheck): boolean {
  if (!Number.isFinite(check.value)) return false;
  if (check.kind === 'min') return check.value >= check.limit;
  if (check.kind === 'max') return check.value <= check.limit;
  return check.value === check.limit;
}

/** Prints every check and the summary line; on any violation says what failed and sets exit code 1. */
export function reportSmoke(bench: string, checks: SmokeCheck[]): void {
  const results = checks.map((check) => ({ ...check, ok: passes(check) }));
  console.log('');
  console.log(`smoke checks (${bench}):`);
  for (const result of results) {
    console.log(
      `   ${result.ok ? 'ok     ' : 'FAILED '} ${result.name}: ${formatSmokeValue(result.value, result.unit)} ` +
        `(threshold ${describeSmokeThreshold(result)})`,
    );
  }
  const failed = results.filter((result) => !result.ok);
  if (failed.length > 0) {
    console.error(
      `smoke ${bench} FAILED: ${failed.map((f) => `${f.name} ${formatSmokeValue(f.value, f.unit)}, threshold ${describeSmokeThreshold(f)}`).join('; ')}`,
    );
    process.exitCode = 1;
  }
  const report: SmokeReport = { bench, checks: results };
  console.log(`${SMOKE_RESULT_PREFIX}${JSON.stringify(report)}`);
}
