import { addMonthsToDate, addMonthsToMonth, monthsBetween } from './calendar-months';

describe('calendar months', () => {
  it('clamps the day to the last day of the target month, like PostgreSQL', () => {
    expect(addMonthsToDate('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonthsToDate('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonthsToDate('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonthsToDate('2026-11-27', 6)).toBe('2027-05-27');
    expect(addMonthsToDate('2026-01-15', -13)).toBe('2024-12-15');
  });

  it('moves months across years both ways', () => {
    expect(addMonthsToMonth('2026-11', 2)).toBe('2027-01');
    expect(addMonthsToMonth('2027-01', -11)).toBe('2026-02');
    expect(addMonthsToMonth('2026-12', -12)).toBe('2025-12');
  });

  it('lists the months of a period inclusively', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(monthsBetween('2027-03', '2027-02')).toEqual([]);
  });
});
