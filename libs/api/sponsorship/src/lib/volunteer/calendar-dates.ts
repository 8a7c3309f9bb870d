/** Borken's clock: "today" and "not in the future" are the day a person in Borken sees. */
export const PROGRAMME_TIME_ZONE = 'Europe/Berlin';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today (YYYY-MM-DD) in Borken at the instant `now`. */
export function todayInBorken(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: PROGRAMME_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Whether `text` is a real calendar date written YYYY-MM-DD (so `2026-02-30` is not). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `date` moved by whole months, the day clamped to the target month's last day (as PostgreSQL counts). */
export { addMonthsToDate as addMonths } from '@zusammen/shared/util';
