/**
 * Local dates and wall times in a named IANA zone (booking.md § 6). Nothing here reads the process time
 * zone: every conversion names its zone (through `Intl.DateTimeFormat`, i.e. the ICU zone database), and
 * `Date` objects are only used as instants or, for calendar arithmetic, as UTC carriers of a local date.
 *
 * (Not temporal-polyfill: it ships ESM only, which the Node projects (`module: node16`, CommonJS) cannot
 * import, see TS1479. The semantics are Temporal's `disambiguation: 'compatible'`.)
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** UTC milliseconds of calendar fields (years 0–99 are not shifted to the 1900s). */
function utc(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): number {
  const date = new Date(Date.UTC(2000, m - 1, d, hh, mm, ss));
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime();
}

function dateFields(date: string): [number, number, number] {
  const match = LOCAL_DATE.exec(typeof date === 'string' ? date : '');
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const carrier = new Date(utc(y, m, d));
    if (carrier.getUTCMonth() === m - 1 && carrier.getUTCDate() === d) return [y, m, d];
  }
  throw new RangeError(`Not a local date (YYYY-MM-DD): ${date}`);
}

function timeFields(time: string): [number, number, number] {
  const match = WALL_TIME.exec(typeof time === 'string' ? time : '');
  if (!match) throw new RangeError(`Not a wall time (HH:mm): ${time}`);
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a UTC carrier. */
function carrierToDate(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tzid: string): Intl.DateTimeFormat {
  let format = formatters.get(tzid);
  if (!format) {
    // throws RangeError for an unknown zone
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: tzid,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tzid, format);
  }
  return format;
}

interface WallFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const WALL_FIELDS: ReadonlySet<string> = new Set([
  'year',
  'month',
  'day',
  'hour',
  'minute',
  'second',
]);

function wallFields(ms: number, tzid: string): WallFields {
  const fields: Partial<Record<keyof WallFields, number>> = {};
  for (const part of formatter(tzid).formatToParts(ms)) {
    if (WALL_FIELDS.has(part.type)) fields[part.type as keyof WallFields] = Number(part.value);
  }
  return fields as WallFields;
}

/** UTC offset of `tzid` at an instant, in milliseconds (whole seconds). */
function offsetAt(ms: number, tzid: string): number {
  const seconds = Math.floor(ms / 1000) * 1000;
  const f = wallFields(seconds, tzid);
  return utc(f.year, f.month, f.day, f.hour % 24, f.minute, f.second) - seconds;
}

function instantOf(value: Date): number {
  const ms = value instanceof Date ? value.getTime() : NaN;
  if (Number.isNaN(ms)) throw new RangeError('Invalid instant');
  return ms;
}

/** `YYYY-MM-DD` that names a real calendar day. */
export function isLocalDate(value: unknown): value is string {
  try {
    dateFields(value as string);
    return true;
  } catch {
    return false;
  }
}

/** `HH:mm` or `HH:mm:ss`, 00:00 … 23:59:59. */
export function isWallTime(value: unknown): value is string {
  return typeof value === 'string' && WALL_TIME.test(value);
}

/**
 * The instant of a wall time on a local date in `tzid`, with the RFC 5545 rules: a time in the spring gap
 * takes the offset from before the gap (02:30 → 03:30 CEST), an ambiguous autumn time is its first
 * occurrence (CEST). That is Temporal's 'compatible' disambiguation.
 */
export function zonedInstant(date: string, time: string, tzid: string): Date {
  const local = utc(...dateFields(date), ...timeFields(time));
  // the offsets a day before and after; real zones never change twice within two days
  const before = offsetAt(local - DAY, tzid);
  const after = offsetAt(local + DAY, tzid);
  const candidates = [...new Set([local - before, local - after])].sort((a, b) => a - b);
  // the earliest candidate that shows this wall time: the only one, or the first of a fold
  for (const candidate of candidates) {
    if (offsetAt(candidate, tzid) === local - candidate) return new Date(candidate);
  }
  // in a gap: the offset from before the gap, i.e. the wall time moves later by the gap's length
  return new Date(local - before);
}

/** Local date (`YYYY-MM-DD`) of an instant in `tzid`. */
export function localDateOf(instant: Date, tzid: string): string {
  const f = wallFields(instantOf(instant), tzid);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`;
}

/** Wall time (`HH:mm`) of an instant in `tzid`. */
export function localTimeOf(instant: Date, tzid: string): string {
  const f = wallFields(instantOf(instant), tzid);
  return `${pad(f.hour % 24)}:${pad(f.minute)}`;
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return ((new Date(utc(...dateFields(date))).getUTCDay() + 6) % 7) + 1;
}

/** Calendar arithmetic on local dates (no zone, no DST). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = dateFields(date);
  return carrierToDate(utc(y, m, d + days));
}

/** Calendar years on a local date; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = dateFields(date);
  const target = y + years;
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
  return carrierToDate(utc(target, m, m === 2 && d === 29 && !leap ? 28 : d));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(...dateFields(to)) - utc(...dateFields(from))) / DAY);
}

/** Minutes since midnight of a wall time; `24:00` is accepted as the end of the day (1440). */
export function minutesOfDay(time: string): number {
  if (time === '24:00') return 24 * 60;
  const [hh, mm] = timeFields(time);
  return hh * 60 + mm;
}

/** Local midnight to the next local midnight (23, 24 or 25 hours long). */
export function localDayBounds(date: string, tzid: string): { start: Date; end: Date } {
  return {
    start: zonedInstant(date, '00:00', tzid),
    end: zonedInstant(addDays(date, 1), '00:00', tzid),
  };
}
