import type {
  EventAudience,
  EventSummary,
  Locale,
  LocalizedText,
  OccurrenceStatus,
  OccurrenceSummary,
  RoomAccessibility,
} from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { registrationClosedReason } from './registration-window';

interface EventRow {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  audience: EventAudience;
  public: boolean;
  languages_spoken: Locale[];
  capacity: number;
  requires_approval: boolean;
  waitlist_enabled: boolean;
  min_participants: number | null;
  registration_opens_at: Date | null;
  registration_closes_minutes_before: number;
}

interface OccurrenceRow {
  id: string;
  event_id: string;
  room_id: string;
  room_name: string;
  accessibility: RoomAccessibility[];
  starts_at: Date;
  ends_at: Date;
  capacity: number;
  seats_taken: number;
  status: OccurrenceStatus;
  booking_status: string;
  waiting_count: number;
}

/** Which dates a summary lists. */
export type OccurrenceScope =
  /** Every date (owner and staff views). */
  | { kind: 'all' }
  /** Public programme: scheduled dates of confirmed bookings starting in [from, to). */
  | { kind: 'public'; from: Date; to: Date };

/** SQL condition on `o` (event_occurrence) and `b` (room_booking) for the public programme; $2 = from, $3 = to. */
export const PUBLIC_OCCURRENCE_SQL = `o.status = 'scheduled' AND b.status = 'confirmed'
  AND o.starts_at >= $2 AND o.starts_at < $3`;

function toOccurrenceSummary(row: OccurrenceRow, event: EventRow, now: Date): OccurrenceSummary {
  const startsAt = new Date(row.starts_at);
  return {
    id: row.id,
    eventId: row.event_id,
    roomId: row.room_id,
    roomName: row.room_name,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(row.ends_at).toISOString(),
    capacity: row.capacity,
    seatsTaken: row.seats_taken,
    seatsFree: Math.max(0, row.capacity - row.seats_taken),
    waitingCount: row.waiting_count,
    status: row.status,
    registrationOpen:
      registrationClosedReason(
        {
          status: row.status,
          bookingStatus: row.booking_status,
          startsAt,
          registrationOpensAt: event.registration_opens_at
            ? new Date(event.registration_opens_at)
            : null,
          registrationClosesMinutesBefore: event.registration_closes_minutes_before,
        },
        now,
      ) === null,
  };
}

/** Accessibility every listed room has (a date in a room without step-free access makes the event not step-free). */
function sharedAccessibility(rows: OccurrenceRow[]): RoomAccessibility[] {
  if (rows.length === 0) return [];
  const [first, ...rest] = rows;
  return first.accessibility.filter((feature) =>
    rest.every((row) => row.accessibility.includes(feature)),
  );
}

/**
 * Event summaries in the order of `eventIds`, each with its dates (by start) as `scope` selects them. Two
 * queries whatever the number of events. Never contains names of organizers or participants.
 */
export async function loadEventSummaries(
  manager: EntityManager,
  eventIds: string[],
  scope: OccurrenceScope,
  now: Date,
): Promise<EventSummary[]> {
  if (eventIds.length === 0) return [];
  const events: EventRow[] = await manager.query(
    `SELECT id, title, description, audience, public, languages_spoken, capacity, requires_approval,
            waitlist_enabled, min_participants, registration_opens_at, registration_closes_minutes_before
       FROM booking_event WHERE id = ANY($1::uuid[])`,
    [eventIds],
  );
  const occurrences: OccurrenceRow[] = await manager.query(
    `SELECT o.id, o.event_id, o.room_id, r.name AS room_name, r.accessibility, o.starts_at, o.ends_at,
            o.capacity, o.seats_taken, o.status, b.status AS booking_status,
            (SELECT count(*)::int FROM waitlist_entry w
              WHERE w.occurrence_id = o.id AND w.status = 'waiting') AS waiting_count
       FROM event_occurrence o
       JOIN room r ON r.id = o.room_id
       JOIN room_booking b ON b.id = o.room_booking_id
      WHERE o.event_id = ANY($1::uuid[])
        ${scope.kind === 'public' ? `AND ${PUBLIC_OCCURRENCE_SQL}` : ''}
      ORDER BY o.starts_at, o.id`,
    scope.kind === 'public'
      ? [eventIds, scope.from.toISOString(), scope.to.toISOString()]
      : [eventIds],
  );
  const byEvent = new Map<string, OccurrenceRow[]>();
  for (const row of occurrences) {
    const list = byEvent.get(row.event_id) ?? [];
    list.push(row);
    byEvent.set(row.event_id, list);
  }
  const eventById = new Map(events.map((event) => [event.id, event]));
  return eventIds.flatMap((id) => {
    const event = eventById.get(id);
    if (!event) return [];
    const rows = byEvent.get(id) ?? [];
    return [
      {
        id: event.id,
        title: event.title,
        description: event.description,
        audience: event.audience,
        public: event.public,
        languagesSpoken: event.languages_spoken,
        capacity: event.capacity,
        requiresApproval: event.requires_approval,
        waitlistEnabled: event.waitlist_enabled,
        minParticipants: event.min_participants,
        roomAccessibility: sharedAccessibility(rows),
        occurrences: rows.map((row) => toOccurrenceSummary(row, event, now)),
      },
    ];
  });
}

/** One date as a summary (commands that answer with the date). */
export async function loadOccurrenceSummary(
  manager: EntityManager,
  occurrenceId: string,
  now: Date,
): Promise<OccurrenceSummary | null> {
  const [row]: { event_id: string }[] = await manager.query(
    `SELECT event_id FROM event_occurrence WHERE id = $1`,
    [occurrenceId],
  );
  if (!row) return null;
  const [summary] = await loadEventSummaries(manager, [row.event_id], { kind: 'all' }, now);
  return summary?.occurrences.find((occurrence) => occurrence.id === occurrenceId) ?? null;
}
