import { APP_TIME_ZONE } from '@zusammen/web/core';

// Dates at the desk are read in the Gregorian calendar (as on the contract), also in Persian.
const gregorian = (locale: string): string => `${locale}-u-ca-gregory`;
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(gregorian(locale), options);
    cache.set(key, format);
  }
  return format;
}

/**
 * A local date `YYYY-MM-DD`, e.g. "Fr., 27. Nov. 2026"; an instant (ISO with time) is shown as its day in
 * Borken.
 */
export function formatDay(day: string | null, locale: string): string {
  if (!day) return '';
  const instant = day.length > 10;
  const date = new Date(instant ? day : `${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return dateFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: instant ? APP_TIME_ZONE : 'UTC',
  }).format(date);
}

/** An instant as date and time in Borken. */
export function formatInstant(iso: string | null, locale: string): string {
  if (!iso) return '';
  return dateFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: APP_TIME_ZONE,
  }).format(new Date(iso));
}

/** Euro cents as money in the reader's format, e.g. "5,00 €". */
export function formatMoney(cents: number | null, locale: string): string {
  if (cents === null) return '';
  const key = `m|${locale}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    cache.set(key, format);
  }
  return format.format(cents / 100);
}

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A phone number as a `tel:` link. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** Euro amount as typed ("12,50" or "12.50") in cents; null when empty, NaN when not a number. */
export function centsOfInput(value: string): number | null {
  const text = value.trim().replace(/\s|€/g, '').replace(',', '.');
  if (!text) return null;
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return Number.NaN;
  return Math.round(Number(text) * 100);
}
