import { anchorOrToday, initialView, shiftAnchor, viewDates, viewRange } from './calendar-view';

describe('calendar views', () => {
  it('shows a week from Monday to Sunday', () => {
    expect(viewDates('week', '2026-03-26')).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
  });

  it('asks for one week in Berlin time: 167 hours in the spring week, 169 in the autumn week', () => {
    const spring = viewRange('week', '2026-03-25');
    expect(spring).toEqual({ from: '2026-03-22T23:00:00.000Z', to: '2026-03-29T22:00:00.000Z' });
    const autumn = viewRange('week', '2026-10-21');
    expect(autumn).toEqual({ from: '2026-10-18T22:00:00.000Z', to: '2026-10-25T23:00:00.000Z' });
    const hours = (r: { from: string; to: string }): number =>
      (Date.parse(r.to) - Date.parse(r.from)) / 3_600_000;
    expect(hours(spring)).toBe(167);
    expect(hours(autumn)).toBe(169);
  });

  it('asks for one day in the day view and the rooms timeline', () => {
    expect(viewRange('day', '2026-10-25')).toEqual({
      from: '2026-10-24T22:00:00.000Z',
      to: '2026-10-25T23:00:00.000Z',
    });
    expect(viewDates('timeline', '2026-10-25')).toEqual(['2026-10-25']);
  });

  it('shows a month as whole weeks and asks for all of them at once', () => {
    const dates = viewDates('month', '2026-03-10');
    expect(dates[0]).toBe('2026-02-23');
    expect(dates[dates.length - 1]).toBe('2026-04-05');
    expect(dates).toHaveLength(42);
    expect(viewDates('month', '2027-02-10')).toHaveLength(28);
    expect(viewRange('month', '2026-03-10')).toEqual({
      from: '2026-02-22T23:00:00.000Z',
      to: '2026-04-05T22:00:00.000Z',
    });
  });

  it('moves by a week, a day or a month', () => {
    expect(shiftAnchor('week', '2026-03-26', 1)).toBe('2026-04-02');
    expect(shiftAnchor('day', '2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftAnchor('timeline', '2026-03-28', 1)).toBe('2026-03-29');
    expect(shiftAnchor('month', '2026-03-31', 1)).toBe('2026-04-30');
    expect(shiftAnchor('month', '2026-01-15', -1)).toBe('2025-12-15');
  });

  it('starts with the day view on a phone unless a view was asked for', () => {
    expect(initialView(null, true)).toBe('day');
    expect(initialView(null, false)).toBe('week');
    expect(initialView('month', true)).toBe('month');
    expect(initialView('year', false)).toBe('week');
    expect(anchorOrToday('2026-02-30', '2026-05-01')).toBe('2026-05-01');
    expect(anchorOrToday('2026-02-28', '2026-05-01')).toBe('2026-02-28');
  });
});
