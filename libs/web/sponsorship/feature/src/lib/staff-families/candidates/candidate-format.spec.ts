import { fitLevelOf, formatCount, formatKm, formatPercent } from './candidate-format';

describe('candidate format', () => {
  it('names the fit level at and between its bounds', () => {
    expect(fitLevelOf(1)).toBe('veryGood');
    expect(fitLevelOf(0.75)).toBe('veryGood');
    expect(fitLevelOf(0.7499)).toBe('good');
    expect(fitLevelOf(0.5)).toBe('good');
    expect(fitLevelOf(0.3)).toBe('partial');
    expect(fitLevelOf(0.2)).toBe('low');
    expect(fitLevelOf(0)).toBe('low');
  });

  it('writes percentages, kilometres and counts the way the reader writes them', () => {
    expect(formatPercent(0.823, 'de')).toBe('82\u00a0%');
    expect(formatPercent(0.823, 'en')).toBe('82%');
    expect(formatKm(3.46, 'de')).toMatch(/^3,5\skm$/);
    expect(formatKm(12, 'en')).toBe('12 km');
    expect(formatCount(1200, 'de')).toBe('1.200');
  });
});
