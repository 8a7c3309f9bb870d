import { fleetUtilisation, overlapDays } from './fleet-utilisation';

const DAY = 86_400_000;
const at = (day: number) => Date.UTC(2026, 9, 1) + day * DAY;

describe('overlapDays', () => {
  it('clips a span to the period', () => {
    expect(overlapDays({ start: at(-5), end: at(3) }, at(0), at(10))).toBe(3);
    expect(overlapDays({ start: at(2), end: at(4) }, at(0), at(10))).toBe(2);
    expect(overlapDays({ start: at(8), end: null }, at(0), at(10))).toBe(2);
  });

  it('is 0 for spans outside the period', () => {
    expect(overlapDays({ start: at(10), end: at(12) }, at(0), at(10))).toBe(0);
    expect(overlapDays({ start: at(-3), end: at(0) }, at(0), at(10))).toBe(0);
  });
});

describe('fleetUtilisation', () => {
  it('divides loan days by lendable bike-days', () => {
    // two bikes lendable all 10 days (20 bike-days), one loan of 5 days → 0.25
    const lendable = [
      { start: at(-30), end: null },
      { start: at(-1), end: null },
    ];
    expect(fleetUtilisation(lendable, [{ start: at(2), end: at(7) }], at(0), at(10))).toBe(0.25);
  });

  it('counts a running loan up to the end of the period and a bike only while lendable', () => {
    // bike A lendable from day 5 (5 days), bike B retired on day 4 (4 days): 9 bike-days; loan from day 7: 3 days
    const lendable = [
      { start: at(5), end: null },
      { start: at(-10), end: at(4) },
    ];
    expect(fleetUtilisation(lendable, [{ start: at(7), end: null }], at(0), at(10))).toBe(0.3333);
  });

  it('is 0 without lendable days and never above 1', () => {
    expect(fleetUtilisation([], [{ start: at(0), end: at(5) }], at(0), at(10))).toBe(0);
    expect(
      fleetUtilisation(
        [{ start: at(0), end: at(1) }],
        [{ start: at(0), end: at(9) }],
        at(0),
        at(10),
      ),
    ).toBe(1);
    expect(fleetUtilisation([{ start: at(0), end: null }], [], at(5), at(5))).toBe(0);
  });
});
