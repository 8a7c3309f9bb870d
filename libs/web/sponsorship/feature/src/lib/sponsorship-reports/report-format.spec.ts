import { formatDays, formatMonth } from './report-format';

describe('report format', () => {
  it('writes months the way the reader writes them, in any time zone', () => {
    expect(formatMonth('2026-01', 'de', 'long')).toBe('Januar 2026');
    expect(formatMonth('2026-01', 'en', 'short')).toBe('Jan 2026');
    expect(formatMonth('kaputt', 'de', 'long')).toBe('kaputt');
  });

  it('writes days with their unit', () => {
    expect(formatDays(45, 'de')).toBe('45 Tage');
    expect(formatDays(1, 'de')).toBe('1 Tag');
    expect(formatDays(12.5, 'en')).toBe('12.5 days');
  });
});
