/**
 * The fault run's table: per fault the requests and errors seen while it lasted and until recovery, the
 * readiness of each API (turned red / green again, seconds after the fault began), the recovery time and
 * lost / duplicated notifications and writes.
 */
import type { RequestRecord } from './faults-traffic';
import type { ReadinessWindow } from './readiness-watch';

export interface FaultResult {
  name: string;
  /** What errors are expected and why (printed under the table). */
  expected: string;
  startedAt: number;
  /** The outage ended (service back / worker killed / SMTP accepting again). */
  endedAt: number;
  /** All APIs ready, a canary registration 2xx, and every due mail created before `endedAt` delivered. */
  recoveredAt: number | null;
  readiness: ReadinessWindow;
  lost: number;
  duplicated: number;
  /** Duplicates in the killed worker's SMTP-accept → mark-sent window (documented at-least-once case). */
  duplicatedInKillWindow: number;
}

export interface ErrorSummary {
  requests: number;
  errors: number;
  detail: string;
}

const isError = (record: RequestRecord): boolean => record.status === 0 || record.status >= 500;

/** Requests that overlapped [from, to]: how many, how many failed (5xx or no answer), by kind and status. */
export function errorsBetween(records: RequestRecord[], from: number, to: number): ErrorSummary {
  const inWindow = records.filter((record) => record.end >= from && record.start <= to);
  const failed = inWindow.filter(isError);
  const byKey = new Map<string, number>();
  for (const record of failed) {
    const key = `${record.kind} ${record.status === 0 ? 'net' : record.status}`;
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
  }
  const other4xx = inWindow.filter((r) => r.status >= 400 && r.status < 500).length;
  const parts = [...byKey.entries()].map(([key, count]) => `${key}×${count}`);
  if (other4xx > 0) parts.push(`4xx×${other4xx}`);
  return { requests: inWindow.length, errors: failed.length, detail: parts.join(', ') };
}

const seconds = (ms: number): string => (ms / 1000).toFixed(1);

function readinessText(result: FaultResult): string {
  const { redAt, greenAt } = result.readiness;
  const parts = redAt.map((red, index) => {
    if (red === null) return 'green';
    const green = greenAt[index];
    const turnedRed = seconds(red - result.startedAt);
    return green === null
      ? `red +${turnedRed}s, never green`
      : `red +${turnedRed}s → green +${seconds(green - result.startedAt)}s`;
  });
  return parts.every((part) => part === 'green')
    ? 'stayed green'
    : parts.map((part, index) => `api${index}: ${part}`).join('; ');
}

export function formatTable(results: FaultResult[], records: RequestRecord[]): string {
  const header = [
    'fault',
    'requests / errors seen',
    'readiness (s after fault began)',
    'recovered after',
    'lost / duplicated',
  ];
  const rows = results.map((result) => {
    const until = result.recoveredAt ?? result.endedAt;
    const errors = errorsBetween(records, result.startedAt, until);
    // requests sent after the outage ended should all succeed: a failure there means the product lags behind
    const lateFailures = records.filter(
      (record) => record.start >= result.endedAt && record.start <= until && isError(record),
    ).length;
    const dup =
      result.duplicatedInKillWindow > 0
        ? `${result.duplicated} (+${result.duplicatedInKillWindow} in kill window)`
        : `${result.duplicated}`;
    return [
      result.name,
      `${errors.requests} / ${errors.errors}${errors.detail ? ` (${errors.detail})` : ''}; late ${lateFailures}`,
      readinessText(result),
      result.recoveredAt === null
        ? 'NOT RECOVERED'
        : `${seconds(result.recoveredAt - result.endedAt)} s`,
      `${result.lost} / ${dup}`,
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
    '',
    'Errors = 5xx or no answer among requests overlapping [fault began, recovered]; late = those among requests',
    'sent after the outage had ended (should be 0). Readiness: GET /api/health/ready of each API every 250 ms.',
    'Recovered = all APIs ready + a canary registration answered 2xx + every due mail created before the outage',
    'ended delivered, counted from the end of the outage (for the SIGKILL: from the kill).',
    ...results.map((result) => `- ${result.name}: ${result.expected}`),
  ].join('\n');
}
