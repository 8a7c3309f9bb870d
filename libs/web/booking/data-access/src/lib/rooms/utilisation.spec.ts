import {
  defaultMonthPeriod,
  monthPeriodProblemOf,
  monthsOfPeriod,
  utilisationTotals,
} from './utilisation';

describe('utilisation', () => {
  it('defaults to the last six months', () => {
    expect(defaultMonthPeriod('2026-03-15')).toEqual({ from: '2025-10', to: '2026-03' });
    expect(monthsOfPeriod({ from: '2025-11', to: '2026-02' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('checks a period', () => {
    expect(monthPeriodProblemOf({ from: '', to: '2026-01' })).toBe('fromMissing');
    expect(monthPeriodProblemOf({ from: '2026-01', to: '2026-13' })).toBe('toMissing');
    expect(monthPeriodProblemOf({ from: '2026-02', to: '2026-01' })).toBe('order');
    expect(monthPeriodProblemOf({ from: '2020-01', to: '2026-01' })).toBe('tooLong');
    expect(monthPeriodProblemOf({ from: '2026-01', to: '2026-01' })).toBeNull();
  });

  it('adds up the months per room', () => {
    const row = (roomId: string, month: string, hoursOpen: number, hoursBooked: number) => ({
      roomId,
      roomName: roomId === 'a' ? 'Seminarraum' : 'Großer Saal',
      month,
      hoursOpen,
      hoursBooked,
      share: hoursOpen ? hoursBooked / hoursOpen : 0,
    });
    expect(
      utilisationTotals([
        row('a', '2026-01', 100, 20),
        row('a', '2026-02', 100, 60),
        row('b', '2026-01', 0, 0),
      ]),
    ).toEqual([
      { roomId: 'b', roomName: 'Großer Saal', hoursOpen: 0, hoursBooked: 0, share: 0 },
      { roomId: 'a', roomName: 'Seminarraum', hoursOpen: 200, hoursBooked: 80, share: 0.4 },
    ]);
  });
});
