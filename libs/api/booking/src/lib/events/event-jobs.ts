import type { NotificationOutbox } from '@zusammen/api/notifications';
import type { DataSource } from 'typeorm';
import { cancelOccurrence } from './event-booking-effects';
import { lockOccurrence } from './occurrence-lock';
import { waitlistOpen } from './registration-window';
import { promoteWaitlist, releaseOffer } from './waitlist-promotion';

export interface WaitlistExpiryResult {
  /** Offers that expired and gave their seats back. */
  expired: number;
  /** New offers made with those seats. */
  offered: number;
  /** Waiting entries closed because their list closed (1 h before the start, or the date was cancelled). */
  closed: number;
}

/**
 * Job `event-waitlist-expiry` (every minute): for each date with an offer past `offer_expires_at`, or with waiting
 * entries whose list has closed, one transaction under the date's row lock: expired offers → `expired` with their
 * seats given back, then promotion to the next entries (while the list is open), or `waiting` → `closed` once it
 * has closed. Idempotent: a second run at the same `now` finds nothing to do.
 */
export async function expireWaitlistOffers(
  dataSource: DataSource,
  outbox: NotificationOutbox,
  now: Date,
): Promise<WaitlistExpiryResult> {
  const result: WaitlistExpiryResult = { expired: 0, offered: 0, closed: 0 };
  const due: { occurrence_id: string }[] = await dataSource.query(
    `SELECT occurrence_id FROM waitlist_entry
      WHERE status = 'offered' AND offer_expires_at <= $1
     UNION
     SELECT w.occurrence_id FROM waitlist_entry w JOIN event_occurrence o ON o.id = w.occurrence_id
      WHERE w.status = 'waiting' AND (o.status <> 'scheduled' OR o.starts_at <= $2)
     ORDER BY 1`,
    [now.toISOString(), new Date(now.getTime() + 60 * 60 * 1000).toISOString()],
  );
  for (const { occurrence_id: occurrenceId } of due) {
    await dataSource.transaction(async (manager) => {
      const date = await lockOccurrence(manager, occurrenceId);
      if (!date) return;
      const expired: { id: string }[] = await manager.query(
        `SELECT id FROM waitlist_entry
          WHERE occurrence_id = $1 AND status = 'offered' AND offer_expires_at <= $2
          ORDER BY offer_expires_at, id
            FOR UPDATE`,
        [occurrenceId, now.toISOString()],
      );
      for (const entry of expired) {
        if (await releaseOffer(manager, entry.id, 'expired')) result.expired += 1;
      }
      if (waitlistOpen(date, now)) {
        result.offered += (await promoteWaitlist(manager, outbox, date, now)).length;
      } else {
        const closed: { id: string }[] = await manager.query(
          `WITH closed AS (
             UPDATE waitlist_entry SET status = 'closed', updated_at = now()
              WHERE occurrence_id = $1 AND status = 'waiting'
             RETURNING id
           )
           SELECT id FROM closed`,
          [occurrenceId],
        );
        result.closed += closed.length;
      }
    });
  }
  return result;
}

export interface MinimumParticipantsResult {
  /** Dates decided (checked once). */
  checked: number;
  /** Of those, cancelled for too few participants. */
  cancelled: number;
}

/**
 * Job `event-min-participants` (every minute): every scheduled date of an event with a minimum whose decision time
 * (start − min_decision_hours) has come and that was not decided yet is decided once, under its row lock: the
 * registered seats (requested, confirmed, checked in) below the minimum → `cancelled_min_not_reached`, open
 * waiting-list entries closed, `event-cancelled` (reason `min_not_reached`) to everyone registered or waiting.
 * `min_checked_at` records the decision, so a second run changes nothing and sends nothing.
 */
export async function decideMinimumParticipants(
  dataSource: DataSource,
  outbox: NotificationOutbox,
  now: Date,
): Promise<MinimumParticipantsResult> {
  const result: MinimumParticipantsResult = { checked: 0, cancelled: 0 };
  const due: { id: string }[] = await dataSource.query(
    `SELECT o.id FROM event_occurrence o JOIN booking_event e ON e.id = o.event_id
      WHERE o.status = 'scheduled' AND o.min_checked_at IS NULL AND e.min_participants IS NOT NULL
        AND o.starts_at - make_interval(hours => e.min_decision_hours) <= $1 AND o.starts_at > $1
      ORDER BY o.id`,
    [now.toISOString()],
  );
  for (const { id } of due) {
    await dataSource.transaction(async (manager) => {
      const date = await lockOccurrence(manager, id);
      if (!date || date.status !== 'scheduled' || date.minParticipants === null) return;
      const [state]: { min_checked_at: Date | null; participants: number }[] = await manager.query(
        `SELECT o.min_checked_at,
                (SELECT COALESCE(sum(r.party_size), 0)::int FROM registration r
                  WHERE r.occurrence_id = o.id AND r.status IN ('requested', 'confirmed', 'checked_in'))
                  AS participants
           FROM event_occurrence o WHERE o.id = $1`,
        [id],
      );
      if (state.min_checked_at !== null) return;
      await manager.query(
        `UPDATE event_occurrence SET min_checked_at = $2, updated_at = now() WHERE id = $1`,
        [id, now.toISOString()],
      );
      result.checked += 1;
      if (state.participants < date.minParticipants) {
        if (await cancelOccurrence(manager, outbox, id, 'min_not_reached')) result.cancelled += 1;
      }
    });
  }
  return result;
}
