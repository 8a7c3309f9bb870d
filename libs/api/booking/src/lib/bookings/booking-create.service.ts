import { Inject, Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { AuditLog } from '@zusammen/api/identity';
import {
  BOOKING_TIME_ZONE,
  BookingErrorCode,
  type BookingCheckResult,
  type BookingConflict,
  type BookingCreated,
  type BookingRequest,
  type RoomBookingKind,
  type RoomBookingStatus,
  type RoomBookingSummary,
} from '@zusammen/shared/contracts';
import {
  addDays,
  expandSeries,
  isoWeekBounds,
  localDateOf,
  SeriesRuleError,
  type SeriesDate,
} from '@zusammen/shared/util';
import { DataSource, type EntityManager } from 'typeorm';
import type { BookingActor } from './booking-actor';
import { bookingConfig, type BookingConfig } from './booking-config';
import {
  closedDates,
  findConflicts,
  findFreeSlots,
  isExclusionViolation,
  isUniqueViolation,
  loadRoomRules,
  prepareRoomForInsert,
  withBuffers,
  type CandidateDate,
  type RoomRules,
} from './booking-conflicts';
import { expandRequest, requestFieldProblems, type ExpandedRequest } from './booking-dates';
import {
  BookingException,
  BookingForbiddenException,
  RoomNotFoundException,
} from './booking.exception';
import { lockOrganizerQuota, minutesPerWeek, quotaExcess } from './booking-quota';
import { loadBookingSummaries, rangeLiteral } from './booking-rows';

/** Idempotency keys: printable ASCII, at most this long. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 200;
const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/** A request checked for its own fields, with its room, its dates and who it is for. */
interface PreparedRequest {
  room: RoomRules;
  kind: RoomBookingKind;
  organizerId: string | null;
  organizerName: string | null;
  expanded: ExpandedRequest;
  candidates: CandidateDate[];
  today: string;
  /** Whether the organizer's weekly quota applies (organizers' own bookings; staff are exempt). */
  quotaApplies: boolean;
}

/** Marks the skipped dates that something blocks; those nothing blocks are left out. */
async function skippedConflicts(
  manager: EntityManager,
  prepared: Pick<PreparedRequest, 'room' | 'kind'>,
  skipped: readonly SeriesDate[],
  actor: BookingActor,
): Promise<BookingConflict[]> {
  if (skipped.length === 0) return [];
  const { room } = prepared;
  const buffered = skipped.map((d) =>
    prepared.kind === 'blackout'
      ? withBuffers(d, 0, 0)
      : withBuffers(d, room.setupMinutes, room.teardownMinutes),
  );
  const booked = await findConflicts(manager, room.id, buffered, actor);
  const bookedDates = new Set(booked.map((c) => c.date));
  const closed =
    prepared.kind === 'booking'
      ? closedDates(room.openingHours, skipped).filter((c) => !bookedDates.has(c.date))
      : [];
  return [...booked, ...closed].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/**
 * Creates bookings, single or series (booking.md § 6 "Series: Create"), and answers the pre-check. One
 * transaction per request: the organizer's quota lock and count, the room's stale holds expired, the series row,
 * every date in one INSERT. The exclusion constraint `ex_room_booking_no_overlap` is the judge of conflicts: its
 * SQLSTATE 23P01 becomes 409 ROOM_ALREADY_BOOKED with the conflicting dates (one query over all candidate
 * ranges) and free slots. A client `Idempotency-Key` makes a repeated request return the first result.
 */
@Injectable()
export class BookingCreateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(bookingConfig.KEY) private readonly config: BookingConfig,
  ) {}

  /** The dates of a request with what blocks them (booked, closed, over the quota) and alternatives. */
  async check(actor: BookingActor, request: BookingRequest): Promise<BookingCheckResult> {
    const manager = this.dataSource.manager;
    const now = new Date();
    const prepared = await this.prepare(manager, actor, request, now);
    const { room, candidates, expanded } = prepared;
    const booked = await findConflicts(manager, room.id, candidates, actor);
    const taken = new Set(booked.map((c) => c.date));
    const closed =
      prepared.kind === 'booking'
        ? closedDates(room.openingHours, expanded.dates).filter((c) => !taken.has(c.date))
        : [];
    closed.forEach((c) => taken.add(c.date));
    // the quota counts the dates that could be booked (not those already taken or closed)
    const overQuota = prepared.quotaApplies
      ? await this.quotaConflicts(
          manager,
          prepared.organizerId,
          expanded.dates.filter((d) => !taken.has(d.date)),
        )
      : [];
    const conflicts = [...booked, ...closed, ...overQuota].sort((a, b) =>
      a.startsAt.localeCompare(b.startsAt),
    );
    const first = conflicts.find((c) => c.conflictKind !== 'quota');
    return {
      dates: expanded.dates.map((d) => ({
        date: d.date,
        startsAt: d.startsAt.toISOString(),
        endsAt: d.endsAt.toISOString(),
      })),
      conflicts,
      freeSlots: first ? await findFreeSlots(manager, room, first, now) : [],
    };
  }

  async create(
    actor: BookingActor,
    request: BookingRequest,
    idempotencyKey?: string,
  ): Promise<BookingCreated> {
    const key = checkIdempotencyKey(idempotencyKey);
    if (key !== null) {
      const replayed = await this.replay(this.dataSource.manager, actor, key);
      if (replayed) return replayed;
    }
    const now = new Date();
    // the room's rules as the request finds them; the insert itself is judged by the constraint
    const prepared = await this.prepare(this.dataSource.manager, actor, request, now);
    const { room, kind, expanded } = prepared;
    const closed = kind === 'booking' ? closedDates(room.openingHours, expanded.dates) : [];
    if (closed.length > 0)
      throw new BookingException(BookingErrorCode.OutsideOpeningHours, { conflicts: closed });
    try {
      return await this.dataSource.transaction((manager) =>
        this.createIn(manager, actor, request, key, prepared),
      );
    } catch (error: unknown) {
      if (isExclusionViolation(error)) {
        // the transaction is gone; name the conflicts from what is committed now (one query for all dates)
        const manager = this.dataSource.manager;
        const conflicts = await findConflicts(manager, room.id, prepared.candidates, actor);
        const freeSlots = conflicts[0] ? await findFreeSlots(manager, room, conflicts[0], now) : [];
        throw new BookingException(BookingErrorCode.RoomAlreadyBooked, { conflicts, freeSlots });
      }
      // the key lock makes this unreachable in practice; the unique index stays the last word
      if (key !== null && isUniqueViolation(error, 'uq_room_booking_idempotency')) {
        const replayed = await this.replay(this.dataSource.manager, actor, key);
        if (replayed) return replayed;
      }
      throw error;
    }
  }

  /**
   * The transaction of a create: the key lock and a second look for a replay, the quota lock and count, the
   * room's stale holds, the series row and every date in one INSERT. Six statements for a single booking.
   */
  private async createIn(
    manager: EntityManager,
    actor: BookingActor,
    request: BookingRequest,
    key: string | null,
    prepared: PreparedRequest,
  ): Promise<BookingCreated> {
    if (key !== null) {
      // requests with the same key wait for each other; the later one then finds the first one's rows
      await manager.query(
        `SELECT pg_advisory_xact_lock(hashtext('room-booking-idempotency'), hashtext($1::text || '/' || $2::text))`,
        [actor.id, key],
      );
      const replayed = await this.replay(manager, actor, key);
      if (replayed) return replayed;
    }
    const { room, kind, organizerId, expanded, candidates } = prepared;
    if (prepared.quotaApplies && organizerId !== null) {
      const limit = await lockOrganizerQuota(
        manager,
        organizerId,
        this.config.defaultWeeklyMinutes,
      );
      const weeks = await quotaExcess(manager, organizerId, minutesPerWeek(expanded.dates), limit);
      if (weeks.length > 0) throw new BookingException(BookingErrorCode.QuotaExceeded, { weeks });
    }

    // one writer per room from here (no deadlock on the exclusion constraint), stale holds expired
    await prepareRoomForInsert(manager, room.id);

    const status: RoomBookingStatus =
      kind === 'booking' && room.requiresApproval && !actor.staff ? 'pending' : 'confirmed';
    let seriesId: string | null = null;
    if (expanded.rrule !== null) {
      const [series]: { id: string }[] = await manager.query(
        `INSERT INTO booking_series (room_id, organizer_id, title, rrule, tzid, local_start_date, local_start_time,
                                     local_end_time, exdates, materialised_until, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::date[], $10, $11)
         RETURNING id`,
        [
          room.id,
          organizerId,
          request.title,
          expanded.rrule,
          BOOKING_TIME_ZONE,
          request.date,
          request.startTime,
          request.endTime,
          expanded.skipped.map((d) => d.date),
          expanded.materialisedUntil,
          actor.id,
        ],
      );
      seriesId = series.id;
    }

    const ids = await insertDates(manager, {
      roomId: room.id,
      kind,
      organizerId,
      title: request.title,
      seriesId,
      status,
      idempotencyKey: key,
      createdById: actor.id,
      dates: candidates,
    });

    if (actor.staff && (kind === 'blackout' || organizerId !== actor.id)) {
      await this.audit.record(manager, {
        actorId: actor.id,
        action: kind === 'blackout' ? 'booking.closure-created' : 'booking.created-for',
        subjectType: seriesId ? 'booking_series' : 'room_booking',
        subjectId: seriesId ?? ids[0],
        details: { roomId: room.id, organizerId, dateCount: ids.length, status },
        requestId: actor.requestId,
      });
    }
    // the new rows as the caller sees them, without reading them back
    const bookings: RoomBookingSummary[] = candidates.map((date, i) => ({
      id: ids[i],
      roomId: room.id,
      roomName: room.name,
      kind,
      title: request.title,
      status,
      startsAt: date.startsAt.toISOString(),
      endsAt: date.endsAt.toISOString(),
      blockedFrom: date.blockedFrom.toISOString(),
      blockedUntil: date.blockedUntil.toISOString(),
      seriesId,
      recurrenceDate: seriesId === null ? null : date.date,
      isOverride: false,
      organizerId,
      organizerName: prepared.organizerName,
      decisionReason: null,
      eventId: null,
    }));
    return {
      seriesId,
      bookings,
      skipped: await skippedConflicts(manager, prepared, expanded.skipped, actor),
    };
  }

  /**
   * Field checks, who the booking is for, the room, the dates, and the rules that need no lock: not in the
   * past, not beyond the room's horizon (organizers; the first date of a series).
   */
  private async prepare(
    manager: EntityManager,
    actor: BookingActor,
    request: BookingRequest,
    now: Date,
  ): Promise<PreparedRequest> {
    const problems = requestFieldProblems(request);
    if (Object.keys(problems).length > 0) throw new ValidationFailedException(problems);
    const kind = request.kind ?? 'booking';
    if (!actor.staff && kind !== 'booking')
      throw new BookingForbiddenException('Only staff can close a room.');
    if (!actor.staff && request.organizerId !== undefined && request.organizerId !== actor.id)
      throw new BookingForbiddenException('Only staff can book for someone else.');
    const organizerId = kind === 'blackout' ? null : (request.organizerId ?? actor.id);
    const organizerName =
      organizerId === null
        ? null
        : organizerId === actor.id
          ? actor.name
          : await organizerNameOf(manager, organizerId);

    const room = await loadRoomRules(manager, request.roomId);
    if (!room) throw new RoomNotFoundException();
    const today = localDateOf(now, BOOKING_TIME_ZONE);
    let expanded: ExpandedRequest;
    try {
      expanded = expandRequest(request, today);
    } catch (error: unknown) {
      if (error instanceof SeriesRuleError)
        throw new ValidationFailedException({
          [error.code === 'SERIES_TIME_RANGE_INVALID' ? 'endTime' : 'rule']: [...error.problems],
        });
      throw error;
    }
    if (expanded.dates.length === 0) throw new BookingException(BookingErrorCode.NoDatesLeft);

    const past = expanded.dates.filter((d) => d.startsAt.getTime() <= now.getTime());
    if (past.length > 0)
      throw new BookingException(BookingErrorCode.InThePast, { dates: past.map((d) => d.date) });
    const latestDate = addDays(today, room.maxDaysAhead);
    if (!actor.staff && expanded.dates[0].date > latestDate)
      throw new BookingException(BookingErrorCode.TooFarAhead, { latestDate });

    const candidates = expanded.dates.map((d) =>
      kind === 'blackout'
        ? withBuffers(d, 0, 0)
        : withBuffers(d, room.setupMinutes, room.teardownMinutes),
    );
    return {
      room,
      kind,
      organizerId,
      organizerName,
      expanded,
      candidates,
      today,
      quotaApplies: kind === 'booking' && !actor.staff && organizerId !== null,
    };
  }

  /** The pre-check's quota view: every date in a week over the limit, as a `quota` conflict (no lock). */
  private async quotaConflicts(
    manager: EntityManager,
    organizerId: string | null,
    dates: readonly SeriesDate[],
  ): Promise<BookingConflict[]> {
    if (organizerId === null || dates.length === 0) return [];
    const [row]: { weekly_minutes: number }[] = await manager.query(
      `SELECT weekly_minutes FROM organizer_quota WHERE organizer_id = $1`,
      [organizerId],
    );
    const limit = row?.weekly_minutes ?? this.config.defaultWeeklyMinutes;
    const excess = await quotaExcess(manager, organizerId, minutesPerWeek(dates), limit);
    const overWeeks = new Set(excess.map((w) => w.weekStart));
    return dates
      .filter((d) =>
        overWeeks.has(
          localDateOf(isoWeekBounds(d.startsAt, BOOKING_TIME_ZONE).start, BOOKING_TIME_ZONE),
        ),
      )
      .map((d) => ({
        date: d.date,
        startsAt: d.startsAt.toISOString(),
        endsAt: d.endsAt.toISOString(),
        conflictStartsAt: d.startsAt.toISOString(),
        conflictEndsAt: d.endsAt.toISOString(),
        conflictKind: 'quota' as const,
        conflictTitle: null,
      }));
  }

  /** The first result of a request with this key, as it stands now; null when there was none. */
  private async replay(
    manager: EntityManager,
    actor: BookingActor,
    key: string,
  ): Promise<BookingCreated | null> {
    const [first]: { id: string; series_id: string | null }[] = await manager.query(
      `SELECT id, series_id FROM room_booking WHERE created_by_id = $1 AND idempotency_key = $2`,
      [actor.id, key],
    );
    if (!first) return null;
    if (first.series_id === null) {
      return {
        seriesId: null,
        bookings: await loadBookingSummaries(manager, [first.id], actor),
        skipped: [],
      };
    }
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM room_booking WHERE series_id = $1 ORDER BY starts_at`,
      [first.series_id],
    );
    const [series]: {
      room_id: string;
      organizer_id: string | null;
      rrule: string;
      local_start_date: string;
      local_start_time: string;
      local_end_time: string;
      exdates: string[];
      materialised_until: string;
      kind: RoomBookingKind;
    }[] = await manager.query(
      `SELECT s.room_id, s.organizer_id, s.rrule, s.local_start_date::text AS local_start_date,
              to_char(s.local_start_time, 'HH24:MI') AS local_start_time,
              to_char(s.local_end_time, 'HH24:MI') AS local_end_time,
              s.exdates::text[] AS exdates, s.materialised_until::text AS materialised_until, b.kind
         FROM booking_series s JOIN room_booking b ON b.id = $2
        WHERE s.id = $1`,
      [first.series_id, first.id],
    );
    const room = await loadRoomRules(manager, series.room_id);
    const exdates = new Set(series.exdates);
    const skippedDates = room
      ? expandSeries({
          rrule: series.rrule,
          localStartDate: series.local_start_date,
          startTime: series.local_start_time,
          endTime: series.local_end_time,
          tzid: BOOKING_TIME_ZONE,
          until: series.materialised_until,
        }).filter((d) => exdates.has(d.date))
      : [];
    return {
      seriesId: first.series_id,
      bookings: await loadBookingSummaries(
        manager,
        rows.map((r) => r.id),
        actor,
      ),
      skipped: room
        ? await skippedConflicts(manager, { room, kind: series.kind }, skippedDates, actor)
        : [],
    };
  }
}

function checkIdempotencyKey(key: string | undefined): string | null {
  if (key === undefined || key === '') return null;
  if (!IDEMPOTENCY_KEY_PATTERN.test(key))
    throw new ValidationFailedException({
      'Idempotency-Key': [
        `must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} printable ASCII characters without spaces`,
      ],
    });
  return key;
}

/** Staff may book for an active account with the organizer role; returns its display name. */
async function organizerNameOf(manager: EntityManager, organizerId: string): Promise<string> {
  const [row]: { display_name: string }[] = await manager.query(
    `SELECT display_name FROM user_account WHERE id = $1 AND is_active AND 'organizer' = ANY(roles)`,
    [organizerId],
  );
  if (!row) throw new BookingException(BookingErrorCode.OrganizerNotFound);
  return row.display_name;
}

export interface InsertDatesInput {
  roomId: string;
  kind: RoomBookingKind;
  organizerId: string | null;
  title: string;
  seriesId: string | null;
  status: RoomBookingStatus;
  /** Stored on the first row only (the unique index is per actor and key). */
  idempotencyKey: string | null;
  createdById: string | null;
  dates: readonly CandidateDate[];
}

/**
 * Inserts every date in one statement and returns the ids in the order of `dates`. A date that overlaps a
 * blocking booking makes the exclusion constraint fail the statement (SQLSTATE 23P01) and with it the transaction.
 */
export async function insertDates(
  manager: EntityManager,
  input: InsertDatesInput,
): Promise<string[]> {
  const rows: { id: string; starts_at: Date }[] = await manager.query(
    `INSERT INTO room_booking (room_id, kind, organizer_id, title, series_id, recurrence_date, starts_at, ends_at,
                               blocked, status, idempotency_key, created_by_id)
     SELECT $1, $2, $3, $4, $5, d.recurrence_date, d.starts_at, d.ends_at, d.blocked, $6,
            CASE WHEN d.ord = 1 THEN $7 END, $8
       FROM unnest($9::date[], $10::timestamptz[], $11::timestamptz[], $12::tstzrange[])
            WITH ORDINALITY AS d(recurrence_date, starts_at, ends_at, blocked, ord)
      ORDER BY d.ord
     RETURNING id, starts_at`,
    [
      input.roomId,
      input.kind,
      input.organizerId,
      input.title,
      input.seriesId,
      input.status,
      input.idempotencyKey,
      input.createdById,
      input.dates.map((d) => (input.seriesId === null ? null : d.date)),
      input.dates.map((d) => d.startsAt.toISOString()),
      input.dates.map((d) => d.endsAt.toISOString()),
      input.dates.map((d) => rangeLiteral(d.blockedFrom, d.blockedUntil)),
    ],
  );
  // RETURNING order is the insertion order in practice, but nothing promises it: match by start
  const byStart = new Map(rows.map((row) => [new Date(row.starts_at).getTime(), row.id]));
  return input.dates.map((d) => byStart.get(d.startsAt.getTime()) as string);
}
