import { berlinInstant } from './public-range';

describe('berlinInstant', () => {
  it('reads a plain date as midnight in Borken, in winter and in summer', () => {
    expect(berlinInstant('2027-01-12').toISOString()).toBe('2027-01-11T23:00:00.000Z');
    expect(berlinInstant('2027-07-12').toISOString()).toBe('2027-07-11T22:00:00.000Z');
  });

  it('keeps an instant as given', () => {
    expect(berlinInstant('2027-01-12T10:00:00Z').toISOString()).toBe('2027-01-12T10:00:00.000Z');
  });
});
