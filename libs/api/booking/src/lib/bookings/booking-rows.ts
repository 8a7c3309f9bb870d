import type {
  RoomBookingKind,
  RoomBookingStatus,
  RoomBookingSummary,
} from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';

/** A booking row as the summary queries read it (dates as text: node-pg would read a `date` in the process zone). */
export interface BookingSummaryRow {
  id: string;
  room_id: string;
  room_name: string;
  kind: RoomBookingKind;
  title: string;
  status: RoomBookingStatus;
  /** ISO text from {@link BOOKING_SUMMARY_COLUMNS} (a Date also works). */
  starts_at: string | Date;
  ends_at: string | Date;
  blocked_from: string | Date;
  blocked_until: string | Date;
  series_id: string | null;
  recurrence_date: string | null;
  is_override: boolean;
  organizer_id: string | null;
  organizer_name: string | null;
  decision_reason: string | null;
  event_id: string | null;
}

/** An instant as the API writes it (`2027-03-16T17:00:00.000Z`), formatted by PostgreSQL. */
const isoSql = (expression: string): string =>
  `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Columns of {@link BookingSummaryRow} over `room_booking b JOIN room r LEFT JOIN user_account u`. Instants come
 * as ISO text: a week view carries thousands of them, and parsing each into a Date only to print it again was
 * the largest cost of the calendar request.
 */
export const BOOKING_SUMMARY_COLUMNS = `
  b.id, b.room_id, r.name AS room_name, b.kind, b.title, b.status,
  ${isoSql('b.starts_at')} AS starts_at, ${isoSql('b.ends_at')} AS ends_at,
  ${isoSql('lower(b.blocked)')} AS blocked_from, ${isoSql('upper(b.blocked)')} AS blocked_until, b.series_id,
  b.recurrence_date::text AS recurrence_date, b.is_override, b.organizer_id, u.display_name AS organizer_name,
  b.decision_reason, o.event_id`;

export const BOOKING_SUMMARY_FROM = `
  room_booking b
  JOIN room r ON r.id = b.room_id
  LEFT JOIN user_account u ON u.id = b.organizer_id
  LEFT JOIN event_occurrence o ON o.room_booking_id = b.id`;

/** Who looks at a booking: staff see everything, an organizer everything of their own bookings. */
export interface BookingViewer {
  id: string;
  staff: boolean;
}

const iso = (value: string | Date): string =>
  typeof value === 'string' ? value : value.toISOString();

/**
 * A row as the API shows it to `viewer`. Another organizer's booking shows only that the slot is taken
 * (`busyOnly`: empty title, no organizer, no reason, no event); closures always keep their title.
 */
export function toBookingSummary(
  row: BookingSummaryRow,
  viewer: BookingViewer,
): RoomBookingSummary {
  const hidden = !viewer.staff && row.kind === 'booking' && row.organizer_id !== viewer.id;
  return {
    id: row.id,
    roomId: row.room_id,
    roomName: row.room_name,
    kind: row.kind,
    title: hidden ? '' : row.title,
    status: row.status,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    blockedFrom: iso(row.blocked_from),
    blockedUntil: iso(row.blocked_until),
    seriesId: row.series_id,
    recurrenceDate: row.recurrence_date,
    isOverride: row.is_override,
    organizerId: hidden ? null : row.organizer_id,
    organizerName: hidden ? null : row.organizer_name,
    decisionReason: hidden ? null : row.decision_reason,
    eventId: hidden ? null : row.event_id,
    ...(hidden ? { busyOnly: true } : {}),
  };
}

/** Summaries of the given bookings, in start order. */
export async function loadBookingSummaries(
  manager: EntityManager,
  ids: readonly string[],
  viewer: BookingViewer,
): Promise<RoomBookingSummary[]> {
  if (ids.length === 0) return [];
  const rows: BookingSummaryRow[] = await manager.query(
    `SELECT ${BOOKING_SUMMARY_COLUMNS} FROM ${BOOKING_SUMMARY_FROM}
      WHERE b.id = ANY($1::uuid[])
      ORDER BY b.starts_at, b.id`,
    [ids],
  );
  return rows.map((row) => toBookingSummary(row, viewer));
}

/** `[from,until)` as a tstzrange literal. */
export function rangeLiteral(from: Date, until: Date): string {
  return `[${from.toISOString()},${until.toISOString()})`;
}

export const BLOCKING_STATUSES_SQL = `('held', 'pending', 'confirmed')`;

/**
 * The rows of `manager.query(…)` for any statement: TypeORM answers an UPDATE or DELETE with
 * `[rows, rowCount]` (also with RETURNING) and everything else with the rows.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as T[];
  return result as T[];
}
