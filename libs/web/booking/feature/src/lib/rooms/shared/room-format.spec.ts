import {
  dayRangeText,
  dayText,
  minutesText,
  percentText,
  timeRangeText,
  timeText,
  weekdayNames,
} from './room-format';

// Times are Borken's whatever zone the test runs in (run with TZ=Pacific/Auckland as well).
describe('room formats', () => {
  it('writes instants in Berlin time, in the reader’s language', () => {
    expect(timeText('2026-10-24T16:00:00Z', 'de')).toBe('18:00');
    expect(timeText('2026-10-25T17:00:00Z', 'de')).toBe('18:00');
    expect(minutesText(1110, 'de')).toBe('18:30');
    expect(timeRangeText('18:00', '20:00')).toBe('\u206818:00\u2069–\u206820:00\u2069');
  });

  it('writes local dates without shifting them', () => {
    expect(dayText('2026-03-29', 'de')).toBe('Sonntag, 29. März');
    expect(dayText('2026-03-29', 'de', true)).toBe('Sonntag, 29. März 2026');
    expect(dayRangeText('2026-03-23', '2026-03-29', 'de')).toBe('23.–29. März 2026');
    expect(weekdayNames('de', 'short')[0]).toBe('Mo');
    expect(weekdayNames('ar', 'long')[4]).toBe('الجمعة');
  });

  it('keeps a small share visible', () => {
    expect(percentText(0.0023, 'de')).toBe('0,2\u00a0%');
    expect(percentText(0, 'de')).toBe('0\u00a0%');
    expect(percentText(0.456, 'de')).toBe('46\u00a0%');
  });
});
