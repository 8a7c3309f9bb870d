import type { Locale } from '@zusammen/shared/contracts';
import { pageUrl } from './account-links';
import { berlinWallClock } from './berlin-time-zone';
import type { CalendarEventInput } from './calendar-attachment';
import type { TemplateContext } from './notification-template';
import { singleLine } from './single-line';
import { FALLBACK_TEMPLATE_LOCALE } from './template-locale';
import type { Translate } from './translator';

/** Pages of the web app the Haus der Begegnung mails link to (apps/web routes). */
export const BOOKING_MAIL_PATHS = {
  /** Own registrations, waiting-list offers (accept / decline) and the personal calendar feed. */
  myDates: '/meine-termine',
  /** The organizer's rooms, calendars and own bookings. */
  rooms: '/raeume',
  /** The public programme ("what's on"). */
  programme: '/programm',
} as const;

/** The house's name as it is signed; calendar entries carry it with the room, in every language. */
export const HOUSE_NAME = 'Haus der Begegnung Borken';

/** iCalendar SEQUENCE is a 32-bit integer. */
const MAX_SEQUENCE = 2_147_483_647;
const MINUTE_MS = 60 * 1000;

export function bookingUrl(context: Pick<TemplateContext, 'publicUrl'>, path: string): string {
  return pageUrl(context, path);
}

/**
 * An event title (locale → text, set by the organizer) in the recipient's language, else German, else any language
 * it has; null when it has none. Always one line.
 */
export function eventTitleText(
  titles: Partial<Record<string, string>>,
  locale: Locale,
): string | null {
  const pick = (value: string | undefined): string | null => {
    const line = value === undefined ? '' : singleLine(value);
    return line === '' ? null : line;
  };
  return (
    pick(titles[locale]) ??
    pick(titles[FALLBACK_TEMPLATE_LOCALE]) ??
    Object.values(titles)
      .map(pick)
      .find((title) => title !== null) ??
    null
  );
}

/** The title to show: {@link eventTitleText} or the generic word for an event. */
export function eventTitle(
  titles: Partial<Record<string, string>>,
  locale: Locale,
  t: Translate,
): string {
  return eventTitleText(titles, locale) ?? t('event-common.untitled');
}

/** A required ISO instant of a payload; a notification with an unreadable time is not sent with a wrong one. */
export function requiredInstant(type: string, field: string, text: string): Date {
  const date = new Date(text);
  if (text.trim() === '' || Number.isNaN(date.getTime()))
    throw new Error(`${type}: ${field} is not an ISO instant`);
  return date;
}

/** The room as a single line (a payload field from the room settings). */
export function roomText(roomName: string): string {
  return singleLine(roomName);
}

/** "When: Tuesday, 1 July 2025, 18:00 to 20:00" in Borken's time; both days when the date runs past midnight. */
export function whenText(t: Translate, startsAt: Date, endsAt: Date): string {
  const sameDay = berlinWallClock(startsAt).slice(0, 10) === berlinWallClock(endsAt).slice(0, 10);
  return sameDay
    ? t('event-common.when', { startsAt, endsAt })
    : t('event-common.whenMultiDay', { startsAt, endsAt });
}

/** The host part of the Message-ID (`<notification-…@host>`), for calendar UIDs. */
export function messageHost(context: Pick<TemplateContext, 'messageId'>): string {
  return /@([^>]+)>?$/.exec(context.messageId)?.[1] ?? 'zusammenleben';
}

/**
 * SEQUENCE of an occurrence's calendar entry: the render time in minutes since 1970. Every later mail about the same
 * date (confirmation → change → reminder) carries a higher number, so calendars take its times over the ones they
 * have, whichever way the date moved (a number derived from the start would fall when a date moves earlier).
 */
export function occurrenceSequence(now: Date): number {
  const minutes = Math.floor(now.getTime() / MINUTE_MS);
  return minutes >= 0 && minutes <= MAX_SEQUENCE ? minutes : 0;
}

/** One date of an event as a calendar invitation; one UID per occurrence, so a change replaces the entry. */
export function occurrenceCalendarEvent(input: {
  occurrenceId: string;
  title: string;
  roomName: string;
  startsAt: Date;
  endsAt: Date;
  context: TemplateContext;
}): CalendarEventInput {
  const room = roomText(input.roomName);
  return {
    uid: `event-occurrence-${input.occurrenceId}@${messageHost(input.context)}`,
    start: input.startsAt,
    end: input.endsAt,
    summary: input.title,
    location: room === '' ? HOUSE_NAME : `${room}, ${HOUSE_NAME}`,
    url: bookingUrl(input.context, BOOKING_MAIL_PATHS.myDates),
    sequence: occurrenceSequence(input.context.now),
    filename: 'termin.ics',
  };
}
