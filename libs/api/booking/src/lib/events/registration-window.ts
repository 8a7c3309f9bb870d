import { waitlistClosesAt } from '@zusammen/shared/util';

/** Why a date takes no registrations now (`details.reason` of REGISTRATION_CLOSED). */
export type RegistrationClosedReason =
  'cancelled' | 'booking_not_confirmed' | 'not_open_yet' | 'closed';

export interface RegistrationWindowInput {
  status: string;
  bookingStatus: string;
  startsAt: Date;
  registrationOpensAt: Date | null;
  registrationClosesMinutesBefore: number;
}

/** Registration closes this many minutes before the start (the event's setting). */
export function registrationClosesAt(startsAt: Date, minutesBefore: number): Date {
  return new Date(startsAt.getTime() - minutesBefore * 60_000);
}

/**
 * Null when the date takes registrations at `now`: it is scheduled, its room booking is confirmed, registration
 * has opened (`registrationOpensAt`, none = open from the start) and has not closed (start − N minutes).
 */
export function registrationClosedReason(
  date: RegistrationWindowInput,
  now: Date,
): RegistrationClosedReason | null {
  if (date.status !== 'scheduled') return 'cancelled';
  if (date.bookingStatus !== 'confirmed') return 'booking_not_confirmed';
  if (date.registrationOpensAt && now.getTime() < date.registrationOpensAt.getTime())
    return 'not_open_yet';
  const closes = registrationClosesAt(date.startsAt, date.registrationClosesMinutesBefore);
  if (now.getTime() >= closes.getTime()) return 'closed';
  return null;
}

/** Whether the waiting list of a date takes entries and makes offers at `now` (it closes 1 h before the start). */
export function waitlistOpen(date: { status: string; startsAt: Date }, now: Date): boolean {
  return date.status === 'scheduled' && now.getTime() < waitlistClosesAt(date.startsAt).getTime();
}
