import { daysBetween, zonedInstant } from '@zusammen/shared/util';
import { dueSoonKey } from '../rentals/rental-reminders';
import { DUE_SOON_DAYS, WORKSHOP_TIME_ZONE, workshopToday } from '../rentals/rental-dates';

/**
 * The reminder ladder of a rental (workshop.md § 6), in days after the due date: the borrower is reminded two days
 * before (`due_soon`), the day after (`overdue`) and three days after (`overdue_again`); at + 7 the workshop team
 * phones them (`call`), at + 30 staff decide about a write-off (`write_off`).
 */
export const REMINDER_LADDER = {
  due_soon: -DUE_SOON_DAYS,
  overdue: 1,
  overdue_again: 3,
  call: 7,
  write_off: 30,
} as const;

export type BorrowerStep = 'due_soon' | 'overdue' | 'overdue_again';
export type TeamStep = 'call' | 'write_off';
export type ReminderStep = BorrowerStep | TeamStep;

/** No reminder mail goes out before this time in Borken (the job runs hourly, around the clock). */
export const REMINDER_MAILS_FROM = '08:00';

export interface DueSteps {
  /**
   * The borrower's step for today: only the latest one reached, so a job that was down for days sends one current
   * reminder rather than a burst of stale ones. `due_soon` only up to the due day itself.
   */
  borrower: BorrowerStep | null;
  /** Every team step reached (each has its own audience and fires once). */
  team: TeamStep[];
  /** Days past the due date (negative before it). */
  daysOverdue: number;
}

/** Which steps are due for a rental due on `dueOn` on Borken's calendar day `today`. */
export function dueReminderSteps(dueOn: string, today: string): DueSteps {
  const days = daysBetween(dueOn, today);
  let borrower: BorrowerStep | null = null;
  if (days >= REMINDER_LADDER.overdue_again) borrower = 'overdue_again';
  else if (days >= REMINDER_LADDER.overdue) borrower = 'overdue';
  else if (days >= REMINDER_LADDER.due_soon && days <= 0) borrower = 'due_soon';
  const team = (['call', 'write_off'] as const).filter((step) => days >= REMINDER_LADDER[step]);
  return { borrower, team, daysOverdue: days };
}

/**
 * Idempotency key of a step: `rental-due/<rentalId>/<step>`, plus `/<dueOn>` once the rental was extended (a new due
 * date starts a new ladder; `due_soon` as in the handout's {@link dueSoonKey}), plus `/<userId>` for team rows.
 */
export function reminderStepKey(
  rental: { id: string; dueOn: string; extended: boolean },
  step: ReminderStep,
  userId?: string,
): string {
  const base =
    step === 'due_soon'
      ? dueSoonKey(rental.id, rental.dueOn, rental.extended)
      : `rental-due/${rental.id}/${step}${rental.extended ? `/${rental.dueOn}` : ''}`;
  return userId === undefined ? base : `${base}/${userId}`;
}

/** When a reminder written at `now` may be delivered: now, or today's 08:00 in Borken when that is later. */
export function reminderDeliverAfter(now: Date): Date {
  const opens = zonedInstant(workshopToday(now), REMINDER_MAILS_FROM, WORKSHOP_TIME_ZONE);
  return opens.getTime() > now.getTime() ? opens : now;
}
