import type { RoomUtilisationRow } from '@zusammen/shared/contracts';

/** A report period in calendar months `YYYY-MM`, both inclusive. */
export interface MonthPeriod {
  from: string;
  to: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, m - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

/** The last six months up to the month of `today`. */
export function defaultMonthPeriod(today: string): MonthPeriod {
  const to = today.slice(0, 7);
  return { from: shiftMonth(to, -5), to };
}

export type MonthPeriodProblem = 'fromMissing' | 'toMissing' | 'order' | 'tooLong';

export function monthPeriodProblemOf(period: MonthPeriod): MonthPeriodProblem | null {
  if (!isMonth(period.from)) return 'fromMissing';
  if (!isMonth(period.to)) return 'toMissing';
  if (period.from > period.to) return 'order';
  return monthsOfPeriod(period).length > 36 ? 'tooLong' : null;
}

export function monthsOfPeriod(period: MonthPeriod): string[] {
  const months: string[] = [];
  for (
    let month = period.from;
    month <= period.to && months.length <= 120;
    month = shiftMonth(month, 1)
  ) {
    months.push(month);
  }
  return months;
}

/** Per room over the whole period: hours open, hours booked and the share. */
export interface RoomUtilisationTotal {
  roomId: string;
  roomName: string;
  hoursOpen: number;
  hoursBooked: number;
  share: number;
}

export function utilisationTotals(rows: readonly RoomUtilisationRow[]): RoomUtilisationTotal[] {
  const byRoom = new Map<string, RoomUtilisationTotal>();
  for (const row of rows) {
    const total = byRoom.get(row.roomId) ?? {
      roomId: row.roomId,
      roomName: row.roomName,
      hoursOpen: 0,
      hoursBooked: 0,
      share: 0,
    };
    total.hoursOpen += row.hoursOpen;
    total.hoursBooked += row.hoursBooked;
    byRoom.set(row.roomId, total);
  }
  return [...byRoom.values()]
    .map((total) => ({
      ...total,
      share: total.hoursOpen > 0 ? total.hoursBooked / total.hoursOpen : 0,
    }))
    .sort((a, b) => a.roomName.localeCompare(b.roomName, 'de'));
}
