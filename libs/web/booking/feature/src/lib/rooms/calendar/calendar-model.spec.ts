import type { RoomAvailability, RoomBookingSummary, RoomDetail } from '@zusammen/shared/contracts';
import type { BookingCell } from './calendar-model';
import { calendarLayout, countsPerDay } from './calendar-model';

const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  opens: '08:00',
  closes: '22:00',
}));

function room(id: string, changes: Partial<RoomDetail> = {}): RoomDetail {
  return {
    id,
    slug: id,
    name: id === 'saal' ? 'Großer Saal' : 'Seminarraum',
    capacity: 60,
    accessibility: [],
    features: [],
    setupMinutes: 30,
    teardownMinutes: 30,
    requiresApproval: true,
    openingHours: hours,
    maxDaysAhead: 365,
    keyLocation: null,
    ...changes,
  };
}

function booking(
  id: string,
  startsAt: string,
  endsAt: string,
  changes: Partial<RoomBookingSummary> = {},
): RoomBookingSummary {
  const pad = (iso: string, minutes: number): string =>
    new Date(Date.parse(iso) + minutes * 60_000).toISOString();
  return {
    id,
    roomId: 'saal',
    roomName: 'Großer Saal',
    kind: 'booking',
    title: 'Deutschkurs',
    status: 'confirmed',
    startsAt,
    endsAt,
    blockedFrom: pad(startsAt, -30),
    blockedUntil: pad(endsAt, 30),
    seriesId: 'series',
    recurrenceDate: null,
    isOverride: false,
    organizerId: 'org',
    organizerName: 'Ahmad Al-Masri',
    decisionReason: null,
    eventId: null,
    ...changes,
  };
}

// A weekly Tuesday 18:00–20:00 series seen in the week of the autumn change: the Tuesday before is CEST,
// the Sunday of the change has a closure; 18:00 must be on the same line.
const week = [
  '2026-10-19',
  '2026-10-20',
  '2026-10-21',
  '2026-10-22',
  '2026-10-23',
  '2026-10-24',
  '2026-10-25',
];
const saal: RoomAvailability = {
  room: room('saal'),
  bookings: [
    booking('tue', '2026-10-20T16:00:00.000Z', '2026-10-20T18:00:00.000Z'),
    booking('sun', '2026-10-25T17:00:00.000Z', '2026-10-25T19:00:00.000Z', { status: 'pending' }),
    booking('gone', '2026-10-21T16:00:00.000Z', '2026-10-21T18:00:00.000Z', {
      status: 'cancelled',
    }),
    booking('closed', '2026-10-23T22:00:00.000Z', '2026-10-24T21:59:00.000Z', {
      kind: 'blackout',
      title: 'Herbstferien',
      organizerId: null,
      blockedFrom: '2026-10-23T22:00:00.000Z',
      blockedUntil: '2026-10-24T21:59:00.000Z',
    }),
  ],
};
const seminar: RoomAvailability = { room: room('seminar', { openingHours: [] }), bookings: [] };
const now = new Date('2026-10-01T08:00:00Z');

const bookingsOf = (cells: readonly { type: string }[]): BookingCell[] =>
  cells.filter((c): c is BookingCell => c.type === 'booking');

describe('calendarLayout', () => {
  it('draws a week of one room with 18:00 on the same line before and after the clock change', () => {
    const { axis, columns } = calendarLayout('week', week, [saal, seminar], saal, now);
    expect(axis).toEqual({ start: 480, end: 1320 });
    expect(columns.map((c) => c.date)).toEqual(week);
    const tuesday = bookingsOf(columns[1].cells)[0];
    const sunday = bookingsOf(columns[6].cells)[0];
    expect(tuesday.booking.id).toBe('tue');
    expect(sunday.booking.id).toBe('sun');
    expect(tuesday.place).toEqual(sunday.place);
    expect(tuesday.place).toEqual({ offset: 71.429, size: 14.286 });
    // the buffers are drawn behind, half an hour each side
    expect(tuesday.buffer).toEqual({ offset: 67.857, size: 21.429 });
  });

  it('leaves out cancelled bookings and cuts an all-day closure to the hours shown', () => {
    const { axis, columns } = calendarLayout('week', week, [saal], saal, now);
    expect(bookingsOf(columns[2].cells)).toEqual([]);
    const closure = bookingsOf(columns[5].cells)[0];
    expect(closure.booking.kind).toBe('blackout');
    expect(closure.place).toEqual({ offset: 0, size: 100 });
    expect(axis).toEqual({ start: 480, end: 1320 });
    // nothing is free on the closed Saturday
    expect(columns[5].cells.filter((c) => c.type === 'free')).toEqual([]);
  });

  it('offers the time around bookings and their buffers as free, in clock order', () => {
    const { columns } = calendarLayout('day', ['2026-10-20'], [saal], saal, now);
    expect(columns[0].cells.map((c) => [c.type, c.span.start, c.span.end])).toEqual([
      ['free', 480, 1050],
      ['booking', 1080, 1200],
      ['free', 1230, 1320],
    ]);
  });

  it('shows every room in the timeline, a room without opening hours as closed', () => {
    const { columns } = calendarLayout('timeline', ['2026-10-20'], [saal, seminar], null, now);
    expect(columns.map((c) => [c.room.id, c.open, c.cells.length])).toEqual([
      ['saal', true, 3],
      ['seminar', false, 0],
    ]);
  });
});

describe('countsPerDay', () => {
  it('counts bookings and closures per day over all rooms, without cancelled ones', () => {
    const counts = countsPerDay(week, [saal, seminar]);
    expect(counts.get('2026-10-20')).toEqual({ bookings: 1, closures: 0 });
    expect(counts.get('2026-10-21')).toEqual({ bookings: 0, closures: 0 });
    expect(counts.get('2026-10-24')).toEqual({ bookings: 0, closures: 1 });
    expect(counts.get('2026-10-25')).toEqual({ bookings: 1, closures: 0 });
  });
});
