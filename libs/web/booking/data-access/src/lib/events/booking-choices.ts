import type { RoomBookingSummary } from '@zusammen/shared/contracts';

/** A booking an event can be put on: one date, or a whole series (the event then gets every date). */
export interface BookingChoice {
  /** The booking to send as `bookingId` (for a series: its next date). */
  bookingId: string;
  roomId: string;
  roomName: string;
  title: string;
  /** The next date. */
  startsAt: string;
  endsAt: string;
  seriesId: string | null;
  /** Dates still to come (1 for a single booking). */
  dateCount: number;
  /** `pending` waits for the house manager; the event can be prepared meanwhile. */
  status: 'pending' | 'confirmed';
}

/**
 * The organizer's bookings that can carry a new event: room bookings (not closures) that are requested or
 * confirmed, still to come and without an event yet; a series appears once, at its next date.
 */
export function bookingChoices(
  bookings: readonly RoomBookingSummary[],
  now: Date = new Date(),
): BookingChoice[] {
  const open = bookings
    .filter(
      (booking) =>
        booking.kind === 'booking' &&
        (booking.status === 'pending' || booking.status === 'confirmed') &&
        booking.eventId === null &&
        Date.parse(booking.startsAt) > now.getTime(),
    )
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const choices: BookingChoice[] = [];
  const bySeries = new Map<string, BookingChoice>();
  for (const booking of open) {
    const known = booking.seriesId ? bySeries.get(booking.seriesId) : undefined;
    if (known) {
      known.dateCount += 1;
      continue;
    }
    const choice: BookingChoice = {
      bookingId: booking.id,
      roomId: booking.roomId,
      roomName: booking.roomName,
      title: booking.title,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      seriesId: booking.seriesId,
      dateCount: 1,
      status: booking.status === 'pending' ? 'pending' : 'confirmed',
    };
    if (booking.seriesId) bySeries.set(booking.seriesId, choice);
    choices.push(choice);
  }
  return choices;
}
