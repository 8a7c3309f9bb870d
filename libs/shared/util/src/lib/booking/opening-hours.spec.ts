import type { OpeningHours } from '@zusammen/shared/contracts';
import { nextFreeSlots, withinOpeningHours } from './opening-hours';
import { zonedInstant } from './wall-time';

const BERLIN = 'Europe/Berlin';
/** Monday to Friday 08:00–22:00, Saturday 08:00–15:00, Sunday closed. */
const HOURS: OpeningHours[] = [
  ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '22:00' })),
  { weekday: 6, opens: '08:00', closes: '15:00' },
];
const at = (date: string, time: string) => zonedInstant(date, time, BERLIN);
const iso = (slots: { startsAt: Date; endsAt: Date }[]) =>
  slots.map((s) => [s.startsAt.toISOString(), s.endsAt.toISOString()]);

describe('withinOpeningHours', () => {
  it('accepts ranges inside one entry of the weekday, edges included', () => {
    expect(withinOpeningHours(HOURS, '2026-06-08', '08:00', '22:00')).toBe(true);
    expect(withinOpeningHours(HOURS, '2026-06-13', '13:00', '15:00')).toBe(true);
  });

  it('rejects closed days, ranges over the edges and empty ranges', () => {
    expect(withinOpeningHours(HOURS, '2026-06-14', '10:00', '11:00')).toBe(false); // Sunday
    expect(withinOpeningHours(HOURS, '2026-06-13', '14:00', '15:30')).toBe(false);
    expect(withinOpeningHours(HOURS, '2026-06-08', '07:30', '09:00')).toBe(false);
    expect(withinOpeningHours(HOURS, '2026-06-08', '10:00', '10:00')).toBe(false);
  });

  it('does not join two entries of one day across a break', () => {
    const split: OpeningHours[] = [
      { weekday: 3, opens: '09:00', closes: '12:00' },
      { weekday: 3, opens: '14:00', closes: '24:00' },
    ];
    expect(withinOpeningHours(split, '2026-06-10', '09:00', '12:00')).toBe(true);
    expect(withinOpeningHours(split, '2026-06-10', '11:00', '15:00')).toBe(false);
    expect(withinOpeningHours(split, '2026-06-10', '22:00', '23:59')).toBe(true);
  });
});

describe('nextFreeSlots', () => {
  // Saturday 2026-10-24 (CEST) 11:00–13:00 booked, stored with its 15-minute buffers
  const busy = [{ start: at('2026-10-24', '10:45'), end: at('2026-10-24', '13:15') }];
  const base = {
    busy,
    hours: HOURS,
    tzid: BERLIN,
    durationMinutes: 120,
    setupMinutes: 15,
    teardownMinutes: 15,
    count: 4,
    horizonDays: 7,
  };

  it('finds slots around a busy block with buffers, skips the closed Sunday and crosses the DST change', () => {
    const slots = nextFreeSlots({ ...base, after: at('2026-10-24', '07:00') });
    expect(iso(slots)).toEqual([
      // 08:00 and 08:30 CEST: blocked until 10:15 and 10:45, back to back with the busy block
      ['2026-10-24T06:00:00.000Z', '2026-10-24T08:00:00.000Z'],
      ['2026-10-24T06:30:00.000Z', '2026-10-24T08:30:00.000Z'],
      // after the block nothing fits before 15:00; Sunday closed; Monday 08:00 CET
      ['2026-10-26T07:00:00.000Z', '2026-10-26T09:00:00.000Z'],
      ['2026-10-26T07:30:00.000Z', '2026-10-26T09:30:00.000Z'],
    ]);
  });

  it('starts after `after` and after the block when the day still has room', () => {
    const slots = nextFreeSlots({
      ...base,
      durationMinutes: 60,
      count: 3,
      after: at('2026-10-24', '08:40'),
    });
    expect(iso(slots)).toEqual([
      ['2026-10-24T07:00:00.000Z', '2026-10-24T08:00:00.000Z'], // 09:00–10:00, blocked until 10:15
      ['2026-10-24T07:30:00.000Z', '2026-10-24T08:30:00.000Z'], // 09:30–10:30, blocked until 10:45
      ['2026-10-24T11:30:00.000Z', '2026-10-24T12:30:00.000Z'], // 13:30–14:30, blocked from 13:15
    ]);
  });

  it('stops at the horizon and at count', () => {
    expect(nextFreeSlots({ ...base, after: at('2026-10-25', '00:00'), horizonDays: 0 })).toEqual(
      [],
    );
    expect(nextFreeSlots({ ...base, after: at('2026-10-24', '07:00'), count: 1 })).toHaveLength(1);
    expect(nextFreeSlots({ ...base, after: at('2026-10-24', '07:00'), hours: [] })).toEqual([]);
  });

  it('keeps slots on the wall-clock grid when a day opens off the grid', () => {
    const slots = nextFreeSlots({
      ...base,
      busy: [],
      hours: [{ weekday: 1, opens: '08:10', closes: '10:00' }],
      durationMinutes: 60,
      setupMinutes: 0,
      teardownMinutes: 0,
      count: 5,
      after: at('2026-06-08', '00:00'),
      horizonDays: 0,
    });
    expect(iso(slots)).toEqual([
      ['2026-06-08T06:30:00.000Z', '2026-06-08T07:30:00.000Z'],
      ['2026-06-08T07:00:00.000Z', '2026-06-08T08:00:00.000Z'],
    ]);
  });
});
