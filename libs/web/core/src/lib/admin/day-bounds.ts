import { APP_TIME_ZONE } from '../notifications/format-date-time';

/** Minutes `timeZone` is ahead of UTC at `instant` (60 for Berlin in winter, 120 in summer). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  const wallClockAsUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((wallClockAsUtc - instant) / 60_000);
}

/** The instant local midnight starts `year-month-day` in `timeZone` (day may overflow: 32 → next month). */
function localMidnight(year: number, month: number, day: number, timeZone: string): number {
  const utcMidnight = Date.UTC(year, month - 1, day);
  const guess = utcMidnight - offsetMinutes(utcMidnight, timeZone) * 60_000;
  // On a day the clocks change the offset at the guess may differ from the one at midnight.
  return utcMidnight - offsetMinutes(guess, timeZone) * 60_000;
}

function partsOf(day: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/**
 * The first and the last instant of a calendar day (`YYYY-MM-DD` from a date field) as the town
 * counts it (Berlin time), as ISO strings; null for an empty or malformed day.
 */
export function dayBounds(
  day: string,
  timeZone: string = APP_TIME_ZONE,
): { start: string; end: string } | null {
  const parts = partsOf(day);
  if (!parts) return null;
  const [year, month, date] = parts;
  const start = localMidnight(year, month, date, timeZone);
  const next = localMidnight(year, month, date + 1, timeZone);
  return { start: new Date(start).toISOString(), end: new Date(next - 1).toISOString() };
}
