import type { WorkProgramme } from '@zusammen/shared/contracts';
import { PROGRAMME_LABELS } from './report-csv';
import { euros, hours, toCsv, type CsvCell } from './workshop-csv';

/**
 * Hourly allowance per programme in cents (workshop.md § 3: € 0.80 per hour for § 5 AsylbLG). § 16d SGB II is
 * paid by the Jobcenter at its own rate and volunteers are not paid, so they have none here.
 */
export const HOURLY_RATE_CENTS: Record<WorkProgramme, number | null> = {
  volunteer: null,
  asylblg_5: 80,
  sgb2_16d: null,
};

/** Approved minutes of one person in one programme and month. */
export interface HoursRow {
  workerName: string;
  programme: WorkProgramme;
  minutesApproved: number;
}

/** Amount in cents for `minutes` at `rateCents` per hour, rounded to the cent. */
export const allowanceCents = (minutes: number, rateCents: number): number =>
  Math.round((minutes * rateCents) / 60);

/** `fahrradwerkstatt-stunden-2026-11.csv` */
export const hoursCsvFileName = (month: string): string => `fahrradwerkstatt-stunden-${month}.csv`;

/**
 * The person-level hours export for the paying offices (staff only): one row per person and programme with the
 * approved minutes, hours, the hourly rate and the amount where the programme has one, then a total row.
 * Rows in the given order (the service sorts by programme, then name).
 */
export function hoursCsv(month: string, rows: readonly HoursRow[]): string {
  let totalMinutes = 0;
  let totalCents = 0;
  const lines: CsvCell[][] = [
    [
      'Monat',
      'Name',
      'Programm',
      'Minuten genehmigt',
      'Stunden',
      'Satz (EUR/Std.)',
      'Betrag (EUR)',
    ],
  ];
  for (const row of rows) {
    const rate = HOURLY_RATE_CENTS[row.programme];
    const amount = rate === null ? null : allowanceCents(row.minutesApproved, rate);
    totalMinutes += row.minutesApproved;
    totalCents += amount ?? 0;
    lines.push([
      month,
      row.workerName,
      PROGRAMME_LABELS[row.programme],
      row.minutesApproved,
      hours(row.minutesApproved),
      rate === null ? null : euros(rate),
      amount === null ? null : euros(amount),
    ]);
  }
  lines.push([month, 'Summe', null, totalMinutes, hours(totalMinutes), null, euros(totalCents)]);
  return toCsv(lines);
}
