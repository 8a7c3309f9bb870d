import type {
  EventAudience,
  EventSummary,
  Locale,
  OccurrenceSummary,
} from '@zusammen/shared/contracts';
import type { DayGroup } from './berlin-time';
import { groupByBerlinDay } from './berlin-time';

/** One date of the programme with its event. */
export interface ProgrammeEntry {
  event: EventSummary;
  occurrence: OccurrenceSummary;
}

/** The visitor's filters; null = no filter. */
export interface ProgrammeFilter {
  audience: EventAudience | null;
  /** A language spoken at the event. */
  language: Locale | null;
}

/** What a date offers someone who wants to come, in one word (the pages say it in text and icon). */
export type SeatState = 'cancelled' | 'free' | 'waitlist' | 'full' | 'closed';

export function seatStateOf(event: EventSummary, occurrence: OccurrenceSummary): SeatState {
  if (occurrence.status !== 'scheduled') return 'cancelled';
  if (!occurrence.registrationOpen) return 'closed';
  if (occurrence.seatsFree > 0) return 'free';
  return event.waitlistEnabled ? 'waitlist' : 'full';
}

/** Whether an event matches the filters. */
export function matchesFilter(event: EventSummary, filter: ProgrammeFilter): boolean {
  if (filter.audience !== null && event.audience !== filter.audience) return false;
  if (filter.language !== null && !event.languagesSpoken.includes(filter.language)) return false;
  return true;
}

/**
 * The dates still to come (not yet over at `now`) of the events that match the filters, grouped by their day
 * in Borken, in time order.
 */
export function programmeDays(
  events: readonly EventSummary[],
  filter: ProgrammeFilter,
  now: Date = new Date(),
): DayGroup<ProgrammeEntry>[] {
  const entries: ProgrammeEntry[] = [];
  for (const event of events) {
    if (!matchesFilter(event, filter)) continue;
    for (const occurrence of event.occurrences) {
      if (Date.parse(occurrence.endsAt) > now.getTime()) entries.push({ event, occurrence });
    }
  }
  return groupByBerlinDay(entries, (entry) => entry.occurrence.startsAt);
}

/** The dates of one event still to come, in time order. */
export function upcomingOccurrences(
  event: EventSummary,
  now: Date = new Date(),
): OccurrenceSummary[] {
  return event.occurrences
    .filter((occurrence) => Date.parse(occurrence.endsAt) > now.getTime())
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}
