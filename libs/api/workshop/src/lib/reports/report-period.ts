import { ValidationFailedException } from '@zusammen/api/core';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** A workshop report covers at most this many months. */
export const REPORT_MAX_MONTHS = 24;

/** `YYYY-MM` plus `n` months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** 422 unless `value` is a month `YYYY-MM`; undefined stays undefined. */
export function checkMonth(field: string, value: string | undefined): void {
  if (value !== undefined && !MONTH.test(value))
    throw new ValidationFailedException({ [field]: [`${field} must be a month (YYYY-MM)`] });
}

/**
 * The months of a report (`from`/`to` inclusive, `YYYY-MM`): `to` defaults to the current month, `from` to 11
 * months before `to`. 422 for malformed months, `from` after `to`, or more than 24 months.
 */
export function resolveReportMonths(
  query: { from?: string; to?: string },
  currentMonth: string,
): { from: string; to: string } {
  const problems: Record<string, string[]> = {};
  for (const field of ['from', 'to'] as const) {
    const value = query[field];
    if (value !== undefined && !MONTH.test(value))
      problems[field] = [`${field} must be a month (YYYY-MM)`];
  }
  if (Object.keys(problems).length > 0) throw new ValidationFailedException(problems);
  const to = query.to ?? (query.from && query.from > currentMonth ? query.from : currentMonth);
  const from = query.from ?? addMonths(to, -11);
  if (from > to) throw new ValidationFailedException({ from: ['from must not be after to'] });
  if (monthsBetween(from, to).length > REPORT_MAX_MONTHS)
    throw new ValidationFailedException({ to: [`at most ${REPORT_MAX_MONTHS} months`] });
  return { from, to };
}
