import { AGE_BANDS, FAMILY_STATUSES } from '@zusammen/shared/contracts';
import { hasMinors, isMatchable } from './family-rules';

describe('hasMinors', () => {
  it('is true as soon as one member is under 18', () => {
    expect(hasMinors(['27-64', '12-17'])).toBe(true);
    expect(hasMinors(['0-5'])).toBe(true);
    expect(hasMinors(['6-11', '65+'])).toBe(true);
  });

  it('is false for adults only and for no members', () => {
    expect(hasMinors(['18-26', '27-64', '65+'])).toBe(false);
    expect(hasMinors([])).toBe(false);
  });

  it('counts exactly the three bands under 18', () => {
    expect(AGE_BANDS.filter((band) => hasMinors([band]))).toEqual(['0-5', '6-11', '12-17']);
  });
});

describe('isMatchable', () => {
  it('needs status waiting and an active consent', () => {
    expect(isMatchable({ status: 'waiting', consentGiven: true })).toBe(true);
    expect(isMatchable({ status: 'waiting', consentGiven: false })).toBe(false);
  });

  it('is never true outside the waiting list, consent or not', () => {
    for (const status of FAMILY_STATUSES.filter((s) => s !== 'waiting')) {
      expect(isMatchable({ status, consentGiven: true })).toBe(false);
      expect(isMatchable({ status, consentGiven: false })).toBe(false);
    }
  });
});
