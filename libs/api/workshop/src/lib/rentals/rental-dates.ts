import { CLAIM_DEADLINE_MONTHS } from '@zusammen/shared/contracts';
import {
  addDays,
  addMonthsToDate as addMonths,
  daysBetween,
  isLocalDate,
  zonedInstant,
} from '@zusammen/shared/util';
import { WORKSHOP_TIME_ZONE, workshopToday } from '../settings/workshop-clock';

export { WORKSHOP_TIME_ZONE, workshopToday };
/** The "due soon" reminder goes out this many days before the due date, at {@link REMINDER_TIME}. */
export const DUE_SOON_DAYS = 2;
export const REMINDER_TIME = '09:00';
/** An extension may move the due date at most this many loan periods ahead of today. */
export const EXTENSION_MAX_LOAN_PERIODS = 2;
/** A paper handout entered later may lie at most this many days back. */
export const LATE_ENTRY_MAX_DAYS = 7;

/** Calendar months on a local date, the day clamped to the target month's last day. */
export { addMonthsToDate as addMonths } from '@zusammen/shared/util';

/** § 548 BGB: a claim for deterioration expires six months after the bike came back. */
export function claimDeadlineOf(returnedAt: Date): string {
  return addMonths(workshopToday(returnedAt), CLAIM_DEADLINE_MONTHS);
}

/** Days from today to the claim deadline (negative once it has passed). */
export function daysToDeadline(claimDeadline: string, today: string): number {
  return daysBetween(today, claimDeadline);
}

/** The due date of a new rental: the handout day plus the loan period. */
export function defaultDueOn(handoutDay: string, loanDays: number): string {
  return addDays(handoutDay, loanDays);
}

/** When the `due_soon` reminder is delivered: two days before the due date, 09:00 Borken time. */
export function dueSoonReminderAt(dueOn: string): Date {
  return zonedInstant(addDays(dueOn, -DUE_SOON_DAYS), REMINDER_TIME, WORKSHOP_TIME_ZONE);
}

/** Days an open rental is past its due date (0 when not overdue). */
export function overdueDaysOf(dueOn: string | null, today: string): number {
  return dueOn !== null && dueOn < today ? daysBetween(dueOn, today) : 0;
}

/** Why a due date is refused for a handout or extension, or null when it is fine. */
export function dueOnProblem(
  dueOn: string,
  today: string,
  loanDays: number,
  currentDueOn: string | null = null,
): string | null {
  if (!isLocalDate(dueOn)) return 'dueOn is not a calendar date';
  if (dueOn <= today) return 'dueOn must lie after today';
  if (currentDueOn !== null && dueOn <= currentDueOn)
    return 'dueOn must lie after the current due date';
  if (dueOn > addDays(today, loanDays * EXTENSION_MAX_LOAN_PERIODS))
    return `dueOn may lie at most ${loanDays * EXTENSION_MAX_LOAN_PERIODS} days ahead`;
  return null;
}
