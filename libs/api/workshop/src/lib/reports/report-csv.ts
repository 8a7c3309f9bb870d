import type { WorkProgramme, WorkshopReport } from '@zusammen/shared/contracts';
import { euros, hours, toCsv, type CsvCell } from './workshop-csv';

/** Programme names as the paying offices and funders know them. */
export const PROGRAMME_LABELS: Record<WorkProgramme, string> = {
  volunteer: 'Ehrenamt',
  asylblg_5: 'Arbeitsgelegenheit § 5 AsylbLG',
  sgb2_16d: 'Arbeitsgelegenheit § 16d SGB II',
};

/** Counts of people below this are shown as `<5` (workshop.md § 6: aggregates only, small cells suppressed). */
export const MIN_PERSON_COUNT = 5;

/** A count of people: 0 stays 0, 1–4 become `<5`, so no one can be singled out. */
export function personCount(n: number): CsvCell {
  return n > 0 && n < MIN_PERSON_COUNT ? `<${MIN_PERSON_COUNT}` : n;
}

/** `fahrradwerkstatt-bericht-2026-01-2026-12.csv` */
export const reportCsvFileName = (from: string, to: string): string =>
  `fahrradwerkstatt-bericht-${from}-${to}.csv`;

/**
 * The report as CSV with German headers: key figures, one row per month, parts used, hours per programme;
 * sections separated by an empty line. Bikes, parts and minutes only; person counts below 5 suppressed.
 */
export function workshopReportCsv(report: WorkshopReport): string {
  const rows: CsvCell[][] = [
    ['Kennzahl', 'Wert'],
    ['Von (Monat)', report.from],
    ['Bis (Monat)', report.to],
    ['Im Verleih am Ende des Zeitraums', report.inUse],
    ['Fahrräder im Bestand', report.fleet],
    ['Auslastung (Anteil)', report.utilisation],
    ['Ersatzteilkosten (EUR)', euros(report.partsCostCents)],
    [],
    [
      'Monat',
      'Eingang Spende',
      'Eingang Fundbüro',
      'Eingang Kauf',
      'Instand gesetzt',
      'Ausgeliehen',
      'Zurückgegeben',
      'Ausgemustert',
    ],
    ...report.months.map((m) => [
      m.month,
      m.takenIn.donation,
      m.takenIn.lost_and_found,
      m.takenIn.purchase,
      m.refurbished,
      m.handedOut,
      m.returned,
      m.retired,
    ]),
    [],
    ['Artikelnummer', 'Ersatzteil', 'Menge', 'Kosten (EUR)'],
    ...report.partsUsed.map((p) => [p.sku, p.name, p.quantity, euros(p.costCents)]),
    [],
    ['Programm', 'Minuten genehmigt', 'Minuten offen', 'Stunden genehmigt', 'Personen'],
    ...report.hours.map((h) => [
      PROGRAMME_LABELS[h.programme],
      h.minutesApproved,
      h.minutesPending,
      hours(h.minutesApproved),
      personCount(h.people),
    ]),
  ];
  return toCsv(rows);
}
