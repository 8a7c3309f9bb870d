import { BOOKING_TIME_ZONE } from '@zusammen/shared/contracts';

/**
 * Local dates and wall times of the Haus der Begegnung (Europe/Berlin), whatever zone the browser is set to.
 * Local dates are `YYYY-MM-DD`, wall times `HH:mm`; `Date` objects are only instants. Conversions use
 * `Intl.DateTimeFormat` with the zone named, never the browser's offset.
 */

const TIME_ZONE = BOOKING_TIME_ZONE;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

let partsFormat: Intl.DateTimeFormat | null = null;

/** One formatter for every conversion (creating one per call is slow in a grid of hundreds of cells). */
function wallFormat(): Intl.DateTimeFormat {
  partsFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  return partsFormat;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** The wall clock in Berlin at an instant. */
export interface WallClock {
  date: string;
  time: string;
  /** Minutes since local midnight (0…1439). */
  minutes: number;
}

function instantOf(value: Date | string | number): number {
  return value instanceof Date
    ? value.getTime()
    : typeof value === 'string'
      ? Date.parse(value)
      : value;
}

export function wallClockOf(value: Date | string | number): WallClock {
  const instant = instantOf(value);
  const parts = wallFormat().formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  const [year, month, day, hour, minute] = [
    part('year'),
    part('month'),
    part('day'),
    part('hour') % 24,
    part('minute'),
  ];
  return {
    date: `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`,
    time: `${two(hour)}:${two(minute)}`,
    minutes: hour * 60 + minute,
  };
}

/** Minutes Berlin is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function offsetMinutesAt(instant: number): number {
  const wall = wallClockOf(instant);
  const [y, m, d] = splitDate(wall.date);
  const asUtc = Date.UTC(y, m - 1, d) + wall.minutes * MINUTE;
  return Math.round((asUtc - Math.floor(instant / MINUTE) * MINUTE) / MINUTE);
}

function splitDate(date: string): [number, number, number] {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new RangeError(`Not a local date (YYYY-MM-DD): ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** `YYYY-MM-DD` that names a real calendar day. */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.toISOString().slice(0, 10) === value;
}

/** `HH:mm`, 00:00 … 23:59. */
export function isWallTime(value: string): boolean {
  return WALL_TIME.test(value);
}

/** Minutes since midnight of `HH:mm`; `24:00` is the end of the day. */
export function minutesOf(time: string): number {
  if (time === '24:00') return 24 * 60;
  const match = WALL_TIME.exec(time);
  if (!match) throw new RangeError(`Not a wall time (HH:mm): ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** `HH:mm` of minutes since midnight (1440 gives `24:00`). */
export function timeOfMinutes(minutes: number): string {
  const whole = Math.max(0, Math.min(24 * 60, Math.round(minutes)));
  return `${two(Math.floor(whole / 60))}:${two(whole % 60)}`;
}

/**
 * The instant of a wall time on a local date in Berlin, with the RFC 5545 rules the API uses: a time in the
 * spring gap takes the offset from before the gap (02:30 → 03:30 CEST), an ambiguous autumn time is its
 * first occurrence (CEST).
 */
export function berlinInstant(date: string, time: string): Date {
  const [y, m, d] = splitDate(date);
  const asUtc = Date.UTC(y, m - 1, d) + minutesOf(time) * MINUTE;
  const before = offsetMinutesAt(asUtc - DAY);
  const after = offsetMinutesAt(asUtc + DAY);
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset * MINUTE)
    .filter((instant) => {
      const wall = wallClockOf(instant);
      return wall.date === date && wall.minutes === minutesOf(time) % (24 * 60);
    })
    .sort((a, b) => a - b);
  // Fold: the earlier instant; gap: none fits, the offset from before the gap moves it forward.
  return new Date(candidates[0] ?? asUtc - before * MINUTE);
}

/** Calendar arithmetic on local dates (no zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = splitDate(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = splitDate(from);
  const [y2, m2, d2] = splitDate(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = splitDate(date);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the week of a local date. */
export function startOfIsoWeek(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** `YYYY-MM-01` of a local date's month, shifted by `months`. */
export function firstOfMonth(date: string, months = 0): string {
  const [y, m] = splitDate(date);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  return first.toISOString().slice(0, 10);
}

/** Days in the month of a local date. */
export function daysInMonth(date: string): number {
  const [y, m] = splitDate(date);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const boundsCache = new Map<string, { start: number; end: number }>();

/**
 * Local midnight to the next local midnight (23, 24 or 25 hours long). Zones are converted once per day and
 * kept (a grid asks for the same days for every booking).
 */
export function dayBounds(date: string): { start: Date; end: Date } {
  let bounds = boundsCache.get(date);
  if (!bounds) {
    if (boundsCache.size > 2000) boundsCache.clear();
    bounds = {
      start: berlinInstant(date, '00:00').getTime(),
      end: berlinInstant(addDays(date, 1), '00:00').getTime(),
    };
    boundsCache.set(date, bounds);
  }
  return { start: new Date(bounds.start), end: new Date(bounds.end) };
}

/** Today in Berlin. */
export function todayInBerlin(now: Date = new Date()): string {
  return wallClockOf(now).date;
}

/** The calendar month `YYYY-MM` of a local date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}
