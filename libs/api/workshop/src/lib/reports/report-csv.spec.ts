import type { WorkshopReport } from '@zusammen/shared/contracts';
import { personCount, workshopReportCsv } from './report-csv';

const REPORT: WorkshopReport = {
  from: '2026-10',
  to: '2026-11',
  months: [
    {
      month: '2026-10',
      takenIn: { donation: 3, lost_and_found: 2, purchase: 0 },
      refurbished: 2,
      handedOut: 4,
      returned: 1,
      retired: 1,
    },
    {
      month: '2026-11',
      takenIn: { donation: 1, lost_and_found: 0, purchase: 0 },
      refurbished: 1,
      handedOut: 2,
      returned: 3,
      retired: 0,
    },
  ],
  inUse: 3,
  fleet: 12,
  utilisation: 0.4375,
  partsUsed: [{ sku: 'SCHL-28', name: 'Schlauch 28"', quantity: 6, costCents: 2_370 }],
  partsCostCents: 2_370,
  hours: [
    { programme: 'volunteer', minutesApproved: 600, minutesPending: 0, people: 7 },
    { programme: 'asylblg_5', minutesApproved: 1_230, minutesPending: 120, people: 2 },
    { programme: 'sgb2_16d', minutesApproved: 0, minutesPending: 0, people: 0 },
  ],
};

describe('workshopReportCsv', () => {
  const lines = workshopReportCsv(REPORT)
    .replace(/^\uFEFF/, '')
    .split('\r\n');

  it('writes the key figures, the months, the parts and the hours with German headers', () => {
    expect(lines.slice(0, 8)).toEqual([
      'Kennzahl;Wert',
      'Von (Monat);2026-10',
      'Bis (Monat);2026-11',
      'Im Verleih am Ende des Zeitraums;3',
      'Fahrräder im Bestand;12',
      'Auslastung (Anteil);0,4375',
      'Ersatzteilkosten (EUR);23,70',
      '',
    ]);
    expect(lines).toContain(
      'Monat;Eingang Spende;Eingang Fundbüro;Eingang Kauf;Instand gesetzt;Ausgeliehen;Zurückgegeben;Ausgemustert',
    );
    expect(lines).toContain('2026-10;3;2;0;2;4;1;1');
    expect(lines).toContain('SCHL-28;"Schlauch 28""";6;23,70');
  });

  it('suppresses person counts of 1 to 4 but keeps 0 and 5 or more', () => {
    expect(lines).toContain('Ehrenamt;600;0;10,00;7');
    expect(lines).toContain('Arbeitsgelegenheit § 5 AsylbLG;1230;120;20,50;<5');
    expect(lines).toContain('Arbeitsgelegenheit § 16d SGB II;0;0;0,00;0');
    expect([0, 1, 4, 5].map(personCount)).toEqual([0, '<5', '<5', 5]);
  });
});
