import {
  BOOKING_TIME_ZONE,
  type BookingConflict,
  type FreeSlot,
  type OpeningHours,
  type RoomBookingKind,
} from '@zusammen/shared/contracts';
import {
  localDateOf,
  localDayBounds,
  localTimeOf,
  nextFreeSlots,
  withinOpeningHours,
  type SeriesDate,
} from '@zusammen/shared/util';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { BLOCKING_STATUSES_SQL, rangeLiteral, type BookingViewer } from './booking-rows';

/** A candidate date with its blocked range (buffers included). */
export interface CandidateDate extends SeriesDate {
  blockedFrom: Date;
  blockedUntil: Date;
}

/** What the booking rules need of a room. */
export interface RoomRules {
  id: string;
  name: string;
  setupMinutes: number;
  teardownMinutes: number;
  openingHours: OpeningHours[];
  requiresApproval: boolean;
  maxDaysAhead: number;
}

/** The room's rules, or null when there is no such room. */
export async function loadRoomRules(
  manager: EntityManager,
  roomId: string,
): Promise<RoomRules | null> {
  const [row]: {
    id: string;
    name: string;
    setup_minutes: number;
    teardown_minutes: number;
    opening_hours: OpeningHours[];
    requires_approval: boolean;
    max_days_ahead: number;
  }[] = await manager.query(
    `SELECT id, name, setup_minutes, teardown_minutes, opening_hours, requires_approval, max_days_ahead
       FROM room WHERE id = $1`,
    [roomId],
  );
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    setupMinutes: row.setup_minutes,
    teardownMinutes: row.teardown_minutes,
    openingHours: row.opening_hours,
    requiresApproval: row.requires_approval,
    maxDaysAhead: row.max_days_ahead,
  };
}

const MINUTE = 60_000;

/** The blocked range of a date with the given buffers: `[start − setup, end + teardown)`. */
export function withBuffers(
  date: SeriesDate,
  setupMinutes: number,
  teardownMinutes: number,
): CandidateDate {
  return {
    ...date,
    blockedFrom: new Date(date.startsAt.getTime() - setupMinutes * MINUTE),
    blockedUntil: new Date(date.endsAt.getTime() + teardownMinutes * MINUTE),
  };
}

/**
 * Before inserting bookings of a room. (1) One writer per room at a time (transaction-scoped advisory lock): the
 * exclusion constraint alone lets concurrent inserts of the same slot wait on each other's uncommitted rows and
 * deadlock — ten requests for one slot gave nine 40P01 errors instead of one winner and nine 409s. With the lock
 * the first commits and the others meet its row (23P01 → ROOM_ALREADY_BOOKED); other rooms are not held up.
 * (2) `held` rows whose hold ran out become `expired` (booking.md § 2, "lazily before an insert": a constraint
 * cannot see time running out).
 */
export async function prepareRoomForInsert(manager: EntityManager, roomId: string): Promise<void> {
  await manager.query(
    `SELECT pg_advisory_xact_lock(hashtext('room-booking-insert'), hashtext($1::text))`,
    [roomId],
  );
  await manager.query(
    `UPDATE room_booking SET status = 'expired', hold_expires_at = NULL, updated_at = now()
      WHERE room_id = $1 AND status = 'held' AND hold_expires_at <= now()`,
    [roomId],
  );
}

export function isExclusionViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: unknown; constraint?: unknown };
  return driverError.code === '23P01' && driverError.constraint === 'ex_room_booking_no_overlap';
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: unknown; constraint?: unknown };
  return driverError.code === '23505' && driverError.constraint === constraint;
}

interface ConflictRow {
  ord: string;
  kind: RoomBookingKind;
  title: string;
  organizer_id: string | null;
  blocked_from: Date;
  blocked_until: Date;
}

/**
 * Every candidate date that overlaps a blocking booking or closure of the room, in ONE query over all candidate
 * ranges (the gist index of the exclusion constraint serves it). Rows in `ignoreIds` (the bookings being moved)
 * do not count. The blocking booking's title is shown to staff, to its own organizer and for closures.
 */
export async function findConflicts(
  manager: EntityManager,
  roomId: string,
  candidates: readonly CandidateDate[],
  viewer: BookingViewer,
  ignoreIds: readonly string[] = [],
): Promise<BookingConflict[]> {
  if (candidates.length === 0) return [];
  const rows: ConflictRow[] = await manager.query(
    `SELECT c.ord::text AS ord, b.kind, b.title, b.organizer_id,
            lower(b.blocked) AS blocked_from, upper(b.blocked) AS blocked_until
       FROM unnest($2::tstzrange[]) WITH ORDINALITY AS c(blocked, ord)
       JOIN room_booking b
         ON b.room_id = $1 AND b.blocked && c.blocked AND b.status IN ${BLOCKING_STATUSES_SQL}
        AND NOT (b.id = ANY($3::uuid[]))
      ORDER BY c.ord, lower(b.blocked)`,
    [roomId, candidates.map((c) => rangeLiteral(c.blockedFrom, c.blockedUntil)), ignoreIds],
  );
  const seen = new Set<string>();
  const conflicts: BookingConflict[] = [];
  for (const row of rows) {
    // one entry per date: the earliest blocking booking
    if (seen.has(row.ord)) continue;
    seen.add(row.ord);
    const candidate = candidates[Number(row.ord) - 1];
    const visible = viewer.staff || row.kind === 'blackout' || row.organizer_id === viewer.id;
    conflicts.push({
      date: candidate.date,
      startsAt: candidate.startsAt.toISOString(),
      endsAt: candidate.endsAt.toISOString(),
      conflictStartsAt: new Date(row.blocked_from).toISOString(),
      conflictEndsAt: new Date(row.blocked_until).toISOString(),
      conflictKind: row.kind,
      conflictTitle: visible ? row.title : null,
    });
  }
  return conflicts;
}

/** Dates outside the room's opening hours, as conflicts of kind `closed`. */
export function closedDates(
  hours: readonly OpeningHours[],
  dates: readonly SeriesDate[],
): BookingConflict[] {
  return dates
    .filter(
      (d) =>
        !withinOpeningHours(
          hours,
          d.date,
          localTimeOf(d.startsAt, BOOKING_TIME_ZONE),
          localTimeOf(d.endsAt, BOOKING_TIME_ZONE),
        ),
    )
    .map((d) => ({
      date: d.date,
      startsAt: d.startsAt.toISOString(),
      endsAt: d.endsAt.toISOString(),
      conflictStartsAt: d.startsAt.toISOString(),
      conflictEndsAt: d.endsAt.toISOString(),
      conflictKind: 'closed' as const,
      conflictTitle: null,
    }));
}

/** Free slots offered per room after a conflict. */
const SLOTS_IN_THIS_ROOM = 5;
/** Days searched for free slots in the same room, from the conflicting date on. */
const FREE_SLOT_HORIZON_DAYS = 7;

/**
 * Alternatives for a conflicting date: the next free slots of the same length in the same room from that day on
 * (opening hours and the room's current buffers respected), then the same time in every other room that is
 * open and free then. Two queries, whatever the number of rooms.
 */
export async function findFreeSlots(
  manager: EntityManager,
  room: RoomRules,
  conflict: Pick<BookingConflict, 'date' | 'startsAt' | 'endsAt'>,
  now: Date,
): Promise<FreeSlot[]> {
  const startsAt = new Date(conflict.startsAt);
  const endsAt = new Date(conflict.endsAt);
  const durationMinutes = Math.round((endsAt.getTime() - startsAt.getTime()) / MINUTE);
  const day = localDayBounds(conflict.date, BOOKING_TIME_ZONE);
  const after = day.start.getTime() > now.getTime() ? day.start : now;
  const searchUntil = new Date(
    localDayBounds(localDateOf(after, BOOKING_TIME_ZONE), BOOKING_TIME_ZONE).start.getTime() +
      (FREE_SLOT_HORIZON_DAYS + 2) * 24 * 60 * MINUTE,
  );
  const busy: { blocked_from: Date; blocked_until: Date }[] = await manager.query(
    `SELECT lower(blocked) AS blocked_from, upper(blocked) AS blocked_until FROM room_booking
      WHERE room_id = $1 AND status IN ${BLOCKING_STATUSES_SQL} AND blocked && tstzrange($2, $3, '[)')`,
    [
      room.id,
      new Date(after.getTime() - 24 * 60 * MINUTE).toISOString(),
      searchUntil.toISOString(),
    ],
  );
  const here: FreeSlot[] = nextFreeSlots({
    busy: busy.map((b) => ({ start: new Date(b.blocked_from), end: new Date(b.blocked_until) })),
    hours: room.openingHours,
    tzid: BOOKING_TIME_ZONE,
    after,
    durationMinutes,
    setupMinutes: room.setupMinutes,
    teardownMinutes: room.teardownMinutes,
    count: SLOTS_IN_THIS_ROOM,
    horizonDays: FREE_SLOT_HORIZON_DAYS,
  }).map((slot) => ({
    roomId: room.id,
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
  }));

  if (startsAt.getTime() <= now.getTime()) return here;
  const others: { id: string; opening_hours: OpeningHours[] }[] = await manager.query(
    `SELECT r.id, r.opening_hours FROM room r
      WHERE r.id <> $1
        AND NOT EXISTS (
          SELECT 1 FROM room_booking b
           WHERE b.room_id = r.id AND b.status IN ${BLOCKING_STATUSES_SQL}
             AND b.blocked && tstzrange($2::timestamptz - make_interval(mins => r.setup_minutes),
                                        $3::timestamptz + make_interval(mins => r.teardown_minutes), '[)'))
      ORDER BY r.name, r.id`,
    [room.id, startsAt.toISOString(), endsAt.toISOString()],
  );
  const startTime = localTimeOf(startsAt, BOOKING_TIME_ZONE);
  const endTime = localTimeOf(endsAt, BOOKING_TIME_ZONE);
  const elsewhere: FreeSlot[] = others
    .filter((r) => withinOpeningHours(r.opening_hours, conflict.date, startTime, endTime))
    .map((r) => ({ roomId: r.id, startsAt: conflict.startsAt, endsAt: conflict.endsAt }));
  return [...here, ...elsewhere];
}
