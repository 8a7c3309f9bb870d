import { HttpStatus, Injectable } from '@nestjs/common';
import { DomainException, ValidationFailedException } from '@zusammen/api/core';
import { AuditLog } from '@zusammen/api/identity';
import { NotificationOutbox } from '@zusammen/api/notifications';
import {
  BookingErrorCode,
  EventErrorCode,
  type EventSummary,
  type OccurrenceSummary,
} from '@zusammen/shared/contracts';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { cancelOccurrence } from './event-booking-effects';
import type { EventActor } from './event-actor';
import type { CreateEventDto, PublicEventsQueryDto, UpdateEventDto } from './event.dto';
import { EventException, eventNotFound, occurrenceNotFound } from './event.exception';
import {
  loadEventSummaries,
  loadOccurrenceSummary,
  PUBLIC_OCCURRENCE_SQL,
} from './event-summaries';
import { lockOccurrence, lockOccurrences } from './occurrence-lock';
import { promoteWaitlist } from './waitlist-promotion';
import { berlinInstant } from './public-range';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Default and longest range of the public programme. */
export const PUBLIC_RANGE_DEFAULT_DAYS = 92;
export const PUBLIC_RANGE_MAX_DAYS = 400;

interface BookingRow {
  id: string;
  kind: string;
  status: string;
  organizer_id: string | null;
  series_id: string | null;
  room_id: string;
  ends_at: Date;
}

interface EventOwnerRow {
  id: string;
  organizer_id: string | null;
  created_by_id: string | null;
  capacity: number;
  min_participants: number | null;
}

const bookingNotFound = () =>
  new DomainException(BookingErrorCode.BookingNotFound, 'Booking not found.', HttpStatus.NOT_FOUND);

/** Columns of `booking_event` a request may set, with their SQL cast. */
const SETTABLE: readonly (readonly [keyof UpdateEventDto, string, string])[] = [
  ['title', 'title', 'jsonb'],
  ['description', 'description', 'jsonb'],
  ['audience', 'audience', 'text'],
  ['public', 'public', 'boolean'],
  ['languagesSpoken', 'languages_spoken', 'text[]'],
  ['capacity', 'capacity', 'integer'],
  ['requiresApproval', 'requires_approval', 'boolean'],
  ['waitlistEnabled', 'waitlist_enabled', 'boolean'],
  ['minParticipants', 'min_participants', 'integer'],
  ['minDecisionHours', 'min_decision_hours', 'integer'],
  ['registrationOpensAt', 'registration_opens_at', 'timestamptz'],
  ['registrationClosesMinutesBefore', 'registration_closes_minutes_before', 'integer'],
  ['offerHoldHours', 'offer_hold_hours', 'integer'],
];

function sqlValue(key: keyof UpdateEventDto, value: unknown): unknown {
  if (key === 'title' || key === 'description') return JSON.stringify(value);
  return value ?? null;
}

/**
 * Events (Veranstaltungen) on bookings: create, change, read, the public programme, and cancelling one date.
 * The organizer of an event is the booking's organizer; they and staff manage it.
 */
@Injectable()
export class EventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: NotificationOutbox,
    private readonly audit: AuditLog,
  ) {}

  /**
   * POST /api/events. One date per booking; for a booking of a series the event gets `series_id` and a date for
   * every blocking booking of the series that has not ended (later dates come through `EventBookingEffects.added`).
   */
  async create(actor: EventActor, request: CreateEventDto): Promise<EventSummary> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const now = new Date();
        const [booking]: BookingRow[] = await manager.query(
          `SELECT id, kind, status, organizer_id, series_id, room_id, ends_at FROM room_booking WHERE id = $1`,
          [request.bookingId],
        );
        if (!booking || !(actor.staff || booking.organizer_id === actor.id))
          throw bookingNotFound();
        if (
          booking.kind !== 'booking' ||
          !['pending', 'confirmed'].includes(booking.status) ||
          new Date(booking.ends_at).getTime() <= now.getTime()
        )
          throw new EventException(EventErrorCode.BookingNotEligible, { status: booking.status });
        // the dates, locked against concurrent cancellation or moves while the event is set up
        const dates: { id: string; room_capacity: number }[] = await manager.query(
          `SELECT b.id, r.capacity AS room_capacity
             FROM room_booking b JOIN room r ON r.id = b.room_id
            WHERE ${booking.series_id ? 'b.series_id = $1' : 'b.id = $1'}
              AND b.kind = 'booking' AND b.status IN ('pending', 'confirmed') AND b.ends_at > $2
            ORDER BY b.id
              FOR SHARE OF b`,
          [booking.series_id ?? booking.id, now.toISOString()],
        );
        const bookingIds = dates.map((date) => date.id);
        const [existing]: { event_id: string }[] = await manager.query(
          `SELECT event_id FROM event_occurrence WHERE room_booking_id = ANY($1::uuid[])
           UNION ALL
           SELECT id FROM booking_event WHERE $2::uuid IS NOT NULL AND series_id = $2
           LIMIT 1`,
          [bookingIds, booking.series_id],
        );
        if (existing)
          throw new EventException(EventErrorCode.EventAlreadyExists, {
            eventId: existing.event_id,
          });
        const roomCapacity = Math.min(...dates.map((date) => date.room_capacity));
        if (request.capacity > roomCapacity)
          throw new EventException(EventErrorCode.CapacityExceedsRoom, { roomCapacity });
        checkMinimum(request.minParticipants ?? null, request.capacity);

        const [{ id }]: { id: string }[] = await manager.query(
          `INSERT INTO booking_event (organizer_id, series_id, title, description, audience, public,
                                      languages_spoken, capacity, requires_approval, waitlist_enabled,
                                      min_participants, min_decision_hours, registration_opens_at,
                                      registration_closes_minutes_before, offer_hold_hours, created_by_id)
           VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7::text[], $8, $9, $10, $11, $12, $13, $14, $15, $16)
           RETURNING id`,
          [
            booking.organizer_id,
            booking.series_id,
            JSON.stringify(request.title),
            JSON.stringify(request.description ?? {}),
            request.audience,
            request.public,
            request.languagesSpoken,
            request.capacity,
            request.requiresApproval,
            request.waitlistEnabled,
            request.minParticipants ?? null,
            request.minDecisionHours ?? 48,
            request.registrationOpensAt ?? null,
            request.registrationClosesMinutesBefore ?? 0,
            request.offerHoldHours ?? 12,
            actor.id,
          ],
        );
        await manager.query(
          `INSERT INTO event_occurrence (event_id, room_booking_id, room_id, starts_at, ends_at, capacity)
           SELECT $1, b.id, b.room_id, b.starts_at, b.ends_at, $3
             FROM room_booking b
            WHERE b.id = ANY($2::uuid[])
            ORDER BY b.starts_at`,
          [id, bookingIds, request.capacity],
        );
        await refreshMinimumChecks(manager, id, now);
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'event.created',
          subjectType: 'booking_event',
          subjectId: id,
          details: {
            bookingId: booking.id,
            seriesId: booking.series_id,
            dates: bookingIds.length,
            capacity: request.capacity,
          },
          requestId: actor.requestId,
        });
        const [summary] = await loadEventSummaries(manager, [id], { kind: 'all' }, now);
        return summary;
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: unknown } | undefined)?.constraint ===
          'uq_event_occurrence_room_booking_id'
      )
        throw new EventException(EventErrorCode.EventAlreadyExists);
      throw error;
    }
  }

  /**
   * PATCH /api/events/:id. A capacity change applies to every scheduled date that has not started, under their
   * row locks (ascending id): below the seats taken on any of them → 409; above the room → 422; an increase
   * promotes each date's waiting list in the same transaction.
   */
  async update(actor: EventActor, eventId: string, request: UpdateEventDto): Promise<EventSummary> {
    return this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const [event]: EventOwnerRow[] = await manager.query(
        `SELECT id, organizer_id, created_by_id, capacity, min_participants
           FROM booking_event WHERE id = $1 FOR UPDATE`,
        [eventId],
      );
      if (!event || !owns(actor, event)) throw eventNotFound();
      const capacity = request.capacity ?? event.capacity;
      const minimum =
        request.minParticipants !== undefined ? request.minParticipants : event.min_participants;
      checkMinimum(minimum, capacity);

      const capacityChanged = request.capacity !== undefined && request.capacity !== event.capacity;
      const futureIds: { id: string }[] = capacityChanged
        ? await manager.query(
            `SELECT id FROM event_occurrence
              WHERE event_id = $1 AND status = 'scheduled' AND starts_at > $2 ORDER BY id`,
            [eventId, now.toISOString()],
          )
        : [];
      const dates = await lockOccurrences(
        manager,
        futureIds.map((row) => row.id),
      );
      if (capacityChanged && dates.length > 0) {
        const [{ room_capacity: roomCapacity }]: { room_capacity: number }[] = await manager.query(
          `SELECT min(r.capacity)::int AS room_capacity
             FROM event_occurrence o JOIN room r ON r.id = o.room_id
            WHERE o.id = ANY($1::uuid[])`,
          [dates.map((date) => date.occurrenceId)],
        );
        if (capacity > roomCapacity)
          throw new EventException(EventErrorCode.CapacityExceedsRoom, { roomCapacity });
        const over = dates.find((date) => date.seatsTaken > capacity);
        if (over)
          throw new EventException(EventErrorCode.CapacityBelowTaken, {
            occurrenceId: over.occurrenceId,
            seatsTaken: over.seatsTaken,
          });
      }

      const sets: string[] = [];
      const values: unknown[] = [eventId];
      for (const [key, column, cast] of SETTABLE) {
        if (request[key] === undefined) continue;
        values.push(sqlValue(key, request[key]));
        sets.push(`${column} = $${values.length}::${cast}`);
      }
      if (sets.length > 0) {
        await manager.query(
          `UPDATE booking_event SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`,
          values,
        );
      }
      if (capacityChanged && dates.length > 0) {
        await manager.query(
          `UPDATE event_occurrence SET capacity = $2, updated_at = now() WHERE id = ANY($1::uuid[])`,
          [dates.map((date) => date.occurrenceId), capacity],
        );
        if (capacity > event.capacity) {
          for (const date of dates) await promoteWaitlist(manager, this.outbox, date, now);
        }
      }
      if (request.minParticipants !== undefined || request.minDecisionHours !== undefined) {
        await refreshMinimumChecks(manager, eventId, now);
      }
      const [summary] = await loadEventSummaries(manager, [eventId], { kind: 'all' }, now);
      return summary;
    });
  }

  /** GET /api/events/:id (owner, staff): every date, past and cancelled ones included. */
  async get(actor: EventActor, eventId: string): Promise<EventSummary> {
    const manager = this.dataSource.manager;
    const [event]: EventOwnerRow[] = await manager.query(
      `SELECT id, organizer_id, created_by_id, capacity, min_participants FROM booking_event WHERE id = $1`,
      [eventId],
    );
    if (!event || !owns(actor, event)) throw eventNotFound();
    const [summary] = await loadEventSummaries(manager, [eventId], { kind: 'all' }, new Date());
    return summary;
  }

  /** GET /api/events/mine: events the caller organizes or created, by their first date. */
  async mine(actor: EventActor): Promise<EventSummary[]> {
    const manager = this.dataSource.manager;
    const rows: { id: string }[] = await manager.query(
      `SELECT e.id FROM booking_event e
        WHERE e.organizer_id = $1 OR e.created_by_id = $1
        ORDER BY (SELECT min(o.starts_at) FROM event_occurrence o WHERE o.event_id = e.id) NULLS LAST, e.id`,
      [actor.id],
    );
    return loadEventSummaries(
      manager,
      rows.map((row) => row.id),
      { kind: 'all' },
      new Date(),
    );
  }

  /**
   * GET /api/events/public: public events with scheduled dates (confirmed bookings) starting in [from, to), never
   * before now; each with those dates only. No names of organizers or participants.
   */
  async publicProgramme(query: PublicEventsQueryDto): Promise<EventSummary[]> {
    const now = new Date();
    const requestedFrom = query.from ? berlinInstant(query.from) : now;
    const from = requestedFrom.getTime() < now.getTime() ? now : requestedFrom;
    const to = query.to
      ? berlinInstant(query.to)
      : new Date(from.getTime() + PUBLIC_RANGE_DEFAULT_DAYS * DAY_MS);
    if (to.getTime() - from.getTime() > PUBLIC_RANGE_MAX_DAYS * DAY_MS)
      throw new ValidationFailedException({
        to: [`to must be at most ${PUBLIC_RANGE_MAX_DAYS} days after from`],
      });
    if (to.getTime() <= from.getTime()) return [];
    const manager = this.dataSource.manager;
    const rows: { id: string }[] = await manager.query(
      `SELECT e.id
         FROM booking_event e
         JOIN event_occurrence o ON o.event_id = e.id
         JOIN room_booking b ON b.id = o.room_booking_id
        WHERE e.public AND ($1::text IS NULL OR e.audience = $1) AND ${PUBLIC_OCCURRENCE_SQL}
        GROUP BY e.id
        ORDER BY min(o.starts_at), e.id`,
      [query.audience ?? null, from.toISOString(), to.toISOString()],
    );
    return loadEventSummaries(
      manager,
      rows.map((row) => row.id),
      { kind: 'public', from, to },
      now,
    );
  }

  /** GET /api/events/public/:id: a public event with its scheduled dates from now on; 404 for others. */
  async publicEvent(eventId: string): Promise<EventSummary> {
    const manager = this.dataSource.manager;
    const [event]: { id: string }[] = await manager.query(
      `SELECT id FROM booking_event WHERE id = $1 AND public`,
      [eventId],
    );
    if (!event) throw eventNotFound();
    const now = new Date();
    const [summary] = await loadEventSummaries(
      manager,
      [eventId],
      { kind: 'public', from: now, to: new Date(now.getTime() + 10 * 365 * DAY_MS) },
      now,
    );
    return summary;
  }

  /**
   * POST /api/events/occurrences/:id/cancel (owner, staff): the date is cancelled, the waiting list closed, and
   * everyone registered or waiting gets `event-cancelled`. The room booking stays (cancel it separately).
   */
  async cancelDate(actor: EventActor, occurrenceId: string): Promise<OccurrenceSummary> {
    return this.dataSource.transaction(async (manager) => {
      const date = await lockOccurrence(manager, occurrenceId);
      if (!date) throw occurrenceNotFound();
      const [event]: EventOwnerRow[] = await manager.query(
        `SELECT id, organizer_id, created_by_id, capacity, min_participants FROM booking_event WHERE id = $1`,
        [date.eventId],
      );
      if (!owns(actor, event)) throw occurrenceNotFound();
      if (date.status !== 'scheduled')
        throw new EventException(EventErrorCode.OccurrenceNotScheduled);
      await cancelOccurrence(manager, this.outbox, occurrenceId, 'organizer');
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'event.date-cancelled',
        subjectType: 'event_occurrence',
        subjectId: occurrenceId,
        details: { eventId: date.eventId, seatsTaken: date.seatsTaken },
        requestId: actor.requestId,
      });
      const summary = await loadOccurrenceSummary(manager, occurrenceId, new Date());
      if (!summary) throw occurrenceNotFound();
      return summary;
    });
  }
}

/** The event's organizer (the booking's) and staff manage it. */
function owns(actor: EventActor, event: { organizer_id: string | null }): boolean {
  return actor.staff || (event.organizer_id !== null && event.organizer_id === actor.id);
}

function checkMinimum(minimum: number | null, capacity: number): void {
  if (minimum !== null && minimum > capacity)
    throw new ValidationFailedException({
      minParticipants: ['minParticipants must not exceed capacity'],
    });
}

/**
 * The minimum-participants check decides each date once, at start − min_decision_hours. Dates whose deadline has
 * already passed when the event (or its minimum) is set are marked decided, so they are never cancelled for a rule
 * they could not meet; the others wait for the job.
 */
async function refreshMinimumChecks(
  manager: EntityManager,
  eventId: string,
  now: Date,
): Promise<void> {
  await manager.query(
    `UPDATE event_occurrence o
        SET min_checked_at = CASE
              WHEN o.starts_at - make_interval(hours => e.min_decision_hours) <= $2 THEN $2::timestamptz
              ELSE NULL END
       FROM booking_event e
      WHERE e.id = o.event_id AND o.event_id = $1 AND o.status = 'scheduled' AND o.starts_at > $2`,
    [eventId, now.toISOString()],
  );
}
