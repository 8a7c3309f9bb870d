import { Injectable } from '@nestjs/common';
import { AuditLog } from '@zusammen/api/identity';
import { NotificationOutbox } from '@zusammen/api/notifications';
import {
  EventErrorCode,
  type MyRegistration,
  type WaitlistStatus,
} from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventActor } from './event-actor';
import { EventException, waitlistEntryNotFound } from './event.exception';
import { addReminder, notifyRegistration } from './event-notices';
import { loadMyRegistrations } from './my-registrations';
import { lockOccurrence, type LockedOccurrence } from './occurrence-lock';
import { mapRegistrationConflict } from './seat-allocation';
import { promoteWaitlist, releaseOffer } from './waitlist-promotion';

interface EntryRow {
  id: string;
  occurrence_id: string;
  person_id: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  locale: string;
  party_size: number;
  status: WaitlistStatus;
  offered_seats: number | null;
  offer_expires_at: Date | null;
}

const ENTRY_COLUMNS = `id, occurrence_id, person_id, contact_name, contact_phone, locale, party_size, status,
  offered_seats, offer_expires_at`;

/** Outcome of a command that may have to tell the caller, after committing, that the offer had expired. */
type Outcome =
  { kind: 'done'; id: string; item: 'registration' | 'waitlist' } | { kind: 'expired' };

/**
 * The person's (or staff's) answers to the waiting list: accept an offer (re-checking its expiry; a partial offer
 * is accepted as it stands), decline it, or withdraw from the list. Each in one transaction under the date's row
 * lock; seats given back go to the next entry in the same transaction.
 */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: NotificationOutbox,
    private readonly audit: AuditLog,
  ) {}

  /** POST /api/events/waitlist/:id/accept → the new registration. 409 OFFER_EXPIRED after the hold. */
  async accept(actor: EventActor, entryId: string): Promise<MyRegistration> {
    const outcome = await this.run(async (manager): Promise<Outcome> => {
      const { date, entry } = await this.lockEntry(manager, actor, entryId);
      if (entry.status !== 'offered')
        throw new EventException(EventErrorCode.StateChanged, { status: entry.status });
      const now = new Date();
      if (!entry.offer_expires_at || new Date(entry.offer_expires_at).getTime() <= now.getTime()) {
        // the job has not run yet: expire it here (and move the list on), then tell the caller
        await releaseOffer(manager, entry.id, 'expired');
        await promoteWaitlist(manager, this.outbox, date, now);
        return { kind: 'expired' };
      }
      const seats = entry.offered_seats ?? entry.party_size;
      const status = date.requiresApproval ? 'requested' : 'confirmed';
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO registration (occurrence_id, person_id, contact_name, contact_phone, party_size, channel,
                                   locale, status, created_by_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, clock_timestamp(), clock_timestamp())
         RETURNING id`,
        [
          date.occurrenceId,
          entry.person_id,
          entry.contact_name,
          entry.contact_phone,
          seats,
          entry.person_id ? 'web' : 'desk',
          entry.locale,
          status,
          actor.id,
        ],
      );
      // the offered seats are already counted in seats_taken: they now belong to the registration
      await manager.query(
        `UPDATE waitlist_entry
            SET status = 'accepted', offer_expires_at = NULL, registration_id = $2, updated_at = now()
          WHERE id = $1 AND status = 'offered'`,
        [entry.id, id],
      );
      await notifyRegistration(manager, this.outbox, date, {
        personId: entry.person_id,
        idempotencyKey: `registration-confirmed/${id}`,
        outcome: status === 'requested' ? 'requested' : 'registered',
        registrationId: id,
        waitlistEntryId: entry.id,
        partySize: seats,
        position: null,
      });
      if (status === 'confirmed') {
        await addReminder(
          manager,
          this.outbox,
          date,
          { id, personId: entry.person_id, partySize: seats },
          now,
        );
      }
      await this.auditForOthers(manager, actor, entry, 'event.waitlist-accepted');
      return { kind: 'done', id, item: 'registration' };
    });
    return this.answer(outcome);
  }

  /** POST /api/events/waitlist/:id/decline: an offer's seats go to the next entry. */
  async decline(actor: EventActor, entryId: string): Promise<MyRegistration> {
    const outcome = await this.run(async (manager): Promise<Outcome> => {
      const { date, entry } = await this.lockEntry(manager, actor, entryId);
      if (entry.status !== 'offered')
        throw new EventException(EventErrorCode.StateChanged, { status: entry.status });
      await releaseOffer(manager, entry.id, 'declined');
      await promoteWaitlist(manager, this.outbox, date, new Date());
      await this.auditForOthers(manager, actor, entry, 'event.waitlist-declined');
      return { kind: 'done', id: entry.id, item: 'waitlist' };
    });
    return this.answer(outcome);
  }

  /** POST /api/events/waitlist/:id/withdraw: leave the list (an open offer is given back as well). */
  async withdraw(actor: EventActor, entryId: string): Promise<MyRegistration> {
    const outcome = await this.run(async (manager): Promise<Outcome> => {
      const { date, entry } = await this.lockEntry(manager, actor, entryId);
      if (entry.status === 'offered') {
        await releaseOffer(manager, entry.id, 'withdrawn');
        await promoteWaitlist(manager, this.outbox, date, new Date());
      } else if (entry.status === 'waiting') {
        await manager.query(
          `UPDATE waitlist_entry SET status = 'withdrawn', updated_at = now()
            WHERE id = $1 AND status = 'waiting'`,
          [entry.id],
        );
      } else {
        throw new EventException(EventErrorCode.StateChanged, { status: entry.status });
      }
      await this.auditForOthers(manager, actor, entry, 'event.waitlist-withdrawn');
      return { kind: 'done', id: entry.id, item: 'waitlist' };
    });
    return this.answer(outcome);
  }

  private async answer(outcome: Outcome): Promise<MyRegistration> {
    if (outcome.kind === 'expired') throw new EventException(EventErrorCode.OfferExpired);
    const [item] = await loadMyRegistrations(
      this.dataSource.manager,
      outcome.item === 'registration'
        ? { registrationId: outcome.id }
        : { waitlistEntryId: outcome.id },
      new Date(),
    );
    return item;
  }

  /** Locks the entry's date, then the entry. The person themselves or staff; anyone else: 404. */
  private async lockEntry(
    manager: EntityManager,
    actor: EventActor,
    entryId: string,
  ): Promise<{ date: LockedOccurrence; entry: EntryRow }> {
    const [first]: EntryRow[] = await manager.query(
      `SELECT ${ENTRY_COLUMNS} FROM waitlist_entry WHERE id = $1`,
      [entryId],
    );
    if (!first || !(actor.staff || first.person_id === actor.id)) throw waitlistEntryNotFound();
    const date = await lockOccurrence(manager, first.occurrence_id);
    if (!date) throw waitlistEntryNotFound();
    const [entry]: EntryRow[] = await manager.query(
      `SELECT ${ENTRY_COLUMNS} FROM waitlist_entry WHERE id = $1 FOR UPDATE`,
      [entryId],
    );
    return { date, entry };
  }

  /** Staff answering for someone else (a walk-in, or a person on the phone) is audited. */
  private async auditForOthers(
    manager: EntityManager,
    actor: EventActor,
    entry: EntryRow,
    action: `event.${string}`,
  ): Promise<void> {
    if (entry.person_id === actor.id) return;
    await this.audit.record(manager, {
      actorId: actor.id,
      onBehalfOfId: entry.person_id,
      action,
      subjectType: 'waitlist_entry',
      subjectId: entry.id,
      details: { occurrenceId: entry.occurrence_id },
      requestId: actor.requestId,
    });
  }

  private async run(work: (manager: EntityManager) => Promise<Outcome>): Promise<Outcome> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      throw mapRegistrationConflict(error);
    }
  }
}
