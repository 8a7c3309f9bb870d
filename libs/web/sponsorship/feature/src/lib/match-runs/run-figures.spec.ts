import { formatDuration, formatScore, largestShare, weightSharesOf } from './run-figures';

const NONE = {
  language: 0,
  proximity: 0,
  availability: 0,
  lifeStage: 0,
  needsFit: 0,
  waitingBonus: 0,
  urgency: 0,
};

describe('run figures', () => {
  it('turns weights as entered into shares of their sum', () => {
    const shares = weightSharesOf({ ...NONE, language: 3, urgency: 1 });
    expect(shares.language).toBeCloseTo(0.75);
    expect(shares.urgency).toBeCloseTo(0.25);
    expect(weightSharesOf(NONE).language).toBe(0);
  });

  it('finds the largest share and calls it dominant only above one half', () => {
    expect(largestShare({ ...NONE, language: 0.4, proximity: 0.35, needsFit: 0.25 })).toEqual({
      component: 'language',
      share: 0.4,
      dominant: false,
    });
    expect(largestShare({ ...NONE, waitingBonus: 0.62, language: 0.38 })).toMatchObject({
      component: 'waitingBonus',
      dominant: true,
    });
    expect(largestShare({ ...NONE, language: 0.5, proximity: 0.5 })?.dominant).toBe(false);
    expect(largestShare(NONE)).toBeNull();
  });

  it('writes durations and score sums the way the reader writes them', () => {
    expect(formatDuration(42, 'de')).toMatch(/^42\sms$/);
    expect(formatDuration(1540, 'de')).toMatch(/^1,5\sSek\.$/);
    expect(formatDuration(1540, 'en')).toMatch(/^1\.5\ssec$/);
    expect(formatScore(7.4251, 'de')).toBe('7,43');
  });
});
