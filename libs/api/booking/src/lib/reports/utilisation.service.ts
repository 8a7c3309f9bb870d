import { Injectable } from '@nestjs/common';
import {
  BOOKING_TIME_ZONE,
  type OpeningHours,
  type RoomUtilisationRow,
} from '@zusammen/shared/contracts';
import { addDays, localDateOf } from '@zusammen/shared/util';
import { DataSource } from 'typeorm';
import { utilisationCsv, utilisationCsvFileName } from './utilisation-csv';
import { InstantCache, mergeIntervals, openHours, type Interval } from './utilisation-hours';
import { addMonthsToMonth as addMonths, monthsBetween } from '@zusammen/shared/util';
import { resolveMonths } from './utilisation-period';

const round = (value: number, places: number): number => {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
};

/** Local dates of a month (`YYYY-MM`). */
function datesOf(month: string): string[] {
  const dates: string[] = [];
  const next = `${addMonths(month, 1)}-01`;
  for (let date = `${month}-01`; date < next; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/**
 * Utilisation per room and month (issue 6, funder reports): hours booked = confirmed bookings (kind booking)
 * clipped to the month; hours open = the room's current opening hours over the month's days minus closures.
 * Three queries for any number of rooms and months.
 */
@Injectable()
export class UtilisationService {
  constructor(private readonly dataSource: DataSource) {}

  async report(query: { from?: string; to?: string }): Promise<RoomUtilisationRow[]> {
    const currentMonth = localDateOf(new Date(), BOOKING_TIME_ZONE).slice(0, 7);
    const { from, to } = resolveMonths(query, currentMonth);
    const months = monthsBetween(from, to);
    const instants = new InstantCache(BOOKING_TIME_ZONE);
    const rangeStart = instants.at(`${from}-01`, '00:00');
    const rangeEnd = instants.at(`${addMonths(to, 1)}-01`, '00:00');

    const rooms: { id: string; name: string; opening_hours: OpeningHours[] }[] =
      await this.dataSource.query(`SELECT id, name, opening_hours FROM room ORDER BY name, id`);
    const booked: { room_id: string; month: string; hours: number }[] = await this.dataSource.query(
      `WITH months AS (
         SELECT to_char(m, 'YYYY-MM') AS month,
                m AT TIME ZONE $3 AS starts, (m + interval '1 month') AT TIME ZONE $3 AS ends
           FROM generate_series($1::timestamp, $2::timestamp, interval '1 month') AS m
       )
       SELECT b.room_id, mo.month,
              sum(extract(epoch FROM least(b.ends_at, mo.ends) - greatest(b.starts_at, mo.starts)))::float8 / 3600 AS hours
         FROM months mo
         JOIN room_booking b ON b.starts_at < mo.ends AND b.ends_at > mo.starts
        WHERE b.status = 'confirmed' AND b.kind = 'booking'
        GROUP BY b.room_id, mo.month`,
      [`${from}-01`, `${to}-01`, BOOKING_TIME_ZONE],
    );
    const closures: { room_id: string; starts_at: Date; ends_at: Date }[] =
      await this.dataSource.query(
        `SELECT room_id, starts_at, ends_at FROM room_booking
        WHERE kind = 'blackout' AND status IN ('held', 'pending', 'confirmed')
          AND starts_at < $2 AND ends_at > $1`,
        [new Date(rangeStart).toISOString(), new Date(rangeEnd).toISOString()],
      );

    const bookedHours = new Map(booked.map((b) => [`${b.room_id}/${b.month}`, Number(b.hours)]));
    const closuresByRoom = new Map<string, Interval[]>();
    for (const c of closures) {
      const list = closuresByRoom.get(c.room_id) ?? [];
      list.push({ start: new Date(c.starts_at).getTime(), end: new Date(c.ends_at).getTime() });
      closuresByRoom.set(c.room_id, list);
    }
    const monthDates = new Map(months.map((m) => [m, datesOf(m)]));
    const rows: RoomUtilisationRow[] = [];
    for (const month of months) {
      for (const room of rooms) {
        const blackouts = mergeIntervals(closuresByRoom.get(room.id) ?? []);
        const hoursOpen = openHours(
          room.opening_hours,
          monthDates.get(month) ?? [],
          blackouts,
          instants,
        );
        const hoursBooked = bookedHours.get(`${room.id}/${month}`) ?? 0;
        rows.push({
          roomId: room.id,
          roomName: room.name,
          month,
          hoursOpen: round(hoursOpen, 2),
          hoursBooked: round(hoursBooked, 2),
          share: hoursOpen > 0 ? round(hoursBooked / hoursOpen, 4) : 0,
        });
      }
    }
    return rows;
  }

  async csv(query: { from?: string; to?: string }): Promise<{ fileName: string; body: string }> {
    const rows = await this.report(query);
    const currentMonth = localDateOf(new Date(), BOOKING_TIME_ZONE).slice(0, 7);
    const { from, to } = resolveMonths(query, currentMonth);
    return { fileName: utilisationCsvFileName(from, to), body: utilisationCsv(rows) };
  }
}
