import {
  addDays,
  berlinInstant,
  dayBounds,
  daysBetween,
  firstOfMonth,
  isLocalDate,
  isoWeekday,
  minutesOf,
  offsetMinutesAt,
  startOfIsoWeek,
  timeOfMinutes,
  todayInBerlin,
  wallClockOf,
} from './berlin-calendar';

// The browser's zone must not matter: run with TZ=UTC and TZ=Pacific/Auckland as well.
describe('berlin calendar', () => {
  it('reads the Berlin wall clock of an instant in winter and summer', () => {
    expect(wallClockOf('2026-01-15T17:00:00Z')).toEqual({
      date: '2026-01-15',
      time: '18:00',
      minutes: 18 * 60,
    });
    expect(wallClockOf('2026-07-15T16:00:00Z')).toEqual({
      date: '2026-07-15',
      time: '18:00',
      minutes: 18 * 60,
    });
    expect(wallClockOf('2026-07-15T22:30:00Z').date).toBe('2026-07-16');
    expect(offsetMinutesAt(Date.parse('2026-01-15T17:00:00Z'))).toBe(60);
    expect(offsetMinutesAt(Date.parse('2026-07-15T17:00:00Z'))).toBe(120);
  });

  it('turns a wall time into the instant, across both changes of 2026', () => {
    expect(berlinInstant('2026-03-28', '18:00').toISOString()).toBe('2026-03-28T17:00:00.000Z');
    expect(berlinInstant('2026-03-29', '18:00').toISOString()).toBe('2026-03-29T16:00:00.000Z');
    expect(berlinInstant('2026-10-24', '18:00').toISOString()).toBe('2026-10-24T16:00:00.000Z');
    expect(berlinInstant('2026-10-25', '18:00').toISOString()).toBe('2026-10-25T17:00:00.000Z');
  });

  it('follows RFC 5545 in the gap and the fold', () => {
    // 02:30 does not exist on 29 March: the offset from before the gap gives 03:30 CEST.
    expect(berlinInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice on 25 October: the first one (CEST).
    expect(berlinInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('knows 23- and 25-hour days', () => {
    const hours = (date: string): number => {
      const { start, end } = dayBounds(date);
      return (end.getTime() - start.getTime()) / 3_600_000;
    };
    expect(hours('2026-03-29')).toBe(23);
    expect(hours('2026-10-25')).toBe(25);
    expect(hours('2026-06-01')).toBe(24);
    expect(dayBounds('2026-03-29').start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });

  it('does calendar arithmetic on local dates', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(isoWeekday('2026-03-29')).toBe(7);
    expect(isoWeekday('2026-03-30')).toBe(1);
    expect(startOfIsoWeek('2026-03-29')).toBe('2026-03-23');
    expect(startOfIsoWeek('2026-03-23')).toBe('2026-03-23');
    expect(firstOfMonth('2026-01-31', 1)).toBe('2026-02-01');
    expect(firstOfMonth('2026-01-31', -1)).toBe('2025-12-01');
  });

  it('checks dates and times', () => {
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('29.02.2028')).toBe(false);
    expect(minutesOf('18:30')).toBe(1110);
    expect(minutesOf('24:00')).toBe(1440);
    expect(() => minutesOf('25:00')).toThrow(RangeError);
    expect(timeOfMinutes(1110)).toBe('18:30');
    expect(timeOfMinutes(1440)).toBe('24:00');
  });

  it('says which day it is in Borken, not in the browser', () => {
    // 23:30 UTC on 14 June is already 15 June in Berlin.
    expect(todayInBerlin(new Date('2026-06-14T23:30:00Z'))).toBe('2026-06-15');
  });
});
