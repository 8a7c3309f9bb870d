// The town's zone (APP_TIME_ZONE of @zusammen/web/core, which this data-access library may not import).
export const BERLIN_TIME_ZONE = 'Europe/Berlin';

const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: BERLIN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The wall clock of Borken at `instant`: [year, month, day, hour, minute]. */
function wallClock(instant: number): number[] {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: BERLIN_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return [part('year'), part('month'), part('day'), part('hour'), part('minute')];
}

/**
 * The calendar day (`YYYY-MM-DD`) an instant falls on in Borken, whatever zone the browser is in: an
 * evening date at 23:30 stays on its day, also across the clock changes.
 */
export function berlinDayOf(iso: string | Date): string {
  const instant = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not an instant: ${String(iso)}`);
  return DAY_FORMAT.format(instant);
}

/** Today in Borken, `YYYY-MM-DD`. */
export function berlinToday(now: Date = new Date()): string {
  return berlinDayOf(now);
}

/** Calendar arithmetic on a local date (no zone, no clock change). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function toUtcArgs([year, month, day, hour, minute]: number[]): [
  number,
  number,
  number,
  number,
  number,
] {
  return [year, month - 1, day, hour, minute];
}

/** Minutes Borken is ahead of UTC at `instant` (60 in winter, 120 in summer). */
function offsetMinutes(instant: number): number {
  return Math.round((Date.UTC(...toUtcArgs(wallClock(instant))) - instant) / 60_000);
}

/**
 * A date and time typed into a form (`YYYY-MM-DD`, `HH:mm`), read as Borken time, as an ISO instant; null
 * when either is malformed. A time in the spring gap moves forward by the gap (02:30 → 03:30 CEST), an
 * ambiguous autumn time is its first occurrence (CEST), as RFC 5545 reads them.
 */
export function berlinLocalToIso(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute] = [Number(t[1]), Number(t[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(asUtc).getUTCDate() !== day) return null; // 31 April and the like
  // The offsets a day before and a day after: equal except around a clock change.
  const earlier = offsetMinutes(asUtc - 86_400_000);
  const later = offsetMinutes(asUtc + 86_400_000);
  const valid = [...new Set([earlier, later])]
    .map((offset) => asUtc - offset * 60_000)
    .filter((candidate) => Date.UTC(...toUtcArgs(wallClock(candidate))) === asUtc);
  // Fold: the first of the two; gap: the offset from before the gap.
  const instant = valid.length > 0 ? Math.min(...valid) : asUtc - earlier * 60_000;
  return new Date(instant).toISOString();
}

/** Items grouped by their Borken day, days in time order, items in time order within each day. */
export interface DayGroup<T> {
  /** `YYYY-MM-DD` in Borken. */
  day: string;
  items: T[];
}

export function groupByBerlinDay<T>(
  items: readonly T[],
  startsAt: (item: T) => string,
): DayGroup<T>[] {
  const sorted = [...items].sort((a, b) => Date.parse(startsAt(a)) - Date.parse(startsAt(b)));
  const groups: DayGroup<T>[] = [];
  for (const item of sorted) {
    const day = berlinDayOf(startsAt(item));
    const last = groups.at(-1);
    if (last?.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}
