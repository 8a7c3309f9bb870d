import { offerExpiresAt, waitlistClosesAt } from './waitlist-hold';

const H = 3_600_000;
const now = new Date('2026-05-01T08:00:00Z');
const inHours = (h: number) => new Date(now.getTime() + h * H);

describe('waitlist hold', () => {
  it('holds an offer for holdHours when the date is far away', () => {
    expect(offerExpiresAt(now, inHours(72), 12)).toEqual(inHours(12));
    expect(offerExpiresAt(now, inHours(24), 12)).toEqual(inHours(12));
  });

  it('holds 2 h when the date starts within 24 h', () => {
    expect(offerExpiresAt(now, inHours(23.5), 12)).toEqual(inHours(2));
    expect(offerExpiresAt(now, inHours(10), 1)).toEqual(inHours(1));
  });

  it('never holds past one hour before the start', () => {
    expect(offerExpiresAt(now, inHours(2.5), 12)).toEqual(inHours(1.5));
    expect(offerExpiresAt(now, inHours(30), 48)).toEqual(inHours(29));
  });

  it('closes the list one hour before the start', () => {
    expect(waitlistClosesAt(inHours(5))).toEqual(inHours(4));
  });
});
