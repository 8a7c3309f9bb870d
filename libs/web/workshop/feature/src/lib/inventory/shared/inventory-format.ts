import { berlinToday } from '@zusammen/web/workshop/data-access';
import { formatDay as formatLocalDay } from '../../counter/shared/counter-format';

export { formatCount, formatInstant, formatMoney } from '../../counter/shared/counter-format';

/**
 * A day as "Fr., 27. Nov. 2026": a local date `YYYY-MM-DD`, or an instant (read as its day in Borken; some
 * answers carry `roadworthyUntil` / `validUntil` as instants).
 */
export function formatDay(value: string | null, locale: string): string {
  if (value && value.length > 10) {
    const instant = new Date(value);
    if (!Number.isNaN(instant.getTime())) return formatLocalDay(berlinToday(instant), locale);
  }
  return formatLocalDay(value, locale);
}

/** Minutes of work as hours and minutes in the reader's words and digits, e.g. "2 Std., 30 Min.". */
export function formatMinutes(minutes: number, locale: string): string {
  const unit = (value: number, name: 'hour' | 'minute'): string =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(
      value,
    );
  const h = Math.floor(Math.abs(minutes) / 60);
  const m = Math.abs(minutes) % 60;
  const sign = minutes < 0 ? '−' : '';
  if (h === 0) return `${sign}${unit(m, 'minute')}`;
  if (m === 0) return `${sign}${unit(h, 'hour')}`;
  return `${sign}${unit(h, 'hour')} ${unit(m, 'minute')}`;
}

/** A period of months as hours with one decimal, e.g. 150 → "2,5". */
export function formatHours(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(minutes / 60);
}
