import type { Logger } from '@nestjs/common';
import {
  BOOKING_TIME_ZONE,
  type RoomBookingKind,
  type RoomBookingStatus,
} from '@zusammen/shared/contracts';
import { addDays, addYears, expandSeries, fromRRule, localDateOf } from '@zusammen/shared/util';
import type { DataSource, EntityManager } from 'typeorm';
import type { EventBookingEffects } from '../events/event-booking-effects';
import { loadRoomRules, prepareRoomForInsert, withBuffers } from './booking-conflicts';
import { seriesHorizon, SERIES_HORIZON_YEARS } from './booking-dates';
import { BLOCKING_STATUSES_SQL, rangeLiteral } from './booking-rows';

export interface MaterialisationResult {
  series: number;
  inserted: number;
  skipped: number;
}

interface DueSeries {
  id: string;
  room_id: string;
  organizer_id: string | null;
  title: string;
  rrule: string;
  local_start_date: string;
  local_start_time: string;
  local_end_time: string;
  exdates: string[];
  materialised_until: string;
}

/**
 * The daily series job (booking.md § 6 "Dates are materialised 12 months ahead. A job extends
 * `materialised_until`"): every active series whose rows end before the horizon gets its next dates, one
 * transaction per series so one series' trouble never blocks the others.
 */
export async function materialiseDueSeries(
  dataSource: DataSource,
  effects: EventBookingEffects,
  logger: Pick<Logger, 'warn'>,
  now = new Date(),
): Promise<MaterialisationResult> {
  const today = localDateOf(now, BOOKING_TIME_ZONE);
  const due: { id: string }[] = await dataSource.query(
    `SELECT id FROM booking_series
      WHERE status = 'active' AND materialised_until < $1::date
        AND (rrule NOT LIKE '%UNTIL=%'
             OR to_date(substring(rrule FROM 'UNTIL=([0-9]{8})'), 'YYYYMMDD') > materialised_until)
      ORDER BY id`,
    [addYears(today, SERIES_HORIZON_YEARS)],
  );
  const result: MaterialisationResult = { series: 0, inserted: 0, skipped: 0 };
  for (const { id } of due) {
    const one = await dataSource.transaction((manager) =>
      materialiseSeries(manager, effects, logger, id, today, now),
    );
    if (one === null) continue;
    result.series++;
    result.inserted += one.inserted;
    result.skipped += one.skipped;
  }
  return result;
}

/**
 * Inserts the dates of one series after `materialised_until` up to the horizon. The exclusion constraint
 * decides: a date that overlaps another booking is left out (`ON CONFLICT DO NOTHING` covers exclusion
 * constraints) and added to the series' exdates, with a warning in the log. New dates get the room's current
 * buffers and the status the series' dates have (else the room's approval rule); dates of a series that carries
 * an event become event dates. Null when another worker holds the series or nothing was due.
 */
export async function materialiseSeries(
  manager: EntityManager,
  effects: EventBookingEffects,
  logger: Pick<Logger, 'warn'>,
  seriesId: string,
  today: string,
  now: Date,
): Promise<{ inserted: number; skipped: number } | null> {
  const [series]: DueSeries[] = await manager.query(
    `SELECT id, room_id, organizer_id, title, rrule, local_start_date::text AS local_start_date,
            to_char(local_start_time, 'HH24:MI') AS local_start_time,
            to_char(local_end_time, 'HH24:MI') AS local_end_time,
            exdates::text[] AS exdates, materialised_until::text AS materialised_until
       FROM booking_series WHERE id = $1 AND status = 'active'
        FOR UPDATE SKIP LOCKED`,
    [seriesId],
  );
  if (!series) return null;
  const horizon = seriesHorizon(today, series.local_start_date);
  if (series.materialised_until >= horizon) return null;
  const room = await loadRoomRules(manager, series.room_id);
  if (!room) return null;

  const from = addDays(series.materialised_until, 1);
  const ruleUntil = fromRRule(series.rrule).until ?? null;
  const dates = expandSeries({
    rrule: series.rrule,
    localStartDate: series.local_start_date,
    startTime: series.local_start_time,
    endTime: series.local_end_time,
    tzid: BOOKING_TIME_ZONE,
    exdates: series.exdates,
    from: from > today ? from : today,
    until: horizon,
  }).filter((d) => d.startsAt.getTime() > now.getTime());
  // dates that already have a row (none in practice: rows never lie beyond materialised_until) stay as they are
  const existing: { recurrence_date: string }[] = await manager.query(
    `SELECT recurrence_date::text AS recurrence_date FROM room_booking
      WHERE series_id = $1 AND recurrence_date >= $2::date`,
    [series.id, from],
  );
  const taken = new Set(existing.map((row) => row.recurrence_date));

  const [model]: { kind: RoomBookingKind; status: RoomBookingStatus }[] = await manager.query(
    `SELECT kind, status FROM room_booking
      WHERE series_id = $1
      ORDER BY (status IN ${BLOCKING_STATUSES_SQL} AND NOT is_override) DESC, starts_at DESC
      LIMIT 1`,
    [series.id],
  );
  const kind = model?.kind ?? 'booking';
  const status: RoomBookingStatus =
    model && (model.status === 'pending' || model.status === 'confirmed')
      ? model.status
      : kind === 'booking' && room.requiresApproval
        ? 'pending'
        : 'confirmed';
  const candidates = dates
    .filter((d) => !taken.has(d.date))
    .map((d) =>
      kind === 'blackout'
        ? withBuffers(d, 0, 0)
        : withBuffers(d, room.setupMinutes, room.teardownMinutes),
    );

  let inserted: { id: string; recurrence_date: string }[] = [];
  if (candidates.length > 0) {
    // as every insert: one writer per room, stale holds expired first
    await prepareRoomForInsert(manager, room.id);
    inserted = await manager.query(
      `INSERT INTO room_booking (room_id, kind, organizer_id, title, series_id, recurrence_date, starts_at, ends_at,
                                 blocked, status)
       SELECT $1, $2, $3, $4, $5, d.recurrence_date, d.starts_at, d.ends_at, d.blocked, $6
         FROM unnest($7::date[], $8::timestamptz[], $9::timestamptz[], $10::tstzrange[])
              AS d(recurrence_date, starts_at, ends_at, blocked)
       ON CONFLICT DO NOTHING
       RETURNING id, recurrence_date::text AS recurrence_date`,
      [
        room.id,
        kind,
        series.organizer_id,
        series.title,
        series.id,
        status,
        candidates.map((c) => c.date),
        candidates.map((c) => c.startsAt.toISOString()),
        candidates.map((c) => c.endsAt.toISOString()),
        candidates.map((c) => rangeLiteral(c.blockedFrom, c.blockedUntil)),
      ],
    );
  }
  const got = new Set(inserted.map((row) => row.recurrence_date));
  const skipped = candidates.map((c) => c.date).filter((date) => !got.has(date));
  if (skipped.length > 0)
    logger.warn(
      `Series ${series.id}: ${skipped.length} date(s) overlap other bookings and were skipped: ${skipped.join(', ')}`,
    );
  await manager.query(
    `UPDATE booking_series
        SET materialised_until = $2::date, exdates = exdates || $3::date[], updated_at = now()
      WHERE id = $1`,
    [series.id, ruleUntil !== null && ruleUntil < horizon ? ruleUntil : horizon, skipped],
  );
  await effects.added(
    manager,
    inserted.map((row) => row.id),
  );
  return { inserted: inserted.length, skipped: skipped.length };
}
