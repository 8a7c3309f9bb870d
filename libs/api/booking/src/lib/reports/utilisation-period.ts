import { resolveReportMonths } from '@zusammen/api/core';

/** A report covers at most this many months. */
export const UTILISATION_MAX_MONTHS = 24;

/**
 * The months of a utilisation report: `from`/`to` as `YYYY-MM` (inclusive). Defaults: `to` = the current month,
 * `from` = 11 months before `to`. 422 for malformed months, `from` after `to` or more than 24 months.
 */
export function resolveMonths(
  query: { from?: string; to?: string },
  currentMonth: string,
): { from: string; to: string } {
  return resolveReportMonths(query, currentMonth, UTILISATION_MAX_MONTHS);
}
