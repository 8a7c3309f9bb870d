import { Injectable } from '@nestjs/common';
import { AuditLog } from '@zusammen/api/identity';
import { NotificationOutbox } from '@zusammen/api/notifications';
import {
  EventErrorCode,
  type CheckInRow,
  type Locale,
  type MyRegistration,
  type RegistrationChannel,
  type RegistrationResult,
  type RegistrationStatus,
} from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventActor } from './event-actor';
import type { DeskRegistrationDto, RegistrationDecisionDto, RegistrationDto } from './event.dto';
import { EventException, occurrenceNotFound, registrationNotFound } from './event.exception';
import { addReminder, cancelReminders, notifyRegistration } from './event-notices';
import { loadMyRegistrations } from './my-registrations';
import { lockOccurrence, type LockedOccurrence } from './occurrence-lock';
import { registrationClosedReason } from './registration-window';
import { allocateSeats, mapRegistrationConflict, replayRegistration } from './seat-allocation';
import { promoteWaitlist } from './waitlist-promotion';

interface RegistrationRow {
  id: string;
  occurrence_id: string;
  person_id: string | null;
  party_size: number;
  status: RegistrationStatus;
}

interface CheckInRowData {
  id: string;
  name: string;
  contact_phone: string | null;
  party_size: number;
  channel: RegistrationChannel;
  status: RegistrationStatus;
  checked_in_at: Date | null;
}

const CHECK_IN_SELECT = `SELECT r.id, COALESCE(r.contact_name, u.display_name, '—') AS name, r.contact_phone,
       r.party_size, r.channel, r.status, r.checked_in_at
  FROM registration r LEFT JOIN user_account u ON u.id = r.person_id`;

function toCheckInRow(row: CheckInRowData): CheckInRow {
  return {
    registrationId: row.id,
    name: row.name,
    phone: row.contact_phone,
    partySize: row.party_size,
    channel: row.channel,
    status: row.status,
    checkedInAt: row.checked_in_at ? new Date(row.checked_in_at).toISOString() : null,
  };
}

/** May the actor manage the date's registrations (check-in, decisions)? The event's organizer or staff. */
function manages(actor: EventActor, date: { organizerId: string | null }): boolean {
  return actor.staff || (date.organizerId !== null && date.organizerId === actor.id);
}

/**
 * Registrations (Anmeldungen): self-service and at the desk, cancellation, decisions on requested registrations,
 * the check-in list. Every command that changes seats runs in one transaction under the date's row lock
 * ({@link lockOccurrence}); every capacity increase promotes the waiting list in the same transaction.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: NotificationOutbox,
    private readonly audit: AuditLog,
  ) {}

  /** POST /api/events/occurrences/:id/registrations: the signed-in person registers themselves (and party). */
  async register(
    actor: EventActor,
    occurrenceId: string,
    request: RegistrationDto,
    idempotencyKey: string | null,
  ): Promise<RegistrationResult> {
    return this.inTransaction(async (manager) => {
      const date = await lockOccurrence(manager, occurrenceId);
      if (!date) throw occurrenceNotFound();
      if (idempotencyKey) {
        const replay = await replayRegistration(manager, actor.id, idempotencyKey, occurrenceId);
        if (replay) return replay;
      }
      const now = new Date();
      const reason = registrationClosedReason(date, now);
      if (reason) throw new EventException(EventErrorCode.RegistrationClosed, { reason });
      await ensureNotRegistered(manager, occurrenceId, actor.id);
      const [{ locale }]: { locale: Locale }[] = await manager.query(
        `SELECT locale FROM user_account WHERE id = $1`,
        [actor.id],
      );
      return allocateSeats(
        manager,
        this.outbox,
        date,
        {
          personId: actor.id,
          contactName: null,
          contactPhone: null,
          partySize: request.partySize,
          channel: 'web',
          locale,
          createdById: actor.id,
          idempotencyKey,
          waitlist: request.waitlist !== false,
          skipApproval: false,
        },
        now,
      );
    });
  }

  /**
   * POST /api/events/occurrences/:id/desk-registrations (staff): a person without account or e-mail, by name and
   * optionally phone. Staff confirm directly (no approval step) and may register at the door after online
   * registration closed, until the date ends. Audited without the name or phone.
   */
  async registerAtDesk(
    actor: EventActor,
    occurrenceId: string,
    request: DeskRegistrationDto,
    idempotencyKey: string | null,
  ): Promise<RegistrationResult> {
    return this.inTransaction(async (manager) => {
      const date = await lockOccurrence(manager, occurrenceId);
      if (!date) throw occurrenceNotFound();
      if (idempotencyKey) {
        const replay = await replayRegistration(manager, actor.id, idempotencyKey, occurrenceId);
        if (replay) return replay;
      }
      const now = new Date();
      if (date.status !== 'scheduled')
        throw new EventException(EventErrorCode.RegistrationClosed, { reason: 'cancelled' });
      if (date.bookingStatus !== 'confirmed')
        throw new EventException(EventErrorCode.RegistrationClosed, {
          reason: 'booking_not_confirmed',
        });
      if (date.endsAt.getTime() <= now.getTime())
        throw new EventException(EventErrorCode.RegistrationClosed, { reason: 'closed' });
      const result = await allocateSeats(
        manager,
        this.outbox,
        date,
        {
          personId: null,
          contactName: request.name,
          contactPhone: request.phone ?? null,
          partySize: request.partySize,
          channel: 'desk',
          locale: request.locale,
          createdById: actor.id,
          idempotencyKey,
          waitlist: request.waitlist !== false,
          skipApproval: true,
        },
        now,
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'event.desk-registration',
        subjectType: result.registrationId ? 'registration' : 'waitlist_entry',
        subjectId: result.registrationId ?? result.waitlistEntryId,
        details: {
          occurrenceId,
          eventId: date.eventId,
          outcome: result.outcome,
          partySize: request.partySize,
          locale: request.locale,
          hasPhone: request.phone !== undefined,
        },
        requestId: actor.requestId,
      });
      return result;
    });
  }

  /** POST /api/events/registrations/:id/cancel (the person, staff): seats back, then promotion. */
  async cancel(actor: EventActor, registrationId: string): Promise<MyRegistration> {
    const result = await this.inTransaction(async (manager) => {
      const { date, registration } = await this.lockRegistration(
        manager,
        registrationId,
        (row) => actor.staff || row.person_id === actor.id,
      );
      if (registration.status !== 'requested' && registration.status !== 'confirmed')
        throw new EventException(EventErrorCode.StateChanged, { status: registration.status });
      const now = new Date();
      await manager.query(
        `UPDATE registration SET status = 'cancelled', updated_at = now() WHERE id = $1`,
        [registrationId],
      );
      await this.giveSeatsBack(manager, date, registration.party_size, now);
      await cancelReminders(manager, this.outbox, [registration], date.startsAt);
      if (registration.person_id !== actor.id) {
        await this.audit.record(manager, {
          actorId: actor.id,
          onBehalfOfId: registration.person_id,
          action: 'event.registration-cancelled',
          subjectType: 'registration',
          subjectId: registrationId,
          details: { occurrenceId: date.occurrenceId, partySize: registration.party_size },
          requestId: actor.requestId,
        });
      }
      return registration;
    });
    return this.myRegistration(result.id, 'registration');
  }

  /** POST /api/events/registrations/:id/decision (owner, staff): confirm or decline a `requested` registration. */
  async decide(
    actor: EventActor,
    registrationId: string,
    request: RegistrationDecisionDto,
  ): Promise<CheckInRow> {
    return this.inTransaction(async (manager) => {
      const { date, registration } = await this.lockRegistration(
        manager,
        registrationId,
        null,
        actor,
      );
      if (registration.status !== 'requested')
        throw new EventException(EventErrorCode.StateChanged, { status: registration.status });
      const now = new Date();
      if (request.decision === 'confirm') {
        await manager.query(
          `UPDATE registration SET status = 'confirmed', updated_at = now() WHERE id = $1`,
          [registrationId],
        );
        await notifyRegistration(manager, this.outbox, date, {
          personId: registration.person_id,
          idempotencyKey: `registration-confirmed/${registrationId}/confirmed`,
          outcome: 'registered',
          registrationId,
          waitlistEntryId: null,
          partySize: registration.party_size,
          position: null,
        });
        await addReminder(
          manager,
          this.outbox,
          date,
          {
            id: registrationId,
            personId: registration.person_id,
            partySize: registration.party_size,
          },
          now,
        );
      } else {
        await manager.query(
          `UPDATE registration SET status = 'declined', updated_at = now() WHERE id = $1`,
          [registrationId],
        );
        await this.giveSeatsBack(manager, date, registration.party_size, now);
      }
      await this.audit.record(manager, {
        actorId: actor.id,
        onBehalfOfId: registration.person_id,
        action: 'event.registration-decided',
        subjectType: 'registration',
        subjectId: registrationId,
        details: { occurrenceId: date.occurrenceId, decision: request.decision },
        requestId: actor.requestId,
      });
      return this.checkInRow(manager, registrationId);
    });
  }

  /** GET /api/events/occurrences/:id/check-in (owner, staff): everyone registered, by name. */
  async checkInList(actor: EventActor, occurrenceId: string): Promise<CheckInRow[]> {
    const manager = this.dataSource.manager;
    const [date]: { organizer_id: string | null }[] = await manager.query(
      `SELECT e.organizer_id FROM event_occurrence o JOIN booking_event e ON e.id = o.event_id WHERE o.id = $1`,
      [occurrenceId],
    );
    if (!date || !manages(actor, { organizerId: date.organizer_id })) throw occurrenceNotFound();
    const rows: CheckInRowData[] = await manager.query(
      `${CHECK_IN_SELECT}
        WHERE r.occurrence_id = $1 AND r.status IN ('requested', 'confirmed', 'checked_in', 'no_show')
        ORDER BY lower(COALESCE(r.contact_name, u.display_name, '')), r.created_at, r.id`,
      [occurrenceId],
    );
    return rows.map(toCheckInRow);
  }

  /** POST /api/events/registrations/:id/check-in (owner, staff): `confirmed` → `checked_in` (repeat: no change). */
  async checkIn(actor: EventActor, registrationId: string): Promise<CheckInRow> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: (RegistrationRow & { organizer_id: string | null })[] = await manager.query(
        `SELECT r.id, r.status, e.organizer_id
           FROM registration r
           JOIN event_occurrence o ON o.id = r.occurrence_id
           JOIN booking_event e ON e.id = o.event_id
          WHERE r.id = $1
            FOR UPDATE OF r`,
        [registrationId],
      );
      if (!row || !manages(actor, { organizerId: row.organizer_id })) throw registrationNotFound();
      if (row.status === 'confirmed') {
        await manager.query(
          `UPDATE registration SET status = 'checked_in', checked_in_at = now(), updated_at = now()
            WHERE id = $1`,
          [registrationId],
        );
      } else if (row.status !== 'checked_in') {
        throw new EventException(EventErrorCode.StateChanged, { status: row.status });
      }
      return this.checkInRow(manager, registrationId);
    });
  }

  /** GET /api/events/me/registrations: own registrations and waiting-list entries of dates not yet over. */
  mine(actor: EventActor): Promise<MyRegistration[]> {
    return loadMyRegistrations(this.dataSource.manager, { personId: actor.id }, new Date());
  }

  private async myRegistration(
    id: string,
    kind: 'registration' | 'waitlist',
  ): Promise<MyRegistration> {
    const [item] = await loadMyRegistrations(
      this.dataSource.manager,
      kind === 'registration' ? { registrationId: id } : { waitlistEntryId: id },
      new Date(),
    );
    return item;
  }

  private async checkInRow(manager: EntityManager, registrationId: string): Promise<CheckInRow> {
    const [row]: CheckInRowData[] = await manager.query(`${CHECK_IN_SELECT} WHERE r.id = $1`, [
      registrationId,
    ]);
    return toCheckInRow(row);
  }

  /**
   * Locks the registration's date, then the registration row. `allowed` decides for the person's own commands;
   * with `manager` set, the event's organizer and staff are allowed. Anyone else: 404.
   */
  private async lockRegistration(
    manager: EntityManager,
    registrationId: string,
    allowed: ((row: RegistrationRow) => boolean) | null,
    managerActor?: EventActor,
  ): Promise<{ date: LockedOccurrence; registration: RegistrationRow }> {
    const [first]: RegistrationRow[] = await manager.query(
      `SELECT id, occurrence_id, person_id, party_size, status FROM registration WHERE id = $1`,
      [registrationId],
    );
    if (!first) throw registrationNotFound();
    const date = await lockOccurrence(manager, first.occurrence_id);
    if (!date) throw registrationNotFound();
    const [registration]: RegistrationRow[] = await manager.query(
      `SELECT id, occurrence_id, person_id, party_size, status FROM registration WHERE id = $1 FOR UPDATE`,
      [registrationId],
    );
    const permitted = allowed
      ? allowed(registration)
      : managerActor !== undefined && manages(managerActor, date);
    if (!permitted) throw registrationNotFound();
    return { date, registration };
  }

  /** Seats of a registration go back (cancel, decline); the waiting list moves up. Caller holds the lock. */
  private async giveSeatsBack(
    manager: EntityManager,
    date: LockedOccurrence,
    seats: number,
    now: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE event_occurrence SET seats_taken = seats_taken - $2, updated_at = now() WHERE id = $1`,
      [date.occurrenceId, seats],
    );
    await promoteWaitlist(manager, this.outbox, date, now);
  }

  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      throw mapRegistrationConflict(error);
    }
  }
}

/** 409 ALREADY_REGISTERED when the person has an active registration or an open waiting-list entry for the date. */
async function ensureNotRegistered(
  manager: EntityManager,
  occurrenceId: string,
  personId: string,
): Promise<void> {
  const rows: { kind: string; id: string }[] = await manager.query(
    `SELECT 'registration' AS kind, id FROM registration
      WHERE occurrence_id = $1 AND person_id = $2 AND status IN ('requested', 'confirmed', 'checked_in')
     UNION ALL
     SELECT 'waitlist' AS kind, id FROM waitlist_entry
      WHERE occurrence_id = $1 AND person_id = $2 AND status IN ('waiting', 'offered')
     LIMIT 1`,
    [occurrenceId, personId],
  );
  if (rows.length > 0)
    throw new EventException(
      EventErrorCode.AlreadyRegistered,
      rows[0].kind === 'registration'
        ? { registrationId: rows[0].id }
        : { waitlistEntryId: rows[0].id },
    );
}
