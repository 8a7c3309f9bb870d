import type { NotificationOutbox } from '@zusammen/api/notifications';
import {
  EventErrorCode,
  type Locale,
  type RegistrationChannel,
  type RegistrationResult,
} from '@zusammen/shared/contracts';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { EventException } from './event.exception';
import { addReminder, notifyRegistration } from './event-notices';
import type { LockedOccurrence } from './occurrence-lock';
import { waitlistOpen } from './registration-window';
import { promoteWaitlist, waitlistPositions } from './waitlist-promotion';

/** Who is registered and how (a person with an account, or a walk-in with name and phone). */
export interface Registrant {
  personId: string | null;
  contactName: string | null;
  contactPhone: string | null;
  partySize: number;
  channel: RegistrationChannel;
  locale: Locale;
  createdById: string;
  idempotencyKey: string | null;
  /** Join the waiting list when full. */
  waitlist: boolean;
  /** Staff at the desk confirm directly, even for events that need approval. */
  skipApproval: boolean;
}

function constraintOf(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driver = error.driverError as { code?: unknown; constraint?: unknown } | undefined;
  return driver?.code === '23505' && typeof driver.constraint === 'string'
    ? driver.constraint
    : undefined;
}

/** Unique violations of registration and waiting-list inserts as domain errors. */
export function mapRegistrationConflict(error: unknown): unknown {
  const constraint = constraintOf(error);
  if (
    constraint === 'uq_registration_occurrence_person_active' ||
    constraint === 'uq_waitlist_entry_occurrence_person_open'
  )
    return new EventException(EventErrorCode.AlreadyRegistered);
  if (
    constraint === 'uq_registration_idempotency' ||
    constraint === 'uq_waitlist_entry_idempotency'
  )
    return new EventException(EventErrorCode.IdempotencyKeyReused);
  return error;
}

/**
 * The first result of an earlier request with this Idempotency-Key of this actor (registration or waiting-list
 * entry), or null. A key used for another date is a 422.
 */
export async function replayRegistration(
  manager: EntityManager,
  actorId: string,
  idempotencyKey: string,
  occurrenceId: string,
): Promise<RegistrationResult | null> {
  const [registration]: { id: string; occurrence_id: string; status: string }[] =
    await manager.query(
      `SELECT id, occurrence_id, status FROM registration WHERE created_by_id = $1 AND idempotency_key = $2`,
      [actorId, idempotencyKey],
    );
  if (registration) {
    if (registration.occurrence_id !== occurrenceId)
      throw new EventException(EventErrorCode.IdempotencyKeyReused);
    return {
      outcome: registration.status === 'requested' ? 'requested' : 'registered',
      registrationId: registration.id,
      waitlistEntryId: null,
      position: null,
    };
  }
  const [entry]: { id: string; occurrence_id: string }[] = await manager.query(
    `SELECT id, occurrence_id FROM waitlist_entry WHERE created_by_id = $1 AND idempotency_key = $2`,
    [actorId, idempotencyKey],
  );
  if (!entry) return null;
  if (entry.occurrence_id !== occurrenceId)
    throw new EventException(EventErrorCode.IdempotencyKeyReused);
  const positions = await waitlistPositions(manager, [entry.id]);
  return {
    outcome: 'waitlisted',
    registrationId: null,
    waitlistEntryId: entry.id,
    position: positions.get(entry.id) ?? null,
  };
}

/**
 * Seats for a registrant on a date whose row the caller has locked (booking.md § 6, "Seats"):
 * `UPDATE … SET seats_taken = seats_taken + n WHERE seats_taken + n <= capacity`; one row → a registration
 * (`requested` when the event needs approval, else `confirmed`) with its notification and reminder; no row = full
 * → a waiting-list entry (when enabled, wanted and the list is open) with its position, else 409 EVENT_FULL.
 * Waiting-list entries get `created_at = clock_timestamp()`, so their order is the order in which requests got
 * the lock.
 */
export async function allocateSeats(
  manager: EntityManager,
  outbox: NotificationOutbox,
  date: LockedOccurrence,
  registrant: Registrant,
  now: Date,
): Promise<RegistrationResult> {
  const taken: { id: string }[] = await manager.query(
    // (an UPDATE's own RETURNING comes back as [rows, count] from TypeORM: select from a CTE instead)
    `WITH taken AS (
       UPDATE event_occurrence SET seats_taken = seats_taken + $2, updated_at = now()
        WHERE id = $1 AND seats_taken + $2 <= capacity
       RETURNING id
     )
     SELECT id FROM taken`,
    [date.occurrenceId, registrant.partySize],
  );
  if (taken.length > 0) {
    const status = date.requiresApproval && !registrant.skipApproval ? 'requested' : 'confirmed';
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO registration (occurrence_id, person_id, contact_name, contact_phone, party_size, channel, locale,
                                 status, created_by_id, idempotency_key, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, clock_timestamp(), clock_timestamp())
       RETURNING id`,
      [
        date.occurrenceId,
        registrant.personId,
        registrant.contactName,
        registrant.contactPhone,
        registrant.partySize,
        registrant.channel,
        registrant.locale,
        status,
        registrant.createdById,
        registrant.idempotencyKey,
      ],
    );
    const outcome = status === 'requested' ? 'requested' : 'registered';
    await notifyRegistration(manager, outbox, date, {
      personId: registrant.personId,
      idempotencyKey: `registration-confirmed/${id}`,
      outcome,
      registrationId: id,
      waitlistEntryId: null,
      partySize: registrant.partySize,
      position: null,
    });
    if (status === 'confirmed') {
      await addReminder(
        manager,
        outbox,
        date,
        { id, personId: registrant.personId, partySize: registrant.partySize },
        now,
      );
    }
    return { outcome, registrationId: id, waitlistEntryId: null, position: null };
  }

  const [{ seats_free: seatsFree }]: { seats_free: number }[] = await manager.query(
    `SELECT capacity - seats_taken AS seats_free FROM event_occurrence WHERE id = $1`,
    [date.occurrenceId],
  );
  if (!date.waitlistEnabled || !registrant.waitlist || !waitlistOpen(date, now)) {
    throw new EventException(EventErrorCode.EventFull, { seatsFree });
  }
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO waitlist_entry (occurrence_id, person_id, contact_name, contact_phone, locale, party_size,
                                 created_by_id, idempotency_key, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, clock_timestamp(), clock_timestamp())
     RETURNING id`,
    [
      date.occurrenceId,
      registrant.personId,
      registrant.contactName,
      registrant.contactPhone,
      registrant.locale,
      registrant.partySize,
      registrant.createdById,
      registrant.idempotencyKey,
    ],
  );
  // fewer seats free than the party wants: the new head of the list gets them offered at once
  if (seatsFree > 0) await promoteWaitlist(manager, outbox, date, now);
  const position = (await waitlistPositions(manager, [id])).get(id) ?? null;
  await notifyRegistration(manager, outbox, date, {
    personId: registrant.personId,
    idempotencyKey: `registration-confirmed/waitlist/${id}`,
    outcome: 'waitlisted',
    registrationId: null,
    waitlistEntryId: id,
    partySize: registrant.partySize,
    position,
  });
  return { outcome: 'waitlisted', registrationId: null, waitlistEntryId: id, position };
}
