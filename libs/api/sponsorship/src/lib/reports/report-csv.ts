import {
  END_KINDS,
  END_REASONS,
  VOLUNTEER_STATUSES,
  type SponsorshipReport,
} from '@zusammen/shared/contracts';

/** Excel reads UTF-8 only with a byte order mark. */
export const CSV_BOM = '\uFEFF';
/** German Excel splits on semicolons (the comma is the decimal separator there). */
export const CSV_SEPARATOR = ';';

export type CsvCell = string | number | null;

/**
 * One cell: numbers with a decimal comma (rates to four places), null as an empty cell; text quoted when it
 * holds a separator, a quote or a line break, and defused with a leading apostrophe when a spreadsheet would
 * read it as a formula (=, +, -, @, tab, carriage return).
 */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = Number.isInteger(value)
      ? String(value)
      : String(Math.round(value * 10_000) / 10_000);
    return text.replace('.', ',');
  }
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text: BOM, semicolons, CRLF line ends (as Excel writes them). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}

/** `patenschaften-bericht-2025-11-26-2026-11-26.csv` */
export const reportCsvFileName = (report: Pick<SponsorshipReport, 'from' | 'to'>): string =>
  `patenschaften-bericht-${report.from}-${report.to}.csv`;

/**
 * The report as CSV: one section per table (metric;value, month;count, reason;count, kind;count,
 * status;count), separated by an empty line. Codes and numbers only: nothing in it names a person.
 */
export function reportCsv(report: SponsorshipReport): string {
  const rows: CsvCell[][] = [
    ['metric', 'value'],
    ['from', report.from],
    ['to', report.to],
    ['created', report.created],
    ['activeNow', report.activeNow],
    ['ended', report.ended],
    ['medianDurationDays', report.medianDurationDays],
    ['earlyClosureRate', report.earlyClosureRate],
    ['reached6Months', report.reached6Months],
    ['reached12Months', report.reached12Months],
    ['medianWaitingDays', report.medianWaitingDays],
    ['familiesWaitingNow', report.familiesWaitingNow],
    ['checkIns', report.checkIns],
    [],
    ['month', 'count'],
    ...report.createdByMonth.map(({ month, count }) => [month, count]),
    [],
    ['reason', 'count'],
    ...END_REASONS.map((reason) => [reason, report.endedByReason[reason]]),
    [],
    ['kind', 'count'],
    ...END_KINDS.map((kind) => [kind, report.endedByKind[kind]]),
    [],
    ['status', 'count'],
    ...VOLUNTEER_STATUSES.map((status) => [status, report.volunteersByStatus[status]]),
  ];
  return toCsv(rows);
}
