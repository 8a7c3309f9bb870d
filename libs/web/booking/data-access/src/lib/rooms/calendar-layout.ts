import type { OpeningHours } from '@zusammen/shared/contracts';
import { dayBounds, isoWeekday, minutesOf, wallClockOf } from './berlin-calendar';

/**
 * Where bookings and free time go in a calendar column of one local day. The axis is the wall clock (the
 * "18:00" line is 18:00 on every day), so on the spring day 02:00–03:00 does not occur and on the autumn
 * day the repeated hour is drawn once; a booking is never shorter than its real duration on screen.
 */

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

/** A half-open span of wall-clock minutes on one local day (0 … 1440). */
export interface WallSpan {
  start: number;
  end: number;
}

/**
 * The part of `[startsAt, endsAt)` that falls on the local day `date`, in wall-clock minutes; null when the
 * range does not touch the day. A range running past midnight is cut at the day's edges (and says so).
 */
export function wallSpanOnDay(
  startsAt: string | Date,
  endsAt: string | Date,
  date: string,
): (WallSpan & { cutStart: boolean; cutEnd: boolean }) | null {
  const { start: dayStart, end: dayEnd } = dayBounds(date);
  const from = new Date(startsAt).getTime();
  const to = new Date(endsAt).getTime();
  if (!(to > from) || to <= dayStart.getTime() || from >= dayEnd.getTime()) return null;
  const cutStart = from < dayStart.getTime();
  const cutEnd = to > dayEnd.getTime();
  const start = cutStart ? 0 : wallClockOf(from).minutes;
  let end = cutEnd || to === dayEnd.getTime() ? DAY_MINUTES : wallClockOf(to).minutes;
  // In the autumn fold the wall clock runs back: keep at least the real duration.
  const real = (Math.min(to, dayEnd.getTime()) - Math.max(from, dayStart.getTime())) / MINUTE;
  if (end <= start) end = Math.min(DAY_MINUTES, start + real);
  return { start, end, cutStart, cutEnd };
}

/** The hours a grid shows, as wall-clock minutes. */
export interface HourAxis {
  start: number;
  end: number;
}

export const DEFAULT_AXIS: HourAxis = { start: 8 * 60, end: 22 * 60 };

/**
 * The hours to draw: from the earliest opening to the latest closing of the shown rooms and weekdays, widened
 * to every booking on screen, whole hours only; the default (08–22) when nothing is open.
 */
export function hourAxis(
  hours: readonly (readonly OpeningHours[])[],
  dates: readonly string[],
  spans: readonly WallSpan[],
): HourAxis {
  const weekdays = new Set(dates.map(isoWeekday));
  let start = Infinity;
  let end = -Infinity;
  for (const entry of hours.flat()) {
    if (!weekdays.has(entry.weekday)) continue;
    start = Math.min(start, minutesOf(entry.opens));
    end = Math.max(end, minutesOf(entry.closes));
  }
  if (!Number.isFinite(start)) ({ start, end } = DEFAULT_AXIS);
  for (const span of spans) {
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return {
    start: Math.floor(start / 60) * 60,
    end: Math.min(DAY_MINUTES, Math.ceil(end / 60) * 60),
  };
}

/** The full hours of an axis, for the hour lines and labels. */
export function axisHours(axis: HourAxis): number[] {
  const hours: number[] = [];
  for (let m = axis.start; m < axis.end; m += 60) hours.push(m / 60);
  return hours;
}

/** Position on an axis as percentages: offset from the axis start and size. */
export interface AxisPlacement {
  offset: number;
  size: number;
}

export function placeOnAxis(span: WallSpan, axis: HourAxis): AxisPlacement {
  const length = axis.end - axis.start;
  const start = Math.max(axis.start, Math.min(axis.end, span.start));
  const end = Math.max(start, Math.min(axis.end, span.end));
  const round = (n: number): number => Math.round(n * 1000) / 1000;
  return {
    offset: round(((start - axis.start) / length) * 100),
    size: round(((end - start) / length) * 100),
  };
}

/** An item laid out in a day column: its span, its place and its lane when items overlap. */
export interface PlacedItem<T> extends AxisPlacement {
  item: T;
  span: WallSpan;
  cutStart: boolean;
  cutEnd: boolean;
  lane: number;
  lanes: number;
}

/**
 * Lays out items on one local day: each gets its wall span and place on the axis; items that overlap (a
 * buffer drawn into a neighbour, or two rooms' views merged) share the width in lanes, like a paper diary.
 * Sorted by start, so the reading and tab order follows the clock.
 */
export function layoutDay<T>(
  items: readonly T[],
  range: (item: T) => { startsAt: string; endsAt: string },
  date: string,
  axis: HourAxis,
): PlacedItem<T>[] {
  const placed = items
    .map((item) => {
      const { startsAt, endsAt } = range(item);
      const span = wallSpanOnDay(startsAt, endsAt, date);
      return span ? { item, span, startsAt: Date.parse(startsAt) } : null;
    })
    .filter((entry): entry is NonNullable<typeof entry> => entry !== null)
    .sort((a, b) => a.span.start - b.span.start || a.startsAt - b.startsAt);

  const result: PlacedItem<T>[] = [];
  // Clusters of transitively overlapping items share one lane count.
  let cluster: PlacedItem<T>[] = [];
  let clusterEnd = -Infinity;
  const laneEnds: number[] = [];
  const closeCluster = (): void => {
    const lanes = Math.max(1, ...cluster.map((p) => p.lane + 1));
    for (const p of cluster) p.lanes = lanes;
    cluster = [];
    laneEnds.length = 0;
  };
  for (const { item, span } of placed) {
    if (span.start >= clusterEnd) {
      closeCluster();
      clusterEnd = -Infinity;
    }
    let lane = laneEnds.findIndex((end) => end <= span.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = span.end;
    clusterEnd = Math.max(clusterEnd, span.end);
    const entry: PlacedItem<T> = {
      item,
      span: { start: span.start, end: span.end },
      cutStart: span.cutStart,
      cutEnd: span.cutEnd,
      lane,
      lanes: 1,
      ...placeOnAxis(span, axis),
    };
    cluster.push(entry);
    result.push(entry);
  }
  closeCluster();
  return result;
}

/**
 * Free time of a room on a local day, in wall-clock minutes: its opening hours minus what is blocked
 * (bookings with their buffers, closures) and minus what has passed. Gaps shorter than `minimum` minutes
 * are dropped (nobody can book them).
 */
export function freeSpans(
  openingHours: readonly OpeningHours[],
  date: string,
  blocked: readonly { from: string; until: string }[],
  now: Date,
  minimum = 30,
): WallSpan[] {
  const weekday = isoWeekday(date);
  const open = openingHours
    .filter((h) => h.weekday === weekday)
    .map((h) => ({ start: minutesOf(h.opens), end: minutesOf(h.closes) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
  if (open.length === 0) return [];

  const taken = blocked
    .map((b) => wallSpanOnDay(b.from, b.until, date))
    .filter((span): span is NonNullable<typeof span> => span !== null)
    .map(({ start, end }) => ({ start, end }));
  const today = wallClockOf(now);
  if (date < today.date) return [];
  if (date === today.date) taken.push({ start: 0, end: today.minutes });

  let free: WallSpan[] = open;
  for (const cut of taken) {
    free = free.flatMap((span) => {
      if (cut.end <= span.start || cut.start >= span.end) return [span];
      const parts: WallSpan[] = [];
      if (cut.start > span.start) parts.push({ start: span.start, end: cut.start });
      if (cut.end < span.end) parts.push({ start: cut.end, end: span.end });
      return parts;
    });
  }
  return free.filter((span) => span.end - span.start >= minimum);
}

/**
 * The start and end to prefill when someone picks a point in a free span: the hour (or half hour) they
 * pointed at, one hour long, kept inside the span. Without a point (keyboard), the span's start.
 */
export function slotInSpan(span: WallSpan, pointed: number | null, length = 60): WallSpan {
  const size = Math.min(length, span.end - span.start);
  let start = pointed === null ? span.start : Math.floor(pointed / 30) * 30;
  start = Math.max(span.start, Math.min(start, span.end - size));
  return { start, end: start + size };
}
