import type { NotificationOutbox } from '@zusammen/api/notifications';
import { offerExpiresAt } from '@zusammen/shared/util';
import type { EntityManager } from 'typeorm';
import type { OccurrenceFacts } from './event-notices';
import { waitlistOpen } from './registration-window';

/** The date as promotion needs it; the caller holds its row lock. */
export interface PromotableOccurrence extends OccurrenceFacts {
  offerHoldHours: number;
}

export interface OfferMade {
  waitlistEntryId: string;
  personId: string | null;
  offeredSeats: number;
  expiresAt: Date;
}

/** Order of a waiting list: priority first, then arrival (booking.md § 6). */
export const WAITLIST_ORDER = 'priority DESC, created_at, id';

/**
 * Promotion (booking.md § 6, "Waiting list"): while the date has free seats and its list is open, the head entry
 * (`waiting`, ordered by priority desc, created_at) gets `offered_seats = min(party_size, free)` with
 * `offer_expires_at` from {@link offerExpiresAt}; the offered seats count as taken at once (invariant 5) and the
 * person gets a `waitlist-offer` notification. Runs inside the transaction of every capacity increase
 * (cancellation, capacity up, decline, expiry, declined request); the caller holds the date's row lock.
 */
export async function promoteWaitlist(
  manager: EntityManager,
  outbox: NotificationOutbox,
  date: PromotableOccurrence,
  now: Date,
): Promise<OfferMade[]> {
  const offers: OfferMade[] = [];
  for (;;) {
    const [current]: { status: string; capacity: number; seats_taken: number }[] =
      await manager.query(
        `SELECT status, capacity, seats_taken FROM event_occurrence WHERE id = $1`,
        [date.occurrenceId],
      );
    if (!current || !waitlistOpen({ status: current.status, startsAt: date.startsAt }, now))
      return offers;
    const free = current.capacity - current.seats_taken;
    if (free <= 0) return offers;
    const [head]: { id: string; person_id: string | null; party_size: number }[] =
      await manager.query(
        `SELECT id, person_id, party_size FROM waitlist_entry
          WHERE occurrence_id = $1 AND status = 'waiting'
          ORDER BY ${WAITLIST_ORDER}
          LIMIT 1
          FOR UPDATE`,
        [date.occurrenceId],
      );
    if (!head) return offers;
    const offeredSeats = Math.min(head.party_size, free);
    const expiresAt = offerExpiresAt(now, date.startsAt, date.offerHoldHours);
    if (expiresAt.getTime() <= now.getTime()) return offers;
    await manager.query(
      `UPDATE waitlist_entry
          SET status = 'offered', offered_seats = $2, offer_expires_at = $3, updated_at = now()
        WHERE id = $1 AND status = 'waiting'`,
      [head.id, offeredSeats, expiresAt.toISOString()],
    );
    await manager.query(
      `UPDATE event_occurrence SET seats_taken = seats_taken + $2, updated_at = now() WHERE id = $1`,
      [date.occurrenceId, offeredSeats],
    );
    if (head.person_id) {
      await outbox.add(manager, {
        type: 'waitlist-offer',
        recipientId: head.person_id,
        idempotencyKey: `waitlist-offer/${head.id}`,
        payload: {
          occurrenceId: date.occurrenceId,
          waitlistEntryId: head.id,
          eventTitle: date.eventTitle,
          roomName: date.roomName,
          startsAt: date.startsAt.toISOString(),
          endsAt: date.endsAt.toISOString(),
          offeredSeats,
          expiresAt: expiresAt.toISOString(),
        },
      });
    }
    offers.push({
      waitlistEntryId: head.id,
      personId: head.person_id,
      offeredSeats,
      expiresAt,
    });
  }
}

/**
 * Gives an offer's seats back (decline, expiry, withdrawal of an offer): the entry moves from `offered` to
 * `status`, `seats_taken` drops by the offered seats. Compare-and-swap on `offered`: false when the entry was not
 * offered any more. The caller holds the date's row lock and runs {@link promoteWaitlist} afterwards.
 */
export async function releaseOffer(
  manager: EntityManager,
  entryId: string,
  status: 'declined' | 'expired' | 'withdrawn' | 'closed',
): Promise<boolean> {
  const rows: { occurrence_id: string; offered: number }[] = await manager.query(
    `WITH old AS (
       SELECT id, occurrence_id, offered_seats FROM waitlist_entry WHERE id = $1 AND status = 'offered'
     ), changed AS (
       UPDATE waitlist_entry w
          SET status = $2, offer_expires_at = NULL, updated_at = now()
         FROM old
        WHERE w.id = old.id
       RETURNING old.occurrence_id, old.offered_seats AS offered
     ), seats AS (
       UPDATE event_occurrence o
          SET seats_taken = o.seats_taken - changed.offered, updated_at = now()
         FROM changed
        WHERE o.id = changed.occurrence_id
       RETURNING o.id
     )
     SELECT changed.occurrence_id, changed.offered FROM changed, seats`,
    [entryId, status],
  );
  return rows.length > 0;
}

/** Position of a waiting entry (1 = next), or null when it is not waiting. */
export async function waitlistPositions(
  manager: EntityManager,
  entryIds: string[],
): Promise<Map<string, number>> {
  if (entryIds.length === 0) return new Map();
  const rows: { id: string; position: number }[] = await manager.query(
    `SELECT w.id,
            (SELECT count(*)::int + 1 FROM waitlist_entry a
              WHERE a.occurrence_id = w.occurrence_id AND a.status = 'waiting'
                AND (a.priority > w.priority
                     OR (a.priority = w.priority AND (a.created_at, a.id) < (w.created_at, w.id)))) AS position
       FROM waitlist_entry w
      WHERE w.id = ANY($1::uuid[]) AND w.status = 'waiting'`,
    [entryIds],
  );
  return new Map(rows.map((row) => [row.id, row.position]));
}
