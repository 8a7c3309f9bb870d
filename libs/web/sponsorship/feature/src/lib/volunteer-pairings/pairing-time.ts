import { APP_TIME_ZONE } from '@zusammen/web/core';

/**
 * The first meeting's date and time as people in Borken read them, with the weekday, e.g.
 * "Dienstag, 1. Dezember 2026 um 15:00". Only date and time come from Intl; the sentence around them is
 * translated.
 */
export function meetingDateTime(iso: string, locale: string): { date: string; time: string } {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return { date: iso, time: '' };
  const date = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: APP_TIME_ZONE,
  }).format(at);
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: APP_TIME_ZONE,
  }).format(at);
  return { date, time };
}
