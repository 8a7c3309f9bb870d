const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * `date` (`YYYY-MM-DD`) moved by whole calendar months; a day the target month lacks becomes its last day
 * (31 Aug + 6 months = 28/29 Feb) — the same answer as PostgreSQL's `date + interval 'n months'`, and how the
 * law counts periods such as § 548 BGB or the § 973 BGB holding period.
 */
export function addMonthsToDate(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** `YYYY-MM` plus `months` (negative goes back). */
export function addMonthsToMonth(month: string, months: number): string {
  return addMonthsToDate(`${month}-01`, months).slice(0, 7);
}

/** Every month from `from` to `to` (`YYYY-MM`, inclusive); empty when `from` is after `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonthsToMonth(month, 1)) months.push(month);
  return months;
}
