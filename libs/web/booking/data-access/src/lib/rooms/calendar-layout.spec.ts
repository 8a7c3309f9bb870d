import type { OpeningHours } from '@zusammen/shared/contracts';
import {
  axisHours,
  freeSpans,
  hourAxis,
  layoutDay,
  placeOnAxis,
  slotInSpan,
  wallSpanOnDay,
} from './calendar-layout';

const WEEKDAYS_9_TO_21: OpeningHours[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  opens: '09:00',
  closes: '21:00',
}));

interface Item {
  id: string;
  startsAt: string;
  endsAt: string;
}
const range = (item: Item): Item => item;

describe('calendar layout', () => {
  it('puts 18:00–20:00 on the 18:00 line on both sides of the spring change', () => {
    // Saturday in CET, Sunday (29 March) in CEST: different UTC hours, same place on screen.
    expect(wallSpanOnDay('2026-03-28T17:00:00Z', '2026-03-28T19:00:00Z', '2026-03-28')).toEqual({
      start: 1080,
      end: 1200,
      cutStart: false,
      cutEnd: false,
    });
    expect(
      wallSpanOnDay('2026-03-29T16:00:00Z', '2026-03-29T18:00:00Z', '2026-03-29'),
    ).toMatchObject({ start: 1080, end: 1200 });
  });

  it('draws a booking over the spring gap from its wall start to its wall end', () => {
    // 01:00 CET – 04:00 CEST on 29 March: two real hours, drawn 01:00–04:00.
    expect(
      wallSpanOnDay('2026-03-29T00:00:00Z', '2026-03-29T02:00:00Z', '2026-03-29'),
    ).toMatchObject({ start: 60, end: 240 });
  });

  it('keeps the real length of a booking inside the repeated autumn hour', () => {
    // 02:30 CEST → 02:30 CET on 25 October is one hour, although the wall clock shows 02:30 twice.
    expect(
      wallSpanOnDay('2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', '2026-10-25'),
    ).toMatchObject({ start: 150, end: 210 });
  });

  it('cuts a booking at midnight and says so', () => {
    const span = wallSpanOnDay('2026-06-01T20:00:00Z', '2026-06-02T01:00:00Z', '2026-06-01');
    expect(span).toEqual({ start: 22 * 60, end: 1440, cutStart: false, cutEnd: true });
    const next = wallSpanOnDay('2026-06-01T20:00:00Z', '2026-06-02T01:00:00Z', '2026-06-02');
    expect(next).toEqual({ start: 0, end: 180, cutStart: true, cutEnd: false });
    expect(wallSpanOnDay('2026-06-01T20:00:00Z', '2026-06-02T01:00:00Z', '2026-06-03')).toBeNull();
    // Ending exactly at midnight is not cut (and not on the next day).
    expect(wallSpanOnDay('2026-06-01T20:00:00Z', '2026-06-01T22:00:00Z', '2026-06-01')).toEqual({
      start: 1320,
      end: 1440,
      cutStart: false,
      cutEnd: false,
    });
    expect(wallSpanOnDay('2026-06-01T20:00:00Z', '2026-06-01T22:00:00Z', '2026-06-02')).toBeNull();
  });

  it('spans the opening hours of the shown weekdays, widened by bookings', () => {
    const hours: OpeningHours[] = [
      { weekday: 1, opens: '10:00', closes: '18:30' },
      { weekday: 6, opens: '08:00', closes: '22:00' },
    ];
    expect(hourAxis([hours], ['2026-06-01'], [])).toEqual({ start: 600, end: 19 * 60 });
    expect(hourAxis([hours], ['2026-06-01', '2026-06-06'], [])).toEqual({ start: 480, end: 1320 });
    expect(hourAxis([hours], ['2026-06-01'], [{ start: 7 * 60 + 30, end: 600 }])).toEqual({
      start: 420,
      end: 19 * 60,
    });
    expect(hourAxis([[]], ['2026-06-01'], [])).toEqual({ start: 480, end: 1320 });
    expect(axisHours({ start: 480, end: 660 })).toEqual([8, 9, 10]);
  });

  it('places a span as percentages of the axis, clipped to it', () => {
    const axis = { start: 8 * 60, end: 20 * 60 };
    expect(placeOnAxis({ start: 18 * 60, end: 20 * 60 }, axis)).toEqual({
      offset: 83.333,
      size: 16.667,
    });
    expect(placeOnAxis({ start: 6 * 60, end: 9 * 60 }, axis)).toEqual({ offset: 0, size: 8.333 });
  });

  it('lays out a day in clock order and gives overlapping items lanes', () => {
    const items: Item[] = [
      { id: 'late', startsAt: '2026-06-01T16:00:00Z', endsAt: '2026-06-01T18:00:00Z' },
      { id: 'a', startsAt: '2026-06-01T08:00:00Z', endsAt: '2026-06-01T10:00:00Z' },
      { id: 'b', startsAt: '2026-06-01T09:00:00Z', endsAt: '2026-06-01T11:00:00Z' },
      { id: 'c', startsAt: '2026-06-01T10:00:00Z', endsAt: '2026-06-01T11:00:00Z' },
      { id: 'other-day', startsAt: '2026-06-02T08:00:00Z', endsAt: '2026-06-02T10:00:00Z' },
    ];
    const placed = layoutDay(items, range, '2026-06-01', { start: 480, end: 1320 });
    expect(placed.map((p) => [p.item.id, p.lane, p.lanes])).toEqual([
      ['a', 0, 2],
      ['b', 1, 2],
      ['c', 0, 2],
      ['late', 0, 1],
    ]);
    expect(placed[0]).toMatchObject({
      span: { start: 600, end: 720 },
      offset: 14.286,
      size: 14.286,
    });
  });

  it('finds free time: opening hours minus bookings with buffers, minus the past', () => {
    const now = new Date('2026-05-31T12:00:00Z');
    const blocked = [
      // 11:30–14:30 local with buffers
      { from: '2026-06-01T09:30:00Z', until: '2026-06-01T12:30:00Z' },
      // 20:45–21:00: leaves 20:30–20:45, too short to book
      { from: '2026-06-01T18:45:00Z', until: '2026-06-01T19:00:00Z' },
    ];
    expect(freeSpans(WEEKDAYS_9_TO_21, '2026-06-01', blocked, now)).toEqual([
      { start: 540, end: 690 },
      { start: 870, end: 1245 },
    ]);
    // Today from 14:00 (Berlin) on; yesterday nothing.
    expect(freeSpans(WEEKDAYS_9_TO_21, '2026-05-31', [], now)).toEqual([{ start: 840, end: 1260 }]);
    expect(freeSpans(WEEKDAYS_9_TO_21, '2026-05-30', [], now)).toEqual([]);
    // A weekday without opening hours is closed.
    expect(
      freeSpans([{ weekday: 2, opens: '09:00', closes: '12:00' }], '2026-06-01', [], now),
    ).toEqual([]);
  });

  it('finds the same free hours on the DST days', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const spring = [{ from: '2026-03-29T16:00:00Z', until: '2026-03-29T18:00:00Z' }];
    expect(freeSpans(WEEKDAYS_9_TO_21, '2026-03-29', spring, now)).toEqual([
      { start: 540, end: 1080 },
      { start: 1200, end: 1260 },
    ]);
    const autumn = [{ from: '2026-10-25T17:00:00Z', until: '2026-10-25T19:00:00Z' }];
    expect(freeSpans(WEEKDAYS_9_TO_21, '2026-10-25', autumn, now)).toEqual([
      { start: 540, end: 1080 },
      { start: 1200, end: 1260 },
    ]);
  });

  it('prefills the pointed half hour, one hour long, inside the free span', () => {
    const span = { start: 540, end: 690 };
    expect(slotInSpan(span, null)).toEqual({ start: 540, end: 600 });
    expect(slotInSpan(span, 600 + 17)).toEqual({ start: 600, end: 660 });
    expect(slotInSpan(span, 680)).toEqual({ start: 630, end: 690 });
    expect(slotInSpan({ start: 540, end: 570 }, 560)).toEqual({ start: 540, end: 570 });
  });
});
