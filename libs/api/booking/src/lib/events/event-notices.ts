import type { NotificationOutbox } from '@zusammen/api/notifications';
import type { LocalizedText } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';

/** What every event notification carries about one date (public programme texts only, no personal data). */
export interface OccurrenceFacts {
  occurrenceId: string;
  eventId: string;
  roomBookingId: string;
  roomId: string;
  roomName: string;
  eventTitle: LocalizedText;
  startsAt: Date;
  endsAt: Date;
  status: string;
}

interface OccurrenceFactsRow {
  occurrence_id: string;
  event_id: string;
  room_booking_id: string;
  room_id: string;
  room_name: string;
  title: LocalizedText;
  starts_at: Date;
  ends_at: Date;
  status: string;
}

/** Facts of the given dates (current values in this transaction). */
export async function loadOccurrenceFacts(
  manager: EntityManager,
  occurrenceIds: string[],
): Promise<Map<string, OccurrenceFacts>> {
  if (occurrenceIds.length === 0) return new Map();
  const rows: OccurrenceFactsRow[] = await manager.query(
    `SELECT o.id AS occurrence_id, o.event_id, o.room_booking_id, o.room_id, r.name AS room_name, e.title,
            o.starts_at, o.ends_at, o.status
       FROM event_occurrence o
       JOIN booking_event e ON e.id = o.event_id
       JOIN room r ON r.id = o.room_id
      WHERE o.id = ANY($1::uuid[])`,
    [occurrenceIds],
  );
  return new Map(
    rows.map((row) => [
      row.occurrence_id,
      {
        occurrenceId: row.occurrence_id,
        eventId: row.event_id,
        roomBookingId: row.room_booking_id,
        roomId: row.room_id,
        roomName: row.room_name,
        eventTitle: row.title,
        startsAt: new Date(row.starts_at),
        endsAt: new Date(row.ends_at),
        status: row.status,
      },
    ]),
  );
}

/** People (with an account) registered (active) or waiting (open entry) for one date, each once. */
export async function occurrenceAudience(
  manager: EntityManager,
  occurrenceId: string,
  options: { includeWaitlist: boolean; waitlistStatuses?: string[] } = { includeWaitlist: true },
): Promise<string[]> {
  const rows: { person_id: string }[] = await manager.query(
    `SELECT person_id FROM registration
      WHERE occurrence_id = $1 AND person_id IS NOT NULL AND status IN ('requested', 'confirmed', 'checked_in')
     UNION
     SELECT person_id FROM waitlist_entry
      WHERE $2 AND occurrence_id = $1 AND person_id IS NOT NULL AND status = ANY($3::text[])
     ORDER BY 1`,
    [occurrenceId, options.includeWaitlist, options.waitlistStatuses ?? ['waiting', 'offered']],
  );
  return rows.map((row) => row.person_id);
}

/** Idempotency key of a registration's reminder for the date starting at `startsAt`. */
export function reminderKey(registrationId: string, startsAt: Date): string {
  return `event-reminder/${registrationId}/${startsAt.toISOString()}`;
}

/** When the reminder goes out: 24 h before the start. */
export function reminderTime(startsAt: Date): Date {
  return new Date(startsAt.getTime() - 24 * 60 * 60 * 1000);
}

/**
 * Writes the reminder row of a registration (deliver_after = start − 24 h); skipped when that time has passed
 * or the registration is a walk-in without account.
 */
export async function addReminder(
  manager: EntityManager,
  outbox: NotificationOutbox,
  facts: OccurrenceFacts,
  registration: { id: string; personId: string | null; partySize: number },
  now: Date,
): Promise<void> {
  if (!registration.personId) return;
  const deliverAfter = reminderTime(facts.startsAt);
  if (deliverAfter.getTime() <= now.getTime()) return;
  await outbox.add(manager, {
    type: 'event-reminder',
    recipientId: registration.personId,
    idempotencyKey: reminderKey(registration.id, facts.startsAt),
    deliverAfter,
    payload: {
      occurrenceId: facts.occurrenceId,
      registrationId: registration.id,
      eventTitle: facts.eventTitle,
      roomName: facts.roomName,
      startsAt: facts.startsAt.toISOString(),
      endsAt: facts.endsAt.toISOString(),
      partySize: registration.partySize,
    },
  });
}

/** "The date is cancelled" to everyone registered or waiting (once per person and date). */
export async function notifyCancelled(
  manager: EntityManager,
  outbox: NotificationOutbox,
  facts: OccurrenceFacts,
  reason: 'organizer' | 'min_not_reached',
  recipients: string[],
): Promise<void> {
  for (const personId of recipients) {
    await outbox.add(manager, {
      type: 'event-cancelled',
      recipientId: personId,
      idempotencyKey: `event-cancelled/${facts.occurrenceId}/${personId}`,
      payload: {
        occurrenceId: facts.occurrenceId,
        eventTitle: facts.eventTitle,
        startsAt: facts.startsAt.toISOString(),
        reason,
      },
    });
  }
}

/** Cancels the pending reminders of the date's active registrations (reminders keyed by the current start). */
export async function cancelReminders(
  manager: EntityManager,
  outbox: NotificationOutbox,
  registrations: { id: string }[],
  startsAt: Date,
): Promise<void> {
  for (const registration of registrations) {
    await outbox.cancel(manager, reminderKey(registration.id, startsAt));
  }
}

/** `registration-confirmed` to the person (walk-ins without account get none). */
export async function notifyRegistration(
  manager: EntityManager,
  outbox: NotificationOutbox,
  facts: OccurrenceFacts,
  input: {
    personId: string | null;
    idempotencyKey: string;
    outcome: 'registered' | 'requested' | 'waitlisted';
    registrationId: string | null;
    waitlistEntryId: string | null;
    partySize: number;
    position: number | null;
  },
): Promise<void> {
  if (!input.personId) return;
  await outbox.add(manager, {
    type: 'registration-confirmed',
    recipientId: input.personId,
    idempotencyKey: input.idempotencyKey,
    payload: {
      occurrenceId: facts.occurrenceId,
      registrationId: input.registrationId,
      waitlistEntryId: input.waitlistEntryId,
      outcome: input.outcome,
      eventTitle: facts.eventTitle,
      roomName: facts.roomName,
      startsAt: facts.startsAt.toISOString(),
      endsAt: facts.endsAt.toISOString(),
      partySize: input.partySize,
      position: input.position,
    },
  });
}
