import type { RoomAvailability, RoomBookingSummary, RoomDetail } from '@zusammen/shared/contracts';
import { BLOCKING_BOOKING_STATUSES } from '@zusammen/shared/contracts';
import type {
  AxisPlacement,
  CalendarView,
  HourAxis,
  WallSpan,
} from '@zusammen/web/booking/data-access';
import {
  berlinCalendar,
  freeSpans,
  hourAxis,
  layoutDay,
  placeOnAxis,
  wallSpanOnDay,
} from '@zusammen/web/booking/data-access';

/** A booking or closure in a calendar column. */
export interface BookingCell {
  type: 'booking';
  key: string;
  booking: RoomBookingSummary;
  room: RoomDetail;
  date: string;
  span: WallSpan;
  cutStart: boolean;
  cutEnd: boolean;
  place: AxisPlacement;
  /** The blocked time with set-up and clean-up buffers, drawn behind the booking; null without buffers. */
  buffer: AxisPlacement | null;
  lane: number;
  lanes: number;
}

/** Free time in a column: where a booking can start. */
export interface FreeCell {
  type: 'free';
  key: string;
  room: RoomDetail;
  date: string;
  span: WallSpan;
  place: AxisPlacement;
}

export type CalendarCell = BookingCell | FreeCell;

/** One day of one room: a column of the week and day views, a row of the rooms timeline. */
export interface CalendarColumn {
  key: string;
  date: string;
  room: RoomDetail;
  /** In clock order (free time and bookings interleaved), so the tab order follows the day. */
  cells: CalendarCell[];
  /** The room has opening hours on this weekday. */
  open: boolean;
}

export interface CalendarLayout {
  axis: HourAxis;
  columns: CalendarColumn[];
}

const isBlocking = (booking: RoomBookingSummary): boolean =>
  (BLOCKING_BOOKING_STATUSES as readonly string[]).includes(booking.status);

/**
 * The columns of a view: the week and day views show one room on each of their days, the rooms timeline
 * every room on one day. Only bookings that block the room are drawn; free time is what remains of the
 * opening hours (and is not in the past).
 */
export function calendarLayout(
  view: Exclude<CalendarView, 'month'>,
  dates: readonly string[],
  availability: readonly RoomAvailability[],
  selected: RoomAvailability | null,
  now: Date,
): CalendarLayout {
  const pairs: { date: string; entry: RoomAvailability }[] =
    view === 'timeline'
      ? availability.map((entry) => ({ date: dates[0], entry }))
      : selected
        ? dates.map((date) => ({ date, entry: selected }))
        : [];

  const spans: WallSpan[] = [];
  for (const { date, entry } of pairs) {
    // Closures often run all day: they are cut to the hours shown rather than stretching them.
    for (const booking of entry.bookings.filter((b) => isBlocking(b) && b.kind === 'booking')) {
      const span = wallSpanOnDay(booking.startsAt, booking.endsAt, date);
      if (span) spans.push(span);
    }
  }
  const axis = hourAxis(
    pairs.map(({ entry }) => entry.room.openingHours),
    dates,
    spans,
  );

  const columns = pairs.map(({ date, entry }): CalendarColumn => {
    const blocking = entry.bookings.filter(isBlocking);
    const booked: BookingCell[] = layoutDay(blocking, (b) => b, date, axis).map((placed) => {
      const booking = placed.item;
      const blocked = wallSpanOnDay(booking.blockedFrom, booking.blockedUntil, date);
      const hasBuffer =
        blocked !== null && (blocked.start < placed.span.start || blocked.end > placed.span.end);
      return {
        type: 'booking',
        key: `${booking.id}-${date}`,
        booking,
        room: entry.room,
        date,
        span: placed.span,
        cutStart: placed.cutStart,
        cutEnd: placed.cutEnd,
        place: { offset: placed.offset, size: placed.size },
        buffer: hasBuffer && blocked ? placeOnAxis(blocked, axis) : null,
        lane: placed.lane,
        lanes: placed.lanes,
      };
    });
    const free: FreeCell[] = freeSpans(
      entry.room.openingHours,
      date,
      blocking.map((b) => ({ from: b.blockedFrom, until: b.blockedUntil })),
      now,
    ).map((span) => ({
      type: 'free',
      key: `free-${entry.room.id}-${date}-${span.start}`,
      room: entry.room,
      date,
      span,
      place: placeOnAxis(span, axis),
    }));
    const cells: CalendarCell[] = [...booked, ...free].sort(
      (a, b) => a.span.start - b.span.start || (a.type === 'booking' ? -1 : 1),
    );
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
    return {
      key: `${entry.room.id}-${date}`,
      date,
      room: entry.room,
      cells,
      open: entry.room.openingHours.some((h) => h.weekday === weekday),
    };
  });
  return { axis, columns };
}

/** What a day of the month overview counts. */
export interface DayCount {
  bookings: number;
  closures: number;
}

/**
 * Bookings and closures per local day for the month overview, over every room (or one), counting a booking
 * on every day it touches.
 */
export function countsPerDay(
  dates: readonly string[],
  availability: readonly RoomAvailability[],
): Map<string, DayCount> {
  const counts = new Map<string, DayCount>(
    dates.map((date) => [date, { bookings: 0, closures: 0 }]),
  );
  const days = dates.map((date) => {
    const { start, end } = berlinCalendar.dayBounds(date);
    return { date, start: start.getTime(), end: end.getTime() };
  });
  for (const entry of availability) {
    for (const booking of entry.bookings.filter(isBlocking)) {
      const from = Date.parse(booking.startsAt);
      const to = Date.parse(booking.endsAt);
      for (const day of days) {
        if (!(from < day.end && to > day.start)) continue;
        const count = counts.get(day.date) as DayCount;
        if (booking.kind === 'blackout') count.closures += 1;
        else count.bookings += 1;
      }
    }
  }
  return counts;
}
