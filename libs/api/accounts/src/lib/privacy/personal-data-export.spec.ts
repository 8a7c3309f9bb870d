import { exportFileName } from './personal-data-export.service';

describe('exportFileName', () => {
  it('names the file by the day in Borken', () => {
    expect(exportFileName('2026-11-26T12:00:00.000Z')).toBe('zusammenleben-daten-2026-11-26.json');
  });

  it('uses the local day after midnight in Germany, while it is still the day before in UTC', () => {
    expect(exportFileName('2026-11-26T23:30:00.000Z')).toBe('zusammenleben-daten-2026-11-27.json');
    expect(exportFileName('2026-06-30T22:30:00.000Z')).toBe('zusammenleben-daten-2026-07-01.json');
  });
});
