import ical, { ICalCalendarMethod } from 'ical-generator';
import type { MailAttachment } from '../mail/mail-message';
import { berlinWallClock, EUROPE_BERLIN_VTIMEZONE } from './berlin-time-zone';
import { TEMPLATE_TIME_ZONE } from './template-locale';

export interface CalendarEventInput {
  /** Stable per appointment (e.g. `booking-<id>@<host>`), so an update replaces the entry. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
  /** Who sends the invitation; calendar clients show it for METHOD:REQUEST. */
  organizer?: { name: string; email: string };
  /** Raise it for every change of the same `uid` (0 for the first invitation). */
  sequence?: number;
  /** DTSTAMP; the render time. Defaults to now. */
  stamp?: Date;
  /** Defaults to `termin.ics`. */
  filename?: string;
}

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8; method=REQUEST';

/**
 * An iCalendar invitation (METHOD:REQUEST) for one appointment, with times in Europe/Berlin
 * (`DTSTART;TZID=Europe/Berlin:…` plus the VTIMEZONE), ready for `MailMessage.attachments`.
 */
export function buildCalendarAttachment(event: CalendarEventInput): MailAttachment {
  if (event.end.getTime() < event.start.getTime())
    throw new RangeError('A calendar event cannot end before it starts');
  const calendar = ical({
    prodId: { company: 'Stadt Borken', product: 'Zusammenleben in Borken', language: 'DE' },
    method: ICalCalendarMethod.REQUEST,
    // No calendar-wide zone name: DTSTAMP stays UTC; the generator adds the VTIMEZONE the event's TZID needs.
    timezone: {
      name: null,
      generator: (zone) => (zone === TEMPLATE_TIME_ZONE ? EUROPE_BERLIN_VTIMEZONE : null),
    },
  });
  calendar.createEvent({
    id: event.uid,
    sequence: event.sequence ?? 0,
    stamp: event.stamp ?? new Date(),
    timezone: TEMPLATE_TIME_ZONE,
    // ical-generator prints a zoned time with the process's local clock fields; a wall-clock string
    // without offset is parsed as local time and printed back unchanged, whatever TZ the process runs in.
    start: zonedWallClock(event.start),
    end: zonedWallClock(event.end),
    summary: event.summary,
    location: event.location ?? null,
    description: event.description ?? null,
    url: event.url ?? null,
    organizer: event.organizer ?? null,
  });
  return {
    filename: event.filename ?? 'termin.ics',
    content: calendar.toString(),
    contentType: CALENDAR_CONTENT_TYPE,
  };
}

/**
 * An instant as the Europe/Berlin wall clock (`YYYY-MM-DDTHH:mm:ss`) for ical-generator's `start`/`end`/
 * `recurrenceId` with `timezone: 'Europe/Berlin'`: it prints them as `TZID=Europe/Berlin:` local times.
 */
export function zonedWallClock(instant: Date): string {
  const wallClock = berlinWallClock(instant);
  const local = new Date(wallClock);
  const roundTrip = `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}:${pad(local.getSeconds())}`;
  if (roundTrip !== wallClock)
    throw new Error(
      `Cannot write ${wallClock} (Europe/Berlin) into a calendar file: the process time zone skips that hour; run with TZ=UTC or TZ=Europe/Berlin`,
    );
  return wallClock;
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}
