import { addDays, isoWeekday, localDateOf, zonedInstant } from './wall-time';

/** The ISO week (Monday 00:00 local to the next Monday 00:00 local) that contains `instant` in `tzid`. */
export function isoWeekBounds(instant: Date, tzid: string): { start: Date; end: Date } {
  const date = localDateOf(instant, tzid);
  const monday = addDays(date, 1 - isoWeekday(date));
  return {
    start: zonedInstant(monday, '00:00', tzid),
    end: zonedInstant(addDays(monday, 7), '00:00', tzid),
  };
}
