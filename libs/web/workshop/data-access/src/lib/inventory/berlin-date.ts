import { addMonthsToMonth as addMonths } from '@zusammen/shared/util';
import { localDateOf } from '@zusammen/shared/util';

/** Local dates (`YYYY-MM-DD`) and months (`YYYY-MM`) in Europe/Berlin, as the workshop API reads them. */
const BERLIN = 'Europe/Berlin';

/** Today in Borken as `YYYY-MM-DD`. */
export function berlinToday(now: Date = new Date()): string {
  return localDateOf(now, BERLIN);
}

/** `YYYY-MM` of a local date. */
export function monthOfDate(date: string): string {
  return date.slice(0, 7);
}

export { addMonthsToDate, addMonthsToMonth as addMonths } from '@zusammen/shared/util';

/** The default report period: the last `length` months up to and including the current one. */
export function defaultReportPeriod(today: string, length = 12): { from: string; to: string } {
  const to = monthOfDate(today);
  return { from: addMonths(to, -(length - 1)), to };
}

export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}
