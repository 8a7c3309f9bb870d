import type { RoomBookingStatus, RoomBookingSummary } from '@zusammen/shared/contracts';
import { BOOKING_TIME_ZONE } from '@zusammen/shared/contracts';

/**
 * Dates and times of the room pages in the reader's language and always in Berlin time: a booking at 18:00
 * in Borken reads 18:00 on a laptop set to any zone.
 */

const cache = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    cache.set(key, formatter);
  }
  return formatter;
}

/** A local date as a UTC carrier (a day has no zone). */
function dayCarrier(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** The wall time of an instant in Berlin, e.g. "18:00". */
export function timeText(iso: string, locale: string): string {
  return format(locale, { hour: '2-digit', minute: '2-digit', timeZone: BOOKING_TIME_ZONE }).format(
    new Date(iso),
  );
}

/** Wall-clock minutes of a day as a time, e.g. 1110 → "18:30". */
export function minutesText(minutes: number, locale: string): string {
  return format(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, 0, 1, 0, minutes)),
  );
}

/** "Dienstag, 12. Mai" (with the year when asked). */
export function dayText(date: string, locale: string, withYear = false): string {
  return format(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(dayCarrier(date));
}

/** "Di., 12.5." — the header of a narrow day column. */
export function shortDayText(date: string, locale: string): { weekday: string; day: string } {
  const carrier = dayCarrier(date);
  return {
    weekday: format(locale, { weekday: 'short', timeZone: 'UTC' }).format(carrier),
    day: format(locale, { day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(carrier),
  };
}

/** The local date of an instant in Berlin, as the reader writes it ("12. Mai 2026"). */
export function dateOfInstantText(iso: string, locale: string): string {
  return format(locale, { dateStyle: 'full', timeZone: BOOKING_TIME_ZONE }).format(new Date(iso));
}

/** A span of local dates, e.g. "11.–17. Mai 2026". */
export function dayRangeText(first: string, last: string, locale: string): string {
  const formatter = format(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return first === last
    ? formatter.format(dayCarrier(first))
    : formatter.formatRange(dayCarrier(first), dayCarrier(last));
}

/** "Mai 2026". */
export function monthText(date: string, locale: string): string {
  return format(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    dayCarrier(date.length === 7 ? `${date}-01` : date),
  );
}

/** Weekday names Monday first, long or short. */
export function weekdayNames(locale: string, style: 'long' | 'short' | 'narrow'): string[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) =>
    format(locale, { weekday: style, timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, 1 + i, 12)),
    ),
  );
}

/** A count in the reader's digits. */
export function countText(value: number, locale: string, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value);
}

/** A share as a percentage; one decimal below 10 % (0.4 % is not 0 %). */
export function percentText(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: share > 0 && share < 0.1 ? 1 : 0,
  }).format(share);
}

/** The visible words for a booking's state (a closure has its own). */
export function statusKey(booking: Pick<RoomBookingSummary, 'kind' | 'status'>): string {
  return booking.kind === 'blackout' ? 'rooms.status.blackout' : `rooms.status.${booking.status}`;
}

/** The icon of a state: the text says the same, the icon only helps the quick look. */
export type StatusIcon = 'check' | 'clock' | 'hourglass' | 'lock' | 'cross';

export function statusIcon(booking: Pick<RoomBookingSummary, 'kind' | 'status'>): StatusIcon {
  if (booking.kind === 'blackout') return 'lock';
  const icons: Record<RoomBookingStatus, StatusIcon> = {
    confirmed: 'check',
    pending: 'clock',
    held: 'hourglass',
    rejected: 'cross',
    cancelled: 'cross',
    expired: 'cross',
    released: 'cross',
  };
  return icons[booking.status];
}

/**
 * Wraps a name or free text in Unicode isolates (FSI … PDI) before it goes into a translated sentence, so a
 * Latin title inside Arabic or Persian text (or the reverse) keeps its own direction.
 */
export function isolated(text: string | null): string {
  return text === null ? '' : `\u2068${text}\u2069`;
}

/**
 * Two times as a span, e.g. "18:00–20:00". Isolated, so in Arabic and Persian the span reads from its start
 * on the right, and digits of both ends stay together.
 */
export function timeRangeText(from: string, to: string): string {
  return `\u2068${from}\u2069–\u2068${to}\u2069`;
}

/** The comma between parts of a sentence: the Arabic comma in Arabic and Persian. */
export function listSeparator(locale: string): string {
  return locale === 'ar' || locale === 'fa' ? '، ' : ', ';
}

/** Parts of a line ("Dienstag, 14. Mai", "18:00–20:00") joined with the reader's comma. */
export function joined(locale: string, ...parts: string[]): string {
  return parts.filter((part) => part !== '').join(listSeparator(locale));
}
