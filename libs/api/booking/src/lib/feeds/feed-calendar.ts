import {
  berlinWallClock,
  EUROPE_BERLIN_VTIMEZONE,
  zonedWallClock,
} from '@zusammen/api/notifications';
import { BOOKING_TIME_ZONE } from '@zusammen/shared/contracts';
import ical, { ICalEventStatus } from 'ical-generator';

/** Content type of every feed (subscriptions: no METHOD parameter). */
export const FEED_CONTENT_TYPE = 'text/calendar; charset=utf-8';

export type FeedStatus = 'confirmed' | 'tentative' | 'cancelled';

/** What a calendar shows of one date. */
export interface FeedText {
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  status: FeedStatus;
}

/** One date as its own VEVENT. */
export interface FeedDate extends FeedText {
  kind: 'date';
  /** Stable per date, so a changed date replaces its entry. */
  uid: string;
  startsAt: Date;
  endsAt: Date;
}

/** A changed date of a series: a VEVENT with the series' UID and RECURRENCE-ID = its original start. */
export interface FeedOverride extends FeedText {
  recurrenceStartsAt: Date;
  startsAt: Date;
  endsAt: Date;
}

/** A series as one VEVENT with RRULE and EXDATE (booking.md § 6), plus its changed dates. */
export interface FeedSeries extends FeedText {
  kind: 'series';
  uid: string;
  /** The first instance: DTSTART/DTEND. */
  startsAt: Date;
  endsAt: Date;
  /** RRULE value (no DTSTART, UNTIL in UTC), e.g. `FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20260630T150000Z`. */
  rrule: string;
  /** Original starts of the instances that are not held. */
  exdates: readonly Date[];
  overrides: readonly FeedOverride[];
}

export interface FeedCalendar {
  /** X-WR-CALNAME, the name calendar apps show for the subscription. */
  name: string;
  description?: string;
  items: readonly (FeedDate | FeedSeries)[];
  /** DTSTAMP of every entry: the time of rendering. */
  stamp: Date;
  /** How often clients should refresh (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshMinutes: number;
}

const STATUS: Record<FeedStatus, ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** `YYYYMMDDTHHmmss` wall time in Europe/Berlin (EXDATE values). */
function berlinBasic(instant: Date): string {
  return berlinWallClock(instant).replace(/[-:]/g, '');
}

/** `YYYYMMDDTHHmmssZ` (RRULE UNTIL of a series with a TZID start). */
export function utcBasic(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/**
 * An iCalendar subscription feed: times as `TZID=Europe/Berlin` wall times with the one VTIMEZONE of the
 * notifications library, series with RRULE/EXDATE and RECURRENCE-ID overrides. No ORGANIZER or ATTENDEE lines:
 * feeds carry no names of people.
 */
export function renderFeed(feed: FeedCalendar): string {
  const calendar = ical({
    prodId: { company: 'Stadt Borken', product: 'Zusammenleben in Borken', language: 'DE' },
    name: feed.name,
    description: feed.description ?? null,
    ttl: feed.refreshMinutes * 60,
    // no calendar-wide zone: DTSTAMP stays UTC; the generator adds the VTIMEZONE the entries' TZID needs
    timezone: {
      name: null,
      generator: (zone) => (zone === BOOKING_TIME_ZONE ? EUROPE_BERLIN_VTIMEZONE : null),
    },
  });
  const text = (item: FeedText) => ({
    summary: item.summary,
    description: item.description || null,
    location: item.location || null,
    url: item.url || null,
    status: STATUS[item.status],
  });
  for (const item of feed.items) {
    if (item.kind === 'date') {
      calendar.createEvent({
        id: item.uid,
        stamp: feed.stamp,
        timezone: BOOKING_TIME_ZONE,
        start: zonedWallClock(item.startsAt),
        end: zonedWallClock(item.endsAt),
        ...text(item),
      });
      continue;
    }
    const lines = [`RRULE:${item.rrule}`];
    if (item.exdates.length > 0) {
      lines.push(`EXDATE;TZID=${BOOKING_TIME_ZONE}:${item.exdates.map(berlinBasic).join(',')}`);
    }
    calendar.createEvent({
      id: item.uid,
      stamp: feed.stamp,
      timezone: BOOKING_TIME_ZONE,
      start: zonedWallClock(item.startsAt),
      end: zonedWallClock(item.endsAt),
      repeating: lines.join('\n'),
      ...text(item),
    });
    for (const override of item.overrides) {
      calendar.createEvent({
        id: item.uid,
        stamp: feed.stamp,
        timezone: BOOKING_TIME_ZONE,
        recurrenceId: zonedWallClock(override.recurrenceStartsAt),
        start: zonedWallClock(override.startsAt),
        end: zonedWallClock(override.endsAt),
        ...text(override),
      });
    }
  }
  return calendar.toString();
}
