import { percentile } from '../../support/measure';

/** What one mixed-load run saw, per operation and in all (see ../load.ts). */
export interface OperationStats {
  /** Requests sent (each counts once, whatever came back). */
  count: number;
  /** 2xx answers. */
  ok: number;
  /** 4xx answers the workload provokes on purpose (a taken slot, a full date, a bike already out). */
  refused: number;
  /** 5xx, network errors, timeouts and unexpected 4xx. */
  errors: number;
  p50: number;
  p99: number;
}

export interface ErrorSample {
  operation: string;
  /** HTTP status, or 0 for a network error / timeout. */
  status: number;
  /** `code` of the error body, or the network error's message. */
  detail: string;
  at: string;
}

export interface LoadReport {
  /** Base URL the virtual users called (nginx, or one API process for the baseline). */
  target: string;
  clients: number;
  seconds: number;
  requests: number;
  /** Requests per second over the whole run. */
  throughput: number;
  p50: number;
  p99: number;
  errors: number;
  refused: number;
  /** HTTP status (or "network"/"timeout") → count. */
  statuses: Record<string, number>;
  /** Refusal codes seen (e.g. ROOM_ALREADY_BOOKED) → count. */
  refusals: Record<string, number>;
  operations: Record<string, OperationStats>;
  /** The first errors of each kind, for the report (at most 20). */
  errorSamples: ErrorSample[];
}

const MAX_SAMPLES = 20;

/** Collects every request's outcome while the load runs; `report()` summarises. */
export class LoadRecorder {
  private readonly latencies = new Map<string, number[]>();
  private readonly stats = new Map<string, { ok: number; refused: number; errors: number }>();
  private readonly statuses = new Map<string, number>();
  private readonly refusals = new Map<string, number>();
  private readonly samples: ErrorSample[] = [];
  private readonly sampled = new Set<string>();
  requests = 0;

  record(
    operation: string,
    outcome: 'ok' | 'refused' | 'error',
    status: string,
    ms: number,
    detail: string,
  ): void {
    this.requests += 1;
    let list = this.latencies.get(operation);
    if (!list) this.latencies.set(operation, (list = []));
    list.push(ms);
    let counts = this.stats.get(operation);
    if (!counts) this.stats.set(operation, (counts = { ok: 0, refused: 0, errors: 0 }));
    if (outcome === 'ok') counts.ok += 1;
    else if (outcome === 'refused') counts.refused += 1;
    else counts.errors += 1;
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    if (outcome === 'refused') this.refusals.set(detail, (this.refusals.get(detail) ?? 0) + 1);
    const kind = `${operation} ${status} ${detail}`;
    if (outcome === 'error' && this.samples.length < MAX_SAMPLES && !this.sampled.has(kind)) {
      this.sampled.add(kind);
      this.samples.push({
        operation,
        status: Number(status) || 0,
        detail,
        at: new Date().toISOString(),
      });
    }
  }

  errorCount(): number {
    let n = 0;
    for (const counts of this.stats.values()) n += counts.errors;
    return n;
  }

  report(target: string, clients: number, seconds: number): LoadReport {
    const operations: Record<string, OperationStats> = {};
    const all: number[] = [];
    let errors = 0;
    let refused = 0;
    for (const [operation, list] of [...this.latencies.entries()].sort()) {
      const sorted = [...list].sort((a, b) => a - b);
      all.push(...sorted);
      const counts = this.stats.get(operation) ?? { ok: 0, refused: 0, errors: 0 };
      errors += counts.errors;
      refused += counts.refused;
      operations[operation] = {
        count: sorted.length,
        ...counts,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
      };
    }
    all.sort((a, b) => a - b);
    return {
      target,
      clients,
      seconds,
      requests: this.requests,
      throughput: this.requests / seconds,
      p50: all.length ? percentile(all, 50) : 0,
      p99: all.length ? percentile(all, 99) : 0,
      errors,
      refused,
      statuses: Object.fromEntries([...this.statuses.entries()].sort()),
      refusals: Object.fromEntries([...this.refusals.entries()].sort()),
      operations,
      errorSamples: this.samples,
    };
  }
}

/** The report as aligned text lines. */
export function formatLoadReport(report: LoadReport): string[] {
  const f = (v: number) => v.toFixed(1).padStart(8);
  const lines = [
    `target ${report.target}: ${report.clients} virtual users, ${report.seconds.toFixed(1)} s, ` +
      `${report.requests} requests, ${report.throughput.toFixed(1)} req/s, p50 ${report.p50.toFixed(1)} ms, ` +
      `p99 ${report.p99.toFixed(1)} ms, errors ${report.errors}, refused as designed ${report.refused}`,
    `  ${'operation'.padEnd(28)} ${'count'.padStart(7)} ${'ok'.padStart(7)} ${'refused'.padStart(7)} ` +
      `${'errors'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`,
  ];
  for (const [name, s] of Object.entries(report.operations))
    lines.push(
      `  ${name.padEnd(28)} ${String(s.count).padStart(7)} ${String(s.ok).padStart(7)} ` +
        `${String(s.refused).padStart(7)} ${String(s.errors).padStart(6)} ${f(s.p50)} ${f(s.p99)}`,
    );
  lines.push(`  statuses ${JSON.stringify(report.statuses)}`);
  lines.push(`  refusals ${JSON.stringify(report.refusals)}`);
  for (const sample of report.errorSamples)
    lines.push(`  ERROR ${sample.operation}: ${sample.status || 'network'} ${sample.detail}`);
  return lines;
}
