/** A report period: calendar dates `YYYY-MM-DD`, both inclusive. */
export interface ReportPeriod {
  from: string;
  to: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.toISOString().slice(0, 10) === text;
}

/** The last twelve months up to `today` (as the API's default): from the same date one year earlier. */
export function defaultReportPeriod(today: string): ReportPeriod {
  const [year, month, day] = today.split('-').map(Number);
  // 29 February has no twin a year earlier: 28 February then.
  const lastOfMonth = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  const from = `${String(year - 1).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(
    Math.min(day, lastOfMonth),
  ).padStart(2, '0')}`;
  return { from, to: today };
}

/** Why a typed period cannot be asked for; null when it can. */
export type ReportPeriodProblem = 'fromMissing' | 'toMissing' | 'order';

export function reportPeriodProblemOf(period: ReportPeriod): ReportPeriodProblem | null {
  if (!isIsoDay(period.from)) return 'fromMissing';
  if (!isIsoDay(period.to)) return 'toMissing';
  return period.from > period.to ? 'order' : null;
}

/** Every calendar month (`YYYY-MM`) the period touches, oldest first. */
export function monthsOf(period: ReportPeriod): string[] {
  const months: string[] = [];
  let [year, month] = period.from.split('-').map(Number);
  const last = period.to.slice(0, 7);
  // A guard against a reversed or absurd period: at most 100 years of months.
  for (let i = 0; i < 1200; i++) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * Pairings created per month for every month of the period, 0 where the server listed none, so a quiet
 * month shows as a gap rather than disappearing from the chart.
 */
export function createdPerMonth(
  period: ReportPeriod,
  counts: readonly { month: string; count: number }[],
): { month: string; count: number }[] {
  const byMonth = new Map(counts.map((entry) => [entry.month, entry.count]));
  const months = monthsOf(period);
  // Months the server sent outside the period (it should not) are kept rather than hidden.
  const extra = counts.map((entry) => entry.month).filter((month) => !months.includes(month));
  return [...months, ...extra].sort().map((month) => ({ month, count: byMonth.get(month) ?? 0 }));
}
