import { addMonths, PROGRAMME_TIME_ZONE, todayInBorken } from '../volunteer/calendar-dates';

/**
 * Date rules of the scheduled follow-up (sponsorship.md § 6). Dates are Borken's calendar days, written
 * YYYY-MM-DD, so they compare as text; month arithmetic is `addMonths` (the same clamping as PostgreSQL).
 */

/** No follow-up mail goes out before this hour in Borken (the jobs run hourly, around the clock). */
export const FOLLOW_UP_MAIL_FROM_HOUR = 7;
/** § 72a reminders: this many months before the due date, then one month before. */
export const RENEWAL_FIRST_REMINDER_MONTHS = 6;
export const RENEWAL_LAST_REMINDER_MONTHS = 1;
/** § 72a ledger entries are deleted this many months after the activity ended. */
export const CERTIFICATE_KEEP_MONTHS_AFTER_END = 3;

export type RenewalStage = 'six_months' | 'one_month';

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcDay(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`not an ISO date: ${date}`);
  const [, y, m, d] = match.map(Number);
  return Date.UTC(y, m - 1, d);
}

function isoDate(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

/** Borken's wall clock at `now`: the calendar day and the hour (0–23). */
export function borkenClock(now: Date): { today: string; hour: number } {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: PROGRAMME_TIME_ZONE,
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(now),
  );
  return { today: todayInBorken(now), hour };
}

/**
 * Whether follow-up mails may go out now: from 07:00 in Borken. The weekly digest uses the same rule: its key
 * names the ISO week, so the first open hour of the week — Monday 07:00 — sends it, and a later hour of the same
 * week only catches up on what was missed (the worker was down, a new staff member).
 */
export function followUpMailsOpen(now: Date): boolean {
  return borkenClock(now).hour >= FOLLOW_UP_MAIL_FROM_HOUR;
}

export function addDays(date: string, days: number): string {
  return isoDate(utcDay(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** ISO 8601 week of a day, e.g. `2026-W48`; week 1 holds the year's first Thursday (so 2027-01-01 is 2026-W53). */
export function isoWeek(date: string): string {
  const day = utcDay(date);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = day + (3 - weekday) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The latest last-contact day that counts as "no contact" on `today`: a pairing whose last contact (or trial
 * start) is on or before it has gone `noContactDays` days or more without one.
 */
export function noContactCutoff(today: string, noContactDays: number): string {
  return addDays(today, -noContactDays);
}

/**
 * Which renewal reminder is due on `today` for a certificate due on `dueOn`: `one_month` from due − 1 month,
 * `six_months` from due − 6 months, none before that or from the due day on (then the volunteer is no longer
 * eligible for households with minors; staff see it in the volunteer list).
 */
export function renewalStage(today: string, dueOn: string): RenewalStage | null {
  if (today >= dueOn) return null;
  if (today >= addMonths(dueOn, -RENEWAL_LAST_REMINDER_MONTHS)) return 'one_month';
  if (today >= addMonths(dueOn, -RENEWAL_FIRST_REMINDER_MONTHS)) return 'six_months';
  return null;
}

/** A certificate is deleted when the volunteer's last pairing ended on or before this day (and none is open). */
export function certificateDeletionCutoff(today: string): string {
  return addMonths(today, -CERTIFICATE_KEEP_MONTHS_AFTER_END);
}
