import {
  addMonths,
  addMonthsToDate,
  berlinToday,
  defaultReportPeriod,
  isMonth,
  monthOfDate,
} from './berlin-date';

describe('berlin dates', () => {
  it('takes the Borken day, not the UTC one, just after midnight', () => {
    expect(berlinToday(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27');
    expect(berlinToday(new Date('2026-07-31T22:30:00Z'))).toBe('2026-08-01');
  });

  it('counts the holding period in calendar months', () => {
    expect(addMonthsToDate('2026-03-15', 6)).toBe('2026-09-15');
    expect(addMonthsToDate('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonthsToDate('2027-08-31', 6)).toBe('2028-02-29');
  });

  it('moves months across the year', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthOfDate('2026-11-27')).toBe('2026-11');
  });

  it('defaults the report to the last twelve months including the current one', () => {
    expect(defaultReportPeriod('2026-11-27')).toEqual({ from: '2025-12', to: '2026-11' });
    expect(defaultReportPeriod('2026-03-01', 3)).toEqual({ from: '2026-01', to: '2026-03' });
  });

  it('accepts only real months', () => {
    expect(isMonth('2026-12')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-1')).toBe(false);
  });
});
