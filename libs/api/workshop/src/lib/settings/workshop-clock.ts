import { localDateOf } from '@zusammen/shared/util';

/** Dates without a time (`YYYY-MM-DD`) are local dates in Borken. */
export const WORKSHOP_TIME_ZONE = 'Europe/Berlin';

/** Borken's date at `now`. */
export const workshopToday = (now: Date): string => localDateOf(now, WORKSHOP_TIME_ZONE);

/** `YYYY-MM-DD` of a date column or a Date (null stays null). */
export const isoDate = (value: string | Date | null): string | null =>
  value === null ? null : typeof value === 'string' ? value : value.toISOString().slice(0, 10);

export const isoInstant = (value: Date | string | null): string | null =>
  value === null ? null : new Date(value).toISOString();

/** The moment a command runs and Borken's date then. */
export interface TransitionClockLike {
  now: Date;
  today: string;
}

export function workshopClock(now = new Date()): TransitionClockLike {
  return { now, today: workshopToday(now) };
}
