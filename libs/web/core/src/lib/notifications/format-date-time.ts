/** The town's time zone: dates are shown as people in Borken read them, wherever the browser is. */
export const APP_TIME_ZONE = 'Europe/Berlin';

/** A date and time in the reader's language, in Berlin time (e.g. "26.11.2026, 15:20"). */
export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: APP_TIME_ZONE,
  }).format(new Date(iso));
}
