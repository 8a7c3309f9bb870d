import { APP_TIME_ZONE } from '@zusammen/web/core';

// Dates of the Haus der Begegnung are read in the Gregorian calendar (as on letters and flyers in Borken),
// also in Persian, whose default would be the Solar Hijri calendar.
const gregorian = (locale: string): string => `${locale}-u-ca-gregory`;

const cache = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(gregorian(locale), options);
    cache.set(key, formatter);
  }
  return formatter;
}

/** A day heading, e.g. "Montag, 7. Dezember 2026", for a Borken day `YYYY-MM-DD`. */
export function formatDayHeading(day: string, locale: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return format(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** The wall-clock time in Borken, e.g. "17:00" (or "5:00 PM"). */
export function formatTime(iso: string, locale: string): string {
  return format(locale, { hour: 'numeric', minute: '2-digit', timeZone: APP_TIME_ZONE }).format(
    new Date(iso),
  );
}

/** The day of an instant in Borken with its weekday, e.g. "Mo., 7. Dez. 2026". */
export function formatDate(iso: string, locale: string): string {
  return format(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: APP_TIME_ZONE,
  }).format(new Date(iso));
}

/** Date and time in Borken, e.g. "7. Dez. 2026, 17:00". */
export function formatDateTime(iso: string, locale: string): string {
  return format(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: APP_TIME_ZONE,
  }).format(new Date(iso));
}

/** A whole number in the reader's digits. */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/**
 * A date with its time span for sentences and lists, through the catalog's `events.time.dateRange` (word
 * order and separators of the reader's language), e.g. "Fr., 18. Dez. 2026, 8:00 bis 9:30 Uhr".
 */
export function formatWhen(
  translate: (key: string, params: Record<string, string>) => string,
  startsAt: string,
  endsAt: string,
  locale: string,
): string {
  return translate('events.time.dateRange', {
    date: formatDate(startsAt, locale),
    start: formatTime(startsAt, locale),
    end: formatTime(endsAt, locale),
  });
}
