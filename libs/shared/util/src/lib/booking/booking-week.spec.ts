import { isoWeekBounds } from './booking-week';

const BERLIN = 'Europe/Berlin';

describe('isoWeekBounds', () => {
  it('runs from Monday 00:00 to the next Monday 00:00 local time', () => {
    const { start, end } = isoWeekBounds(new Date('2026-06-10T12:00:00Z'), BERLIN);
    expect(start.toISOString()).toBe('2026-06-07T22:00:00.000Z');
    expect(end.toISOString()).toBe('2026-06-14T22:00:00.000Z');
  });

  it('puts Sunday late evening (local) into the week that ends then', () => {
    // Sunday 2026-06-14 23:30 CEST is still in the week of 8 June
    const { start } = isoWeekBounds(new Date('2026-06-14T21:30:00Z'), BERLIN);
    expect(start.toISOString()).toBe('2026-06-07T22:00:00.000Z');
    // Monday 00:30 CEST belongs to the next week
    const next = isoWeekBounds(new Date('2026-06-14T22:30:00Z'), BERLIN);
    expect(next.start.toISOString()).toBe('2026-06-14T22:00:00.000Z');
  });

  it('is 167 hours long in the spring week and 169 in the autumn week', () => {
    const spring = isoWeekBounds(new Date('2026-03-25T12:00:00Z'), BERLIN);
    expect(spring.start.toISOString()).toBe('2026-03-22T23:00:00.000Z');
    expect(spring.end.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect((spring.end.getTime() - spring.start.getTime()) / 3_600_000).toBe(167);
    const autumn = isoWeekBounds(new Date('2026-10-25T12:00:00Z'), BERLIN);
    expect((autumn.end.getTime() - autumn.start.getTime()) / 3_600_000).toBe(169);
  });
});
