import {
  createdPerMonth,
  defaultReportPeriod,
  monthsOf,
  reportPeriodProblemOf,
} from './report-period';

describe('report period', () => {
  it('defaults to the last twelve months', () => {
    expect(defaultReportPeriod('2026-11-26')).toEqual({ from: '2025-11-26', to: '2026-11-26' });
    expect(defaultReportPeriod('2028-02-29')).toEqual({ from: '2027-02-28', to: '2028-02-29' });
  });

  it('needs two real dates in order', () => {
    expect(reportPeriodProblemOf({ from: '2026-01-01', to: '2026-01-01' })).toBeNull();
    expect(reportPeriodProblemOf({ from: '', to: '2026-01-01' })).toBe('fromMissing');
    expect(reportPeriodProblemOf({ from: '2026-02-30', to: '2026-03-01' })).toBe('fromMissing');
    expect(reportPeriodProblemOf({ from: '2026-01-01', to: '' })).toBe('toMissing');
    expect(reportPeriodProblemOf({ from: '2026-02-01', to: '2026-01-31' })).toBe('order');
  });

  it('lists every month the period touches, across a year end', () => {
    expect(monthsOf({ from: '2025-11-26', to: '2026-02-01' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsOf({ from: '2026-03-01', to: '2026-02-01' })).toEqual([]);
  });

  it('fills quiet months with 0 and keeps what the server sent', () => {
    expect(
      createdPerMonth({ from: '2026-01-15', to: '2026-03-10' }, [
        { month: '2026-03', count: 2 },
        { month: '2026-01', count: 4 },
      ]),
    ).toEqual([
      { month: '2026-01', count: 4 },
      { month: '2026-02', count: 0 },
      { month: '2026-03', count: 2 },
    ]);
  });
});
