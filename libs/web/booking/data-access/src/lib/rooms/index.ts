/** Local dates and wall times in Berlin, as one namespace (the events pages have helpers of the same names). */
export * as berlinCalendar from './berlin-calendar';
export type { WallClock } from './berlin-calendar';
export * from './calendar-view';
export * from './calendar-layout';
export * from './booking-draft';
export * from './booking-groups';
export * from './booking-problem';
export * from './room-booking.api';
export * from './room-calendar.store';
export * from './my-bookings.store';
export * from './pending-requests.store';
export * from './room-settings-draft';
export * from './utilisation';
