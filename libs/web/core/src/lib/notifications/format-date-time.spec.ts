import { formatDateTime } from './format-date-time';

describe('formatDateTime', () => {
  it('shows Berlin time in the reader language', () => {
    // 14:05 UTC in November is 15:05 in Berlin (CET).
    expect(formatDateTime('2026-11-26T14:05:00.000Z', 'de')).toContain('15:05');
    expect(formatDateTime('2026-11-26T14:05:00.000Z', 'de')).toContain('26.11.2026');
    expect(formatDateTime('2026-07-01T14:05:00.000Z', 'en')).toContain('4:05');
  });

  it('uses the script of Arabic', () => {
    expect(formatDateTime('2026-11-26T14:05:00.000Z', 'ar')).toMatch(/[\u0600-\u06FF]/);
  });
});
