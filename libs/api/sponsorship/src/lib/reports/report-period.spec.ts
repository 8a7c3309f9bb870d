import { resolveReportPeriod } from './report-period';

const TODAY = '2026-11-26';

describe('resolveReportPeriod', () => {
  it('defaults to the year up to today', () => {
    expect(resolveReportPeriod({}, TODAY)).toEqual({
      period: { from: '2025-11-26', to: '2026-11-26' },
    });
  });

  it('defaults from to the same date a year before a given to, 29 February to 28 February', () => {
    expect(resolveReportPeriod({ to: '2024-03-01' }, TODAY)).toEqual({
      period: { from: '2023-03-01', to: '2024-03-01' },
    });
    expect(resolveReportPeriod({ to: '2024-02-29' }, TODAY)).toEqual({
      period: { from: '2023-02-28', to: '2024-02-29' },
    });
  });

  it('keeps a given from with today as to, and accepts a single day', () => {
    expect(resolveReportPeriod({ from: '2026-01-01' }, TODAY)).toEqual({
      period: { from: '2026-01-01', to: TODAY },
    });
    expect(resolveReportPeriod({ from: TODAY, to: TODAY }, TODAY)).toEqual({
      period: { from: TODAY, to: TODAY },
    });
  });

  it('rejects malformed and impossible dates per field', () => {
    expect(resolveReportPeriod({ from: '2026-02-30', to: '26.11.2026' }, TODAY)).toEqual({
      problems: {
        from: ['from must be a date written YYYY-MM-DD'],
        to: ['to must be a date written YYYY-MM-DD'],
      },
    });
  });

  it('rejects from after to', () => {
    expect(resolveReportPeriod({ from: '2026-11-27', to: '2026-11-26' }, TODAY)).toEqual({
      problems: { from: ['from must not be after to'] },
    });
  });

  it('allows exactly five years and rejects one day more', () => {
    expect(resolveReportPeriod({ from: '2021-11-26', to: '2026-11-26' }, TODAY)).toEqual({
      period: { from: '2021-11-26', to: '2026-11-26' },
    });
    expect(resolveReportPeriod({ from: '2021-11-25', to: '2026-11-26' }, TODAY)).toEqual({
      problems: { to: ['the period must not exceed 5 years'] },
    });
  });
});
