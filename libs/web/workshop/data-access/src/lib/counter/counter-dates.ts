import { CLAIM_DEADLINE_MONTHS } from '@zusammen/shared/contracts';
import { addDays, daysBetween } from '@zusammen/shared/util';
import { addMonthsToDate, berlinToday } from '../inventory/berlin-date';

/** The local date (Borken) of an instant. */
export function borkenDateOf(iso: string): string {
  return berlinToday(new Date(iso));
}

/** § 548 BGB: claims for deterioration of a bike returned on `returnedOn` expire six months later. */
export function claimDeadlineOf(returnedOn: string): string {
  return addMonthsToDate(returnedOn, CLAIM_DEADLINE_MONTHS);
}

/** Damage cases whose § 548 deadline is closer than this (days) are flagged on the list. */
export const CLAIM_DEADLINE_WARNING_DAYS = 60;

/** Whole days from `today` to `date` (negative when past). */
export function daysUntil(today: string, date: string): number {
  return daysBetween(today, date);
}

/** The earliest new due date of an extension: the day after the later of today and the due date. */
export function earliestExtension(today: string, dueOn: string | null): string {
  return addDays(dueOn && dueOn > today ? dueOn : today, 1);
}
