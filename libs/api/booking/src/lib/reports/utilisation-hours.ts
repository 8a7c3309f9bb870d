import type { OpeningHours } from '@zusammen/shared/contracts';
import { addDays, isoWeekday, minutesOfDay, zonedInstant } from '@zusammen/shared/util';

/** A half-open interval of epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

const HOUR_MS = 60 * 60 * 1000;

/** Merges overlapping or touching intervals (sorted by start). */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/** Length of `interval` not covered by `cover` (merged and sorted). */
export function uncoveredMs(interval: Interval, cover: readonly Interval[]): number {
  let free = interval.end - interval.start;
  for (const c of cover) {
    if (c.end <= interval.start) continue;
    if (c.start >= interval.end) break;
    free -= Math.min(c.end, interval.end) - Math.max(c.start, interval.start);
  }
  return free;
}

/**
 * Converts wall times to instants with a cache: a report asks for the same day and time for every room, and
 * each conversion goes through the time-zone rules.
 */
export class InstantCache {
  private readonly cache = new Map<string, number>();
  constructor(private readonly tzid: string) {}

  at(date: string, time: string): number {
    const key = `${date}T${time}`;
    let value = this.cache.get(key);
    if (value === undefined) {
      value =
        time === '24:00'
          ? zonedInstant(addDays(date, 1), '00:00', this.tzid).getTime()
          : zonedInstant(date, time, this.tzid).getTime();
      this.cache.set(key, value);
    }
    return value;
  }
}

/**
 * Hours a room is open on the given local dates: its opening hours per weekday as real durations (a DST night
 * inside the hours counts 23 or 25 hours of wall clock correctly), minus closures (merged `blackouts`).
 */
export function openHours(
  hours: readonly OpeningHours[],
  dates: readonly string[],
  blackouts: readonly Interval[],
  instants: InstantCache,
): number {
  let ms = 0;
  for (const date of dates) {
    const weekday = isoWeekday(date);
    for (const entry of hours) {
      if (entry.weekday !== weekday || minutesOfDay(entry.closes) <= minutesOfDay(entry.opens))
        continue;
      const interval = {
        start: instants.at(date, entry.opens),
        end: instants.at(date, entry.closes),
      };
      ms += uncoveredMs(interval, blackouts);
    }
  }
  return ms / HOUR_MS;
}
