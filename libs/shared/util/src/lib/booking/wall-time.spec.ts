import {
  addDays,
  addYears,
  daysBetween,
  isLocalDate,
  isoWeekday,
  isWallTime,
  localDateOf,
  localDayBounds,
  localTimeOf,
  minutesOfDay,
  zonedInstant,
} from './wall-time';

const BERLIN = 'Europe/Berlin';

describe('zonedInstant', () => {
  it('converts winter and summer wall times with their offsets', () => {
    expect(zonedInstant('2026-01-15', '17:00', BERLIN).toISOString()).toBe(
      '2026-01-15T16:00:00.000Z',
    );
    expect(zonedInstant('2026-07-15', '17:00', BERLIN).toISOString()).toBe(
      '2026-07-15T15:00:00.000Z',
    );
    expect(zonedInstant('2026-07-15', '17:00:30', BERLIN).toISOString()).toBe(
      '2026-07-15T15:00:30.000Z',
    );
  });

  it('moves a time in the spring gap one hour later (02:30 → 03:30 CEST)', () => {
    const instant = zonedInstant('2026-03-29', '02:30', BERLIN);
    expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(localTimeOf(instant, BERLIN)).toBe('03:30');
  });

  it('takes the first occurrence (CEST) of an ambiguous autumn time', () => {
    expect(zonedInstant('2026-10-25', '02:30', BERLIN).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(zonedInstant('2026-10-25', '03:00', BERLIN).toISOString()).toBe(
      '2026-10-25T02:00:00.000Z',
    );
  });

  it('works in other zones and rejects bad input', () => {
    expect(zonedInstant('2026-07-15', '09:00', 'Pacific/Auckland').toISOString()).toBe(
      '2026-07-14T21:00:00.000Z',
    );
    expect(() => zonedInstant('2026-02-30', '10:00', BERLIN)).toThrow(RangeError);
    expect(() => zonedInstant('2026-02-01', '24:30', BERLIN)).toThrow(RangeError);
    expect(() => zonedInstant('2026-02-01', '9:00', BERLIN)).toThrow(RangeError);
    expect(() => zonedInstant('2026-02-01', '09:00', 'Mars/Olympus')).toThrow();
  });
});

describe('local date and time of an instant', () => {
  it('uses the named zone, not the process zone', () => {
    const lateEvening = new Date('2026-03-28T23:30:00Z');
    expect(localDateOf(lateEvening, BERLIN)).toBe('2026-03-29');
    expect(localTimeOf(lateEvening, BERLIN)).toBe('00:30');
    expect(localDateOf(lateEvening, 'UTC')).toBe('2026-03-28');
    expect(localTimeOf(new Date('2026-10-25T00:30:00Z'), BERLIN)).toBe('02:30');
    expect(localTimeOf(new Date('2026-10-25T01:30:00Z'), BERLIN)).toBe('02:30');
  });

  it('rejects an invalid Date', () => {
    expect(() => localDateOf(new Date('nope'), BERLIN)).toThrow(RangeError);
  });
});

describe('calendar helpers', () => {
  it('knows ISO weekdays', () => {
    expect(isoWeekday('2026-03-29')).toBe(7);
    expect(isoWeekday('2026-03-30')).toBe(1);
    expect(isoWeekday('2026-03-31')).toBe(2);
  });

  it('adds days, years and counts days across DST and year ends', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addYears('2028-02-29', 2)).toBe('2030-02-28');
    expect(daysBetween('2026-03-28', '2026-03-31')).toBe(3);
    expect(daysBetween('2026-03-31', '2026-03-28')).toBe(-3);
  });

  it('validates dates and times', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-2-1')).toBe(false);
    expect(isLocalDate(20260201)).toBe(false);
    expect(isWallTime('00:00')).toBe(true);
    expect(isWallTime('23:59:59')).toBe(true);
    expect(isWallTime('24:00')).toBe(false);
    expect(minutesOfDay('17:45')).toBe(1065);
    expect(minutesOfDay('24:00')).toBe(1440);
  });

  it('gives 23- and 25-hour local days on the DST Sundays', () => {
    const hours = (date: string) => {
      const { start, end } = localDayBounds(date, BERLIN);
      return (end.getTime() - start.getTime()) / 3_600_000;
    };
    expect(hours('2026-03-29')).toBe(23);
    expect(hours('2026-10-25')).toBe(25);
    expect(hours('2026-06-01')).toBe(24);
  });
});
