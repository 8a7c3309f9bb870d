import {
  EventErrorCode,
  type LocalizedText,
  type OccurrenceStatus,
} from '@zusammen/shared/contracts';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { EventException, SEATS_BUSY_RETRY_AFTER_SECONDS } from './event.exception';
import type { OccurrenceFacts } from './event-notices';

/** How long a command waits for a date's row lock before answering SEATS_BUSY (booking.md § 6, "Seats"). */
export const SEAT_LOCK_TIMEOUT = '3s';

/** A date with its event's rules, read under the date's row lock. */
export interface LockedOccurrence extends OccurrenceFacts {
  status: OccurrenceStatus;
  capacity: number;
  seatsTaken: number;
  bookingStatus: string;
  organizerId: string | null;
  requiresApproval: boolean;
  waitlistEnabled: boolean;
  registrationOpensAt: Date | null;
  registrationClosesMinutesBefore: number;
  offerHoldHours: number;
  minParticipants: number | null;
}

interface LockedRow {
  id: string;
  event_id: string;
  room_booking_id: string;
  room_id: string;
  room_name: string;
  title: LocalizedText;
  starts_at: Date;
  ends_at: Date;
  status: OccurrenceStatus;
  capacity: number;
  seats_taken: number;
  booking_status: string;
  organizer_id: string | null;
  requires_approval: boolean;
  waitlist_enabled: boolean;
  registration_opens_at: Date | null;
  registration_closes_minutes_before: number;
  offer_hold_hours: number;
  min_participants: number | null;
}

const LOCKED_COLUMNS = `o.id, o.event_id, o.room_booking_id, o.room_id, r.name AS room_name, e.title, o.starts_at,
  o.ends_at, o.status, o.capacity, o.seats_taken, b.status AS booking_status, e.organizer_id, e.requires_approval,
  e.waitlist_enabled, e.registration_opens_at, e.registration_closes_minutes_before, e.offer_hold_hours,
  e.min_participants`;

function toLocked(row: LockedRow): LockedOccurrence {
  return {
    occurrenceId: row.id,
    eventId: row.event_id,
    roomBookingId: row.room_booking_id,
    roomId: row.room_id,
    roomName: row.room_name,
    eventTitle: row.title,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    status: row.status,
    capacity: row.capacity,
    seatsTaken: row.seats_taken,
    bookingStatus: row.booking_status,
    organizerId: row.organizer_id,
    requiresApproval: row.requires_approval,
    waitlistEnabled: row.waitlist_enabled,
    registrationOpensAt: row.registration_opens_at ? new Date(row.registration_opens_at) : null,
    registrationClosesMinutesBefore: row.registration_closes_minutes_before,
    offerHoldHours: row.offer_hold_hours,
    minParticipants: row.min_participants,
  };
}

/** SQLSTATE 55P03 (lock_not_available): `lock_timeout` ran out. */
export function isLockTimeout(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: unknown } | undefined)?.code === '55P03'
  );
}

export function seatsBusy(): EventException {
  return new EventException(EventErrorCode.SeatsBusy, {
    retryAfterSeconds: SEATS_BUSY_RETRY_AFTER_SECONDS,
  });
}

/**
 * Locks one date's row (`SELECT … FOR UPDATE`) for the rest of the caller's transaction, after
 * `SET LOCAL lock_timeout = '3s'`: every change of `seats_taken`, of registrations and of the waiting list runs
 * under this lock (invariant 5). A timeout becomes 503 SEATS_BUSY. Null when there is no such date.
 */
export async function lockOccurrence(
  manager: EntityManager,
  occurrenceId: string,
): Promise<LockedOccurrence | null> {
  try {
    await manager.query(`SET LOCAL lock_timeout = '${SEAT_LOCK_TIMEOUT}'`);
    const rows: LockedRow[] = await manager.query(
      `SELECT ${LOCKED_COLUMNS}
         FROM event_occurrence o
         JOIN booking_event e ON e.id = o.event_id
         JOIN room r ON r.id = o.room_id
         JOIN room_booking b ON b.id = o.room_booking_id
        WHERE o.id = $1
          FOR UPDATE OF o`,
      [occurrenceId],
    );
    return rows[0] ? toLocked(rows[0]) : null;
  } catch (error) {
    if (isLockTimeout(error)) throw seatsBusy();
    throw error;
  }
}

/** Locks several dates in ascending id order (the fixed lock order), with the same timeout. */
export async function lockOccurrences(
  manager: EntityManager,
  occurrenceIds: string[],
): Promise<LockedOccurrence[]> {
  if (occurrenceIds.length === 0) return [];
  try {
    await manager.query(`SET LOCAL lock_timeout = '${SEAT_LOCK_TIMEOUT}'`);
    const rows: LockedRow[] = await manager.query(
      `SELECT ${LOCKED_COLUMNS}
         FROM event_occurrence o
         JOIN booking_event e ON e.id = o.event_id
         JOIN room r ON r.id = o.room_id
         JOIN room_booking b ON b.id = o.room_booking_id
        WHERE o.id = ANY($1::uuid[])
        ORDER BY o.id
          FOR UPDATE OF o`,
      [occurrenceIds],
    );
    return rows.map(toLocked);
  } catch (error) {
    if (isLockTimeout(error)) throw seatsBusy();
    throw error;
  }
}
