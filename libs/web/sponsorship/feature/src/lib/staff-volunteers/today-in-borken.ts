import { APP_TIME_ZONE } from '@zusammen/web/core';

/**
 * Today as `YYYY-MM-DD` in Borken: the default and the upper limit of the date fields (a step, a
 * certificate check or a consent cannot be in the future). `en-CA` writes dates in ISO order.
 */
export function todayInBorken(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: APP_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
