import type { FieldErrors } from '@zusammen/api/core';
import { addMonths, isCalendarDate } from '../volunteer/calendar-dates';

/** Without `from`, a report covers one year up to `to` (from the same date a year earlier). */
export const DEFAULT_REPORT_MONTHS = 12;
/** The longest period one report may cover. */
export const MAX_REPORT_MONTHS = 60;

export interface ReportPeriod {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  /** YYYY-MM-DD, inclusive. */
  to: string;
}

/**
 * The period a report covers: `to` defaults to today in Borken, `from` to the same date a year before `to`
 * (29 February → 28 February, as PostgreSQL's `date - interval '1 year'`). Both must be real dates
 * (YYYY-MM-DD), `from` ≤ `to`, and the period at most five years.
 */
export function resolveReportPeriod(
  query: { from?: string; to?: string },
  today: string,
): { period: ReportPeriod } | { problems: FieldErrors } {
  const problems: FieldErrors = {};
  for (const field of ['from', 'to'] as const) {
    const value = query[field];
    if (value !== undefined && !isCalendarDate(value)) {
      problems[field] = [`${field} must be a date written YYYY-MM-DD`];
    }
  }
  if (Object.keys(problems).length > 0) return { problems };
  const to = query.to ?? today;
  const from = query.from ?? addMonths(to, -DEFAULT_REPORT_MONTHS);
  if (from > to) return { problems: { from: ['from must not be after to'] } };
  if (addMonths(from, MAX_REPORT_MONTHS) < to) {
    return { problems: { to: [`the period must not exceed ${MAX_REPORT_MONTHS / 12} years`] } };
  }
  return { period: { from, to } };
}
