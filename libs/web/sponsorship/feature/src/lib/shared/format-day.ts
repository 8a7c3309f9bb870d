/**
 * A calendar date (`YYYY-MM-DD`, no time) in the reader's language, e.g. "1. November 2026". Formatted in
 * UTC because the value is a day, not a moment: any other zone could shift it by one.
 */
export function formatDay(isoDate: string, locale: string): string {
  const day = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
}
