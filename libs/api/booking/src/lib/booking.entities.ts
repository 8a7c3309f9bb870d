import { BookingSeries } from './bookings/booking-series.entity';
import { OrganizerQuota } from './bookings/organizer-quota.entity';
import { RoomBooking } from './bookings/room-booking.entity';
import { EventOccurrence } from './events/event-occurrence.entity';
import { BookingEvent } from './events/event.entity';
import { Registration } from './events/registration.entity';
import { WaitlistEntry } from './events/waitlist-entry.entity';
import { CalendarFeed } from './feeds/calendar-feed.entity';
import { Room } from './room/room.entity';

/** Entities of the booking context, for the explicit entity list of each process. */
export const BOOKING_ENTITIES = [
  Room,
  BookingSeries,
  RoomBooking,
  OrganizerQuota,
  BookingEvent,
  EventOccurrence,
  Registration,
  WaitlistEntry,
  CalendarFeed,
] as const;
