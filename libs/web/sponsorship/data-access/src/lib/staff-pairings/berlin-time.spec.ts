import { isoToLocalDateTime, localDateTimeToIso } from './berlin-time';

describe('Borken time for the first meeting', () => {
  it('reads winter times as UTC+1 and summer times as UTC+2', () => {
    expect(localDateTimeToIso('2026-12-03', '17:30')).toBe('2026-12-03T16:30:00.000Z');
    expect(localDateTimeToIso('2026-07-03', '09:05')).toBe('2026-07-03T07:05:00.000Z');
  });

  it('handles the days the clocks change', () => {
    // 29 March 2026: 02:00 becomes 03:00; 10:00 local is already summer time.
    expect(localDateTimeToIso('2026-03-29', '10:00')).toBe('2026-03-29T08:00:00.000Z');
    // 25 October 2026: 03:00 becomes 02:00; 18:00 local is winter time again.
    expect(localDateTimeToIso('2026-10-25', '18:00')).toBe('2026-10-25T17:00:00.000Z');
  });

  it('refuses empty or malformed input', () => {
    expect(localDateTimeToIso('', '10:00')).toBeNull();
    expect(localDateTimeToIso('2026-12-03', '')).toBeNull();
    expect(localDateTimeToIso('2026-13-03', '10:00')).toBeNull();
    expect(localDateTimeToIso('2026-12-03', '25:00')).toBeNull();
  });

  it('turns an instant back into the fields, in Borken time', () => {
    expect(isoToLocalDateTime('2026-12-03T16:30:00.000Z')).toEqual({
      date: '2026-12-03',
      time: '17:30',
    });
    expect(isoToLocalDateTime('2026-07-02T22:15:00Z')).toEqual({
      date: '2026-07-03',
      time: '00:15',
    });
    expect(isoToLocalDateTime('not a date')).toBeNull();
  });
});
