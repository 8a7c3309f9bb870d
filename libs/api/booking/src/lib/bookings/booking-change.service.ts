import { Inject, Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { AuditLog } from '@zusammen/api/identity';
import {
  BOOKING_TIME_ZONE,
  BookingErrorCode,
  type BookingCancelRequest,
  type BookingChangeRequest,
  type RoomBookingKind,
  type RoomBookingStatus,
  type RoomBookingSummary,
  type SeriesEditScope,
} from '@zusammen/shared/contracts';
import {
  addDays,
  expandSeries,
  fromRRule,
  localDateOf,
  localTimeOf,
  minutesOfDay,
  toRRule,
  withUntil,
  type SeriesDate,
} from '@zusammen/shared/util';
import { DataSource, type EntityManager } from 'typeorm';
import { EventBookingEffects } from '../events/event-booking-effects';
import type { BookingActor } from './booking-actor';
import { bookingConfig, type BookingConfig } from './booking-config';
import {
  closedDates,
  findConflicts,
  findFreeSlots,
  isExclusionViolation,
  loadRoomRules,
  type CandidateDate,
  type RoomRules,
} from './booking-conflicts';
import { dayBefore, singleDate } from './booking-dates';
import { BookingException, BookingNotFoundException } from './booking.exception';
import { lockOrganizerQuota, minutesPerWeek, quotaExcess } from './booking-quota';
import {
  BLOCKING_STATUSES_SQL,
  loadBookingSummaries,
  rangeLiteral,
  returnedRows,
} from './booking-rows';

/** The booking a change or cancellation starts from, locked. */
interface TargetRow {
  id: string;
  room_id: string;
  kind: RoomBookingKind;
  organizer_id: string | null;
  title: string;
  series_id: string | null;
  recurrence_date: string | null;
  is_override: boolean;
  status: RoomBookingStatus;
  starts_at: Date;
  ends_at: Date;
  blocked_from: Date;
  blocked_until: Date;
}

/** The series of the target, locked. */
interface SeriesRow {
  id: string;
  title: string;
  rrule: string;
  local_start_date: string;
  local_start_time: string;
  local_end_time: string;
  exdates: string[];
  materialised_until: string;
  status: string;
}

/** A row to move: its new instants; its buffer widths stay as they were fixed at creation (invariant 4). */
interface Move {
  row: TargetRow;
  date: SeriesDate;
}

const TARGET_COLUMNS = `b.id, b.room_id, b.kind, b.organizer_id, b.title, b.series_id,
  b.recurrence_date::text AS recurrence_date, b.is_override, b.status, b.starts_at, b.ends_at,
  lower(b.blocked) AS blocked_from, upper(b.blocked) AS blocked_until`;

const SERIES_COLUMNS = `id, title, rrule, local_start_date::text AS local_start_date,
  to_char(local_start_time, 'HH24:MI') AS local_start_time, to_char(local_end_time, 'HH24:MI') AS local_end_time,
  exdates::text[] AS exdates, materialised_until::text AS materialised_until, status`;

/**
 * Changes and cancellations with series scopes (booking.md § 6 "Edit scopes"): `this` = the date alone (an
 * override row that keeps its recurrence date), `following` = split the series at this date, `all` = every
 * future non-override date (the past stays). Moves re-check opening hours, the horizon, the quota and conflicts
 * (409 with the conflicting dates; override dates of the same series count as conflicts too). Lock order: the
 * series row, then booking rows; dates that carry an event are handed to EventBookingEffects in the same
 * transaction.
 */
@Injectable()
export class BookingChangeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly effects: EventBookingEffects,
    @Inject(bookingConfig.KEY) private readonly config: BookingConfig,
  ) {}

  async cancel(
    actor: BookingActor,
    bookingId: string,
    request: BookingCancelRequest,
  ): Promise<RoomBookingSummary[]> {
    return this.dataSource.transaction(async (manager) => {
      const { row, series } = await lockTarget(manager, actor, bookingId);
      const reason = request.reason?.trim() || null;
      const scope: SeriesEditScope = series ? request.scope : 'this';
      let cancelled: string[];
      if (scope === 'this' || !series) {
        cancelled = await cancelRows(manager, [row.id], reason);
        if (series && row.recurrence_date !== null)
          await manager.query(
            `UPDATE booking_series SET exdates = array_append(exdates, $2::date), updated_at = now()
              WHERE id = $1 AND NOT ($2::date = ANY(exdates))`,
            [series.id, row.recurrence_date],
          );
      } else {
        const from = scope === 'following' ? (row.recurrence_date as string) : null;
        const ids: { id: string }[] = await manager.query(
          `SELECT id FROM room_booking
            WHERE series_id = $1 AND status IN ${BLOCKING_STATUSES_SQL} AND starts_at > now()
              AND ($2::date IS NULL OR recurrence_date >= $2::date)
            ORDER BY id FOR UPDATE`,
          [series.id, from],
        );
        cancelled = await cancelRows(
          manager,
          ids.map((r) => r.id),
          reason,
        );
        if (from === null || from <= series.local_start_date) {
          await manager.query(
            `UPDATE booking_series SET status = 'cancelled', updated_at = now() WHERE id = $1`,
            [series.id],
          );
        } else {
          const until = dayBefore(from);
          await manager.query(
            `UPDATE booking_series
                SET rrule = $2, materialised_until = LEAST(materialised_until, $3::date),
                    exdates = ARRAY(SELECT d FROM unnest(exdates) AS d WHERE d <= $3::date), updated_at = now()
              WHERE id = $1`,
            [series.id, withUntil(series.rrule, until), until],
          );
        }
      }
      await this.effects.cancelled(manager, cancelled);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'booking.cancelled',
        subjectType: 'room_booking',
        subjectId: row.id,
        details: {
          scope,
          seriesId: row.series_id,
          dateCount: cancelled.length,
          byStaff: actor.staff && row.organizer_id !== actor.id,
        },
        requestId: actor.requestId,
      });
      return loadBookingSummaries(manager, cancelled, actor);
    });
  }

  async change(
    actor: BookingActor,
    bookingId: string,
    request: BookingChangeRequest,
  ): Promise<RoomBookingSummary[]> {
    const given = ['startTime', 'endTime', 'date', 'title'].filter(
      (field) => request[field as keyof BookingChangeRequest] !== undefined,
    );
    if (given.length === 0)
      throw new ValidationFailedException({
        scope: ['give at least one of startTime, endTime, date, title'],
      });
    return this.dataSource.transaction(async (manager) => {
      const { row, series } = await lockTarget(manager, actor, bookingId);
      const room = await loadRoomRules(manager, row.room_id);
      if (!room) throw new BookingNotFoundException();
      const scope: SeriesEditScope = series ? request.scope : 'this';
      if (scope !== 'this' && request.date !== undefined)
        throw new ValidationFailedException({
          date: ['a date can only be changed for one date (scope this)'],
        });

      if (scope === 'this' || !series) {
        const date = request.date ?? localDateOf(row.starts_at, BOOKING_TIME_ZONE);
        const start = request.startTime ?? localTimeOf(row.starts_at, BOOKING_TIME_ZONE);
        const end = request.endTime ?? localTimeOf(row.ends_at, BOOKING_TIME_ZONE);
        checkTimes(start, end);
        const moves = [{ row, date: singleDate(date, start, end) }];
        const title = request.title ?? row.title;
        const ids = await this.applyMoves(manager, actor, room, moves, {
          title: () => title,
          markOverride: series !== null,
        });
        return this.finish(manager, actor, row, scope, ids);
      }

      const start = request.startTime ?? series.local_start_time;
      const end = request.endTime ?? series.local_end_time;
      checkTimes(start, end);
      const title = request.title ?? series.title;
      let seriesId = series.id;
      if (scope === 'following' && (row.recurrence_date as string) > series.local_start_date) {
        seriesId = await splitSeries(manager, actor, series, row.recurrence_date as string, {
          start,
          end,
          title,
        });
        await this.effects.added(manager, await this.repointEvents(manager, series.id, seriesId));
      } else {
        await manager.query(
          `UPDATE booking_series SET local_start_time = $2, local_end_time = $3, title = $4, updated_at = now()
            WHERE id = $1`,
          [series.id, start, end, title],
        );
      }
      const rows: TargetRow[] = await manager.query(
        `SELECT ${TARGET_COLUMNS} FROM room_booking b
          WHERE b.series_id = $1 AND NOT b.is_override AND b.status IN ${BLOCKING_STATUSES_SQL}
            AND b.starts_at > now()
          ORDER BY b.id FOR UPDATE`,
        [seriesId],
      );
      const moves = rows.map((r) => ({
        row: r,
        date: singleDate(r.recurrence_date as string, start, end),
      }));
      const ids = await this.applyMoves(manager, actor, room, moves, {
        title: () => title,
        markOverride: false,
      });
      return this.finish(manager, actor, row, scope, ids);
    });
  }

  /**
   * After a split, the series' event (`booking_event.series_id`) follows the new series: the old one is bounded
   * by UNTIL and gets no new dates, while the daily job adds the new series' dates and looks their event up by
   * series. Existing occurrences keep their event. Returns the new series' future rows, so that dates without
   * an occurrence get one (EventBookingEffects.added leaves existing ones alone).
   */
  private async repointEvents(
    manager: EntityManager,
    oldSeriesId: string,
    newSeriesId: string,
  ): Promise<string[]> {
    const moved = returnedRows<{ id: string }>(
      await manager.query(
        `UPDATE booking_event SET series_id = $2, updated_at = now() WHERE series_id = $1 RETURNING id`,
        [oldSeriesId, newSeriesId],
      ),
    );
    if (moved.length === 0) return [];
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM room_booking WHERE series_id = $1 AND starts_at > now() ORDER BY starts_at`,
      [newSeriesId],
    );
    return rows.map((row) => row.id);
  }

  private async finish(
    manager: EntityManager,
    actor: BookingActor,
    row: TargetRow,
    scope: SeriesEditScope,
    ids: string[],
  ): Promise<RoomBookingSummary[]> {
    await this.audit.record(manager, {
      actorId: actor.id,
      action: 'booking.changed',
      subjectType: 'room_booking',
      subjectId: row.id,
      details: {
        scope,
        seriesId: row.series_id,
        dateCount: ids.length,
        byStaff: actor.staff && row.organizer_id !== actor.id,
      },
      requestId: actor.requestId,
    });
    return loadBookingSummaries(manager, ids, actor);
  }

  /**
   * Checks and writes the moves in one UPDATE inside a savepoint. A date that moved (not just retitled) goes
   * back to `pending` when an organizer moves it in a room that needs approval. Returns the moved ids.
   */
  private async applyMoves(
    manager: EntityManager,
    actor: BookingActor,
    room: RoomRules,
    moves: Move[],
    options: { title: (row: TargetRow) => string; markOverride: boolean },
  ): Promise<string[]> {
    if (moves.length === 0) return [];
    const now = new Date();
    const kind = moves[0].row.kind;
    const timeMoves = moves.filter(
      (m) =>
        m.date.startsAt.getTime() !== new Date(m.row.starts_at).getTime() ||
        m.date.endsAt.getTime() !== new Date(m.row.ends_at).getTime(),
    );
    const dates = timeMoves.map((m) => m.date);
    const past = dates.filter((d) => d.startsAt.getTime() <= now.getTime());
    if (past.length > 0)
      throw new BookingException(BookingErrorCode.InThePast, { dates: past.map((d) => d.date) });
    const today = localDateOf(now, BOOKING_TIME_ZONE);
    const latestDate = addDays(today, room.maxDaysAhead);
    const tooFar = timeMoves.filter(
      (m) =>
        m.date.date > latestDate && m.date.date !== localDateOf(m.row.starts_at, BOOKING_TIME_ZONE),
    );
    if (!actor.staff && tooFar.length > 0)
      throw new BookingException(BookingErrorCode.TooFarAhead, { latestDate });
    if (kind === 'booking') {
      const closed = closedDates(room.openingHours, dates);
      if (closed.length > 0)
        throw new BookingException(BookingErrorCode.OutsideOpeningHours, { conflicts: closed });
    }
    const organizerId = moves[0].row.organizer_id;
    const movedIds = moves.map((m) => m.row.id);
    if (kind === 'booking' && !actor.staff && organizerId !== null && timeMoves.length > 0) {
      const limit = await lockOrganizerQuota(
        manager,
        organizerId,
        this.config.defaultWeeklyMinutes,
      );
      const weeks = await quotaExcess(
        manager,
        organizerId,
        minutesPerWeek(moves.map((m) => m.date)),
        limit,
        movedIds,
      );
      if (weeks.length > 0) throw new BookingException(BookingErrorCode.QuotaExceeded, { weeks });
    }

    const candidates: CandidateDate[] = moves.map((m) => ({
      ...m.date,
      blockedFrom: new Date(
        m.date.startsAt.getTime() -
          (new Date(m.row.starts_at).getTime() - new Date(m.row.blocked_from).getTime()),
      ),
      blockedUntil: new Date(
        m.date.endsAt.getTime() +
          (new Date(m.row.blocked_until).getTime() - new Date(m.row.ends_at).getTime()),
      ),
    }));
    const backToPending =
      kind === 'booking' && room.requiresApproval && !actor.staff
        ? timeMoves.map((m) => m.row.id)
        : [];

    await manager.query('SAVEPOINT room_booking_move');
    try {
      await manager.query(
        `UPDATE room_booking b
            SET starts_at = m.starts_at, ends_at = m.ends_at, blocked = m.blocked, title = m.title,
                is_override = b.is_override OR $6,
                status = CASE WHEN b.id = ANY($7::uuid[]) AND b.status = 'confirmed' THEN 'pending' ELSE b.status END,
                updated_at = now()
           FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::tstzrange[], $5::text[])
                AS m(id, starts_at, ends_at, blocked, title)
          WHERE b.id = m.id`,
        [
          movedIds,
          candidates.map((c) => c.startsAt.toISOString()),
          candidates.map((c) => c.endsAt.toISOString()),
          candidates.map((c) => rangeLiteral(c.blockedFrom, c.blockedUntil)),
          moves.map((m) => options.title(m.row)),
          options.markOverride,
          backToPending,
        ],
      );
    } catch (error: unknown) {
      if (!isExclusionViolation(error)) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT room_booking_move');
      const conflicts = await findConflicts(manager, room.id, candidates, actor, movedIds);
      const freeSlots = conflicts[0] ? await findFreeSlots(manager, room, conflicts[0], now) : [];
      throw new BookingException(BookingErrorCode.RoomAlreadyBooked, { conflicts, freeSlots });
    }
    await this.effects.moved(
      manager,
      timeMoves.map((m) => ({ bookingId: m.row.id, previousStartsAt: new Date(m.row.starts_at) })),
    );
    return movedIds;
  }
}

function checkTimes(start: string, end: string): void {
  if (minutesOfDay(end) <= minutesOfDay(start))
    throw new ValidationFailedException({
      endTime: ['endTime must be after startTime (on the same day)'],
    });
}

/**
 * The booking and its series, locked in the fixed order series → booking. Staff may act on every booking, an
 * organizer on their own (anything else is 404). Only blocking dates that have not begun can be changed.
 */
async function lockTarget(
  manager: EntityManager,
  actor: BookingActor,
  bookingId: string,
): Promise<{ row: TargetRow; series: SeriesRow | null }> {
  const [peek]: { series_id: string | null; organizer_id: string | null }[] = await manager.query(
    `SELECT series_id, organizer_id FROM room_booking WHERE id = $1`,
    [bookingId],
  );
  if (!peek || (!actor.staff && peek.organizer_id !== actor.id))
    throw new BookingNotFoundException();
  let series: SeriesRow | null = null;
  if (peek.series_id !== null) {
    [series] = await manager.query(
      `SELECT ${SERIES_COLUMNS} FROM booking_series WHERE id = $1 FOR UPDATE`,
      [peek.series_id],
    );
  }
  const [row]: TargetRow[] = await manager.query(
    `SELECT ${TARGET_COLUMNS} FROM room_booking b WHERE b.id = $1 FOR UPDATE`,
    [bookingId],
  );
  if (!row) throw new BookingNotFoundException();
  // the series cannot change under the series lock, but a split elsewhere may have moved this row before it
  if (row.series_id !== peek.series_id)
    throw new BookingException(BookingErrorCode.BookingStateChanged);
  if (
    !['held', 'pending', 'confirmed'].includes(row.status) ||
    new Date(row.starts_at).getTime() <= Date.now()
  )
    throw new BookingException(BookingErrorCode.BookingNotChangeable, { status: row.status });
  return { row, series: series ?? null };
}

async function cancelRows(
  manager: EntityManager,
  ids: readonly string[],
  reason: string | null,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const result: unknown = await manager.query(
    `UPDATE room_booking
        SET status = 'cancelled', hold_expires_at = NULL, decision_reason = COALESCE($2, decision_reason),
            updated_at = now()
      WHERE id = ANY($1::uuid[]) AND status IN ${BLOCKING_STATUSES_SQL}
      RETURNING id`,
    [ids, reason],
  );
  return returnedRows<{ id: string }>(result).map((r) => r.id);
}

/**
 * "This and following" (booking.md § 6): the old series ends the day before `from` (its rule gets UNTIL), a new
 * series with the new wall times and title starts at `from` with the rest of the rule (the remaining COUNT, or
 * the same UNTIL); the dates from `from` on (rows of any status, and exdates) move to the new series.
 */
async function splitSeries(
  manager: EntityManager,
  actor: BookingActor,
  series: SeriesRow,
  from: string,
  next: { start: string; end: string; title: string },
): Promise<string> {
  const rule = fromRRule(series.rrule);
  if (rule.count !== undefined) {
    const before = expandSeries({
      rrule: series.rrule,
      localStartDate: series.local_start_date,
      startTime: series.local_start_time,
      endTime: series.local_end_time,
      tzid: BOOKING_TIME_ZONE,
      until: dayBefore(from),
    }).length;
    rule.count = Math.max(1, rule.count - before);
  }
  const [created]: { id: string }[] = await manager.query(
    `INSERT INTO booking_series (room_id, organizer_id, title, rrule, tzid, local_start_date, local_start_time,
                                 local_end_time, exdates, materialised_until, status, created_by_id)
     SELECT room_id, organizer_id, $2, $3, tzid, $4, $5, $6,
            ARRAY(SELECT d FROM unnest(exdates) AS d WHERE d >= $4::date), materialised_until, status, $7
       FROM booking_series WHERE id = $1
     RETURNING id`,
    [series.id, next.title, toRRule(rule, from), from, next.start, next.end, actor.id],
  );
  const until = dayBefore(from);
  await manager.query(
    `UPDATE booking_series
        SET rrule = $2, materialised_until = LEAST(materialised_until, $3::date),
            exdates = ARRAY(SELECT d FROM unnest(exdates) AS d WHERE d <= $3::date), updated_at = now()
      WHERE id = $1`,
    [series.id, withUntil(series.rrule, until), until],
  );
  await manager.query(
    `UPDATE room_booking SET series_id = $2, updated_at = now() WHERE series_id = $1 AND recurrence_date >= $3::date`,
    [series.id, created.id, from],
  );
  return created.id;
}
