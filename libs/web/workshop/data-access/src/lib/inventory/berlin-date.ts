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

/**
 * The date `months` calendar months after `date`; a day that does not exist in the target month becomes its
 * last day (31 Aug + 6 months = 28/29 Feb), as the holding period of § 973 BGB is counted.
 */
export function addMonthsToDate(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The month `months` after `month` (`YYYY-MM`; negative goes back). */
export function addMonths(month: string, months: number): string {
  return addMonthsToDate(`${month}-01`, months).slice(0, 7);
}

/** The default report period: the last `length` months up to and including the current one. */
export function defaultReportPeriod(today: string, length = 12): { from: string; to: string } {
  const to = monthOfDate(today);
  return { from: addMonths(to, -(length - 1)), to };
}

export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}
