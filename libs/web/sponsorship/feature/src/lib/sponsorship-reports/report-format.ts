/** A calendar month `YYYY-MM` in the reader's language: short for the chart, long for the table. */
export function formatMonth(month: string, locale: string, style: 'short' | 'long'): string {
  const day = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return month;
  return new Intl.DateTimeFormat(locale, {
    month: style,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(day);
}

/** A number of days with its unit, in the reader's language (e.g. "45 Tage"). */
export function formatDays(days: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(days);
}
