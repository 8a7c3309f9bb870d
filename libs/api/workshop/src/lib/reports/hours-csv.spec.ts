import { allowanceCents, hoursCsv, hoursCsvFileName } from './hours-csv';

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('hoursCsv', () => {
  it('writes one row per person and programme, with the § 5 AsylbLG allowance and a total', () => {
    const csv = hoursCsv('2026-11', [
      { workerName: 'Ahmad Rahimi', programme: 'asylblg_5', minutesApproved: 1_230 },
      { workerName: 'Jens Büscher', programme: 'sgb2_16d', minutesApproved: 600 },
      { workerName: 'Gisela Tenhumberg', programme: 'volunteer', minutesApproved: 90 },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines(csv)).toEqual([
      'Monat;Name;Programm;Minuten genehmigt;Stunden;Satz (EUR/Std.);Betrag (EUR)',
      // 20.5 h × € 0.80 = € 16.40
      '2026-11;Ahmad Rahimi;Arbeitsgelegenheit § 5 AsylbLG;1230;20,50;0,80;16,40',
      '2026-11;Jens Büscher;Arbeitsgelegenheit § 16d SGB II;600;10,00;;',
      '2026-11;Gisela Tenhumberg;Ehrenamt;90;1,50;;',
      '2026-11;Summe;;1920;32,00;;16,40',
      '',
    ]);
  });

  it('defuses names a spreadsheet would run and quotes separators', () => {
    const csv = hoursCsv('2026-11', [
      { workerName: '=HYPERLINK("x")', programme: 'volunteer', minutesApproved: 60 },
      { workerName: 'Meier; Paul', programme: 'volunteer', minutesApproved: 60 },
    ]);
    expect(lines(csv)[1]).toBe(`2026-11;"'=HYPERLINK(""x"")";Ehrenamt;60;1,00;;`);
    expect(lines(csv)[2]).toBe('2026-11;"Meier; Paul";Ehrenamt;60;1,00;;');
  });

  it('has only the header and a zero total for a month without approved hours', () => {
    expect(lines(hoursCsv('2026-02', []))).toEqual([
      'Monat;Name;Programm;Minuten genehmigt;Stunden;Satz (EUR/Std.);Betrag (EUR)',
      '2026-02;Summe;;0;0,00;;0,00',
      '',
    ]);
  });

  it('rounds the allowance to the cent and names the file by month', () => {
    expect(allowanceCents(50, 80)).toBe(67); // 66.67 ct
    expect(allowanceCents(60, 80)).toBe(80);
    expect(hoursCsvFileName('2026-11')).toBe('fahrradwerkstatt-stunden-2026-11.csv');
  });
});
