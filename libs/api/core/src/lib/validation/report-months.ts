import { addMonthsToMonth, monthsBetween } from '@zusammen/shared/util';
import { ValidationFailedException } from '../errors/validation-failed.exception';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** 422 unless `value` is a month `YYYY-MM`; undefined passes. */
export function checkMonth(field: string, value: string | undefined): void {
  if (value !== undefined && !MONTH.test(value))
    throw new ValidationFailedException({ [field]: [`${field} must be a month (YYYY-MM)`] });
}

/**
 * The months of a report (`from`/`to` inclusive, `YYYY-MM`): `to` defaults to the current month (or `from` when
 * that lies ahead), `from` to 11 months before `to`. 422 for malformed months — both fields' problems together —,
 * `from` after `to`, or more than `maxMonths`.
 */
export function resolveReportMonths(
  query: { from?: string; to?: string },
  currentMonth: string,
  maxMonths = 24,
): { from: string; to: string } {
  const problems: Record<string, string[]> = {};
  for (const field of ['from', 'to'] as const) {
    const value = query[field];
    if (value !== undefined && !MONTH.test(value))
      problems[field] = [`${field} must be a month (YYYY-MM)`];
  }
  if (Object.keys(problems).length > 0) throw new ValidationFailedException(problems);
  const to = query.to ?? (query.from && query.from > currentMonth ? query.from : currentMonth);
  const from = query.from ?? addMonthsToMonth(to, -11);
  if (from > to) throw new ValidationFailedException({ from: ['from must not be after to'] });
  if (monthsBetween(from, to).length > maxMonths)
    throw new ValidationFailedException({ to: [`at most ${maxMonths} months`] });
  return { from, to };
}
