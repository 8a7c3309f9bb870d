import type { RoomBookingSummary } from '@zusammen/shared/contracts';

/** A request as staff decide it: a single date, or a series with all its pending dates. */
export interface BookingGroup {
  /** The series id, or the booking id of a single date. */
  key: string;
  /** The earliest date: the decision is sent for it (the API applies it to the whole series). */
  first: RoomBookingSummary;
  last: RoomBookingSummary;
  bookings: RoomBookingSummary[];
  isSeries: boolean;
}

/** Groups bookings by series (a single date is its own group), earliest first in and across groups. */
export function groupBySeries(bookings: readonly RoomBookingSummary[]): BookingGroup[] {
  const groups = new Map<string, RoomBookingSummary[]>();
  const sorted = [...bookings].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (const booking of sorted) {
    const key = booking.seriesId ?? booking.id;
    const list = groups.get(key);
    if (list) list.push(booking);
    else groups.set(key, [booking]);
  }
  return [...groups.entries()].map(([key, list]) => ({
    key,
    first: list[0],
    last: list[list.length - 1],
    bookings: list,
    isSeries: list[0].seriesId !== null,
  }));
}
