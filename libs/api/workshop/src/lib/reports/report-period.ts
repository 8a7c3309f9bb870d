import { resolveReportMonths as resolveMonths } from '@zusammen/api/core';

/** A workshop report covers at most this many months. */
export const REPORT_MAX_MONTHS = 24;

/**
 * The months of a report (`from`/`to` inclusive, `YYYY-MM`): `to` defaults to the current month, `from` to 11
 * months before `to`. 422 for malformed months, `from` after `to`, or more than 24 months.
 */
export function resolveReportMonths(
  query: { from?: string; to?: string },
  currentMonth: string,
): { from: string; to: string } {
  return resolveMonths(query, currentMonth, REPORT_MAX_MONTHS);
}
