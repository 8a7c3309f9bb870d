import type { OpeningHours } from '@zusammen/shared/contracts';
import { addDays, isoWeekday, localDateOf, minutesOfDay, zonedInstant } from './wall-time';

/** Whether `[startTime, endTime)` on a local date lies inside one opening-hours entry of its weekday. */
export function withinOpeningHours(
  hours: readonly OpeningHours[],
  date: string,
  startTime: string,
  endTime: string,
): boolean {
  const weekday = isoWeekday(date);
  const start = minutesOfDay(startTime);
  const end = minutesOfDay(endTime);
  if (end <= start) return false;
  return hours.some(
    (h) => h.weekday === weekday && minutesOfDay(h.opens) <= start && end <= minutesOfDay(h.closes),
  );
}

export interface NextFreeSlotsInput {
  /** Blocked ranges of the room (with their buffers), half-open. */
  busy: readonly { start: Date; end: Date }[];
  hours: readonly OpeningHours[];
  tzid: string;
  /** Slots start at or after this instant. */
  after: Date;
  durationMinutes: number;
  setupMinutes: number;
  teardownMinutes: number;
  count: number;
  /** Days after the local date of `after` that are searched (that day included as day 0). */
  horizonDays: number;
  /** Slot starts lie on this grid of wall-clock minutes from local midnight (default 30). */
  stepMinutes?: number;
}

const MINUTE = 60_000;

/**
 * The first `count` free slots after `after`: the slot's blocked range [start − setup, end + teardown)
 * touches no busy range, and [start, end) lies inside the opening hours of its local day. Zones are
 * converted once per opening-hours entry and day, slots are stepped in instants from there.
 */
export function nextFreeSlots(input: NextFreeSlotsInput): { startsAt: Date; endsAt: Date }[] {
  const step = input.stepMinutes ?? 30;
  const { durationMinutes, setupMinutes, teardownMinutes, count } = input;
  if (!(step > 0) || !(durationMinutes > 0) || count <= 0) return [];
  const busy = [...input.busy]
    .map((b) => ({ start: b.start.getTime(), end: b.end.getTime() }))
    .sort((a, b) => a.start - b.start);
  const after = input.after.getTime();
  const durationMs = durationMinutes * MINUTE;
  const setupMs = setupMinutes * MINUTE;
  const teardownMs = teardownMinutes * MINUTE;
  const slots: { startsAt: Date; endsAt: Date }[] = [];
  const firstDate = localDateOf(input.after, input.tzid);

  for (let day = 0; day <= input.horizonDays && slots.length < count; day++) {
    const date = addDays(firstDate, day);
    const weekday = isoWeekday(date);
    const entries = input.hours
      .filter((h) => h.weekday === weekday)
      .sort((a, b) => minutesOfDay(a.opens) - minutesOfDay(b.opens));
    for (const entry of entries) {
      const opensMin = minutesOfDay(entry.opens);
      const closesMin = minutesOfDay(entry.closes);
      if (closesMin <= opensMin) continue;
      const opens = zonedInstant(date, entry.opens, input.tzid).getTime();
      const closes =
        closesMin === 24 * 60
          ? zonedInstant(addDays(date, 1), '00:00', input.tzid).getTime()
          : zonedInstant(date, entry.closes, input.tzid).getTime();
      const firstOnGrid = Math.ceil(opensMin / step) * step;
      let busyFrom = 0;
      for (
        let start = opens + (firstOnGrid - opensMin) * MINUTE;
        start + durationMs <= closes;
        start += step * MINUTE
      ) {
        if (start < after) continue;
        const blockedStart = start - setupMs;
        const blockedEnd = start + durationMs + teardownMs;
        // busy is sorted by start; ranges that ended before this blocked range cannot touch later ones
        while (busyFrom < busy.length && busy[busyFrom].end <= blockedStart) {
          busyFrom++;
        }
        let free = true;
        for (let i = busyFrom; i < busy.length && busy[i].start < blockedEnd; i++) {
          if (busy[i].end > blockedStart) {
            free = false;
            break;
          }
        }
        if (!free) continue;
        slots.push({ startsAt: new Date(start), endsAt: new Date(start + durationMs) });
        if (slots.length === count) return slots;
      }
    }
  }
  return slots;
}
