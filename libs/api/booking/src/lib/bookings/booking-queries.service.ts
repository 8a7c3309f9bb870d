import { Injectable } from '@nestjs/common';
import type {
  RoomAvailability,
  RoomBookingStatus,
  RoomBookingSummary,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { toRoomDetail, type RoomDetailRow, ROOM_DETAIL_COLUMNS } from '../room/room-detail';
import type { BookingActor } from './booking-actor';
import { BookingNotFoundException, RoomNotFoundException } from './booking.exception';
import { resolveRange } from './booking-range';
import {
  BLOCKING_STATUSES_SQL,
  BOOKING_SUMMARY_COLUMNS,
  BOOKING_SUMMARY_FROM,
  toBookingSummary,
  type BookingSummaryRow,
} from './booking-rows';

/** Calendar views span at most this many days (a month view with leading and trailing weeks). */
export const AVAILABILITY_MAX_DAYS = 62;
/** Lists span at most this many days. */
export const LIST_MAX_DAYS = 400;

/**
 * Read side: the calendar (availability of every room for a range), the organizer's own bookings, the staff
 * lists and one booking. The calendar costs two queries whatever the number of rooms and bookings: the rooms,
 * and ONE query for every blocking booking of those rooms in the range.
 */
@Injectable()
export class BookingQueriesService {
  constructor(private readonly dataSource: DataSource) {}

  async availability(
    actor: BookingActor,
    query: { from?: string; to?: string; roomId?: string },
  ): Promise<RoomAvailability[]> {
    const range = resolveRange(query, 7, AVAILABILITY_MAX_DAYS);
    const rooms: RoomDetailRow[] = await this.dataSource.query(
      `SELECT ${ROOM_DETAIL_COLUMNS} FROM room
        WHERE $1::uuid IS NULL OR id = $1::uuid
        ORDER BY name, slug`,
      [query.roomId ?? null],
    );
    if (query.roomId !== undefined && rooms.length === 0) throw new RoomNotFoundException();
    const bookings: BookingSummaryRow[] = await this.dataSource.query(
      `SELECT ${BOOKING_SUMMARY_COLUMNS} FROM ${BOOKING_SUMMARY_FROM}
        WHERE b.room_id = ANY($1::uuid[]) AND b.status IN ${BLOCKING_STATUSES_SQL}
          AND b.blocked && tstzrange($2::timestamptz, $3::timestamptz, '[)')
          -- a booking ends on the day it starts and buffers are at most 4 h: this bound lets the
          -- (room_id, starts_at) index read only the range instead of every booking of the rooms
          AND b.starts_at < $3::timestamptz + interval '4 hours'
          AND b.starts_at > $2::timestamptz - interval '2 days'
        ORDER BY b.starts_at, b.id`,
      [rooms.map((r) => r.id), range.from.toISOString(), range.to.toISOString()],
    );
    const byRoom = new Map<string, RoomBookingSummary[]>(rooms.map((r) => [r.id, []]));
    for (const row of bookings) byRoom.get(row.room_id)?.push(toBookingSummary(row, actor));
    return rooms.map((room) => ({
      room: toRoomDetail(room, actor.staff),
      bookings: byRoom.get(room.id) ?? [],
    }));
  }

  /** The caller's bookings (every status) that overlap the range; default the next 92 days. */
  async mine(
    actor: BookingActor,
    query: { from?: string; to?: string },
  ): Promise<RoomBookingSummary[]> {
    const range = resolveRange(query, 92, LIST_MAX_DAYS);
    const rows: BookingSummaryRow[] = await this.dataSource.query(
      `SELECT ${BOOKING_SUMMARY_COLUMNS} FROM ${BOOKING_SUMMARY_FROM}
        WHERE b.organizer_id = $1 AND b.starts_at < $3 AND b.ends_at > $2
        ORDER BY b.starts_at, b.id`,
      [actor.id, range.from.toISOString(), range.to.toISOString()],
    );
    return rows.map((row) => toBookingSummary(row, actor));
  }

  /** Staff: bookings of one status (default `pending`) overlapping the range; default the next 365 days. */
  async list(
    actor: BookingActor,
    query: { from?: string; to?: string; status?: RoomBookingStatus },
  ): Promise<RoomBookingSummary[]> {
    const range = resolveRange(query, 365, LIST_MAX_DAYS);
    const rows: BookingSummaryRow[] = await this.dataSource.query(
      `SELECT ${BOOKING_SUMMARY_COLUMNS} FROM ${BOOKING_SUMMARY_FROM}
        WHERE b.status = $1 AND b.starts_at < $3 AND b.ends_at > $2
        ORDER BY b.starts_at, b.id`,
      [query.status ?? 'pending', range.from.toISOString(), range.to.toISOString()],
    );
    return rows.map((row) => toBookingSummary(row, actor));
  }

  /** One booking: staff, or its organizer (anyone else gets 404). */
  async get(actor: BookingActor, bookingId: string): Promise<RoomBookingSummary> {
    const [row]: BookingSummaryRow[] = await this.dataSource.query(
      `SELECT ${BOOKING_SUMMARY_COLUMNS} FROM ${BOOKING_SUMMARY_FROM} WHERE b.id = $1`,
      [bookingId],
    );
    if (!row || (!actor.staff && row.organizer_id !== actor.id))
      throw new BookingNotFoundException();
    return toBookingSummary(row, actor);
  }
}
