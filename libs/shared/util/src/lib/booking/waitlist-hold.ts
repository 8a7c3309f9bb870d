/** Waiting-list offer timing (booking.md § 6, "Waiting list"). */

const HOUR = 60 * 60 * 1000;

/** Hold when the date starts within this many hours. */
export const SHORT_HOLD_THRESHOLD_HOURS = 24;
export const SHORT_HOLD_HOURS = 2;
/** The list closes this many hours before the start. */
export const WAITLIST_CLOSES_HOURS_BEFORE = 1;

/** The waiting list of a date closes 1 h before it starts: no offers, no acceptance after that. */
export function waitlistClosesAt(startsAt: Date): Date {
  return new Date(startsAt.getTime() - WAITLIST_CLOSES_HOURS_BEFORE * HOUR);
}

/**
 * When an offer made at `now` expires: `holdHours` normally, at most 2 h when the date starts within
 * 24 h, and never later than the list closes (start − 1 h). If the list is already closed the result is
 * not after `now`; callers check `waitlistClosesAt` before offering.
 */
export function offerExpiresAt(now: Date, startsAt: Date, holdHours: number): Date {
  const untilStart = startsAt.getTime() - now.getTime();
  const hours =
    untilStart < SHORT_HOLD_THRESHOLD_HOURS * HOUR
      ? Math.min(holdHours, SHORT_HOLD_HOURS)
      : holdHours;
  const expires = now.getTime() + hours * HOUR;
  return new Date(Math.min(expires, waitlistClosesAt(startsAt).getTime()));
}
