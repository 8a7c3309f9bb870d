import { resolveRange } from './booking-range';

const now = new Date('2027-03-26T10:00:00Z');

describe('booking list ranges', () => {
  it('takes local dates in Europe/Berlin, the end date inclusive (a DST week is 167 hours)', () => {
    const range = resolveRange({ from: '2027-03-22', to: '2027-03-28' }, 7, 62, now);
    expect(range.from.toISOString()).toBe('2027-03-21T23:00:00.000Z');
    expect(range.to.toISOString()).toBe('2027-03-28T22:00:00.000Z');
  });

  it('takes ISO instants as they are and defaults to today and the given length', () => {
    expect(
      resolveRange({ from: '2027-03-22T00:00:00Z', to: '2027-03-23T00:00:00+01:00' }, 7, 62, now),
    ).toEqual({
      from: new Date('2027-03-22T00:00:00Z'),
      to: new Date('2027-03-22T23:00:00Z'),
    });
    expect(resolveRange({}, 7, 62, now).from.toISOString()).toBe('2027-03-25T23:00:00.000Z');
  });

  it('answers 422 for garbage, an empty range or one that is too long', () => {
    expect(() => resolveRange({ from: 'morgen' }, 7, 62, now)).toThrow('The request is invalid.');
    expect(() => resolveRange({ from: '2027-03-22', to: '2027-03-21' }, 7, 62, now)).toThrow();
    expect(() => resolveRange({ from: '2027-01-01', to: '2027-06-01' }, 7, 62, now)).toThrow();
  });
});
