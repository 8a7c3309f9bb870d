import { formatDay, formatHours, formatMinutes } from './inventory-format';

describe('inventory format', () => {
  it('writes minutes as hours and minutes in the locale', () => {
    expect(formatMinutes(150, 'de')).toBe('2 Std. 30 Min.');
    expect(formatMinutes(45, 'de')).toBe('45 Min.');
    expect(formatMinutes(120, 'de')).toBe('2 Std.');
    expect(formatMinutes(90, 'en')).toBe('1 hr 30 min');
  });

  it('uses the reader digits and words', () => {
    expect(formatMinutes(90, 'ar-EG')).toContain('١');
    expect(formatMinutes(90, 'ar-EG')).not.toContain('min');
  });

  it('writes hours with one decimal in the locale', () => {
    expect(formatHours(150, 'de')).toBe('2,5');
    expect(formatHours(150, 'en')).toBe('2.5');
  });
});

describe('formatDay', () => {
  it('writes a local date and the Borken day of an instant alike', () => {
    expect(formatDay('2026-12-27', 'de')).toBe(formatDay('2026-12-26T23:30:00.000Z', 'de'));
    expect(formatDay('2026-12-27', 'de')).toContain('27');
    expect(formatDay(null, 'de')).toBe('');
  });
});
