import { Injectable } from '@nestjs/common';
import { NotificationOutbox } from '@zusammen/api/notifications';
import type { EntityManager } from 'typeorm';
import {
  addReminder,
  cancelReminders,
  loadOccurrenceFacts,
  notifyCancelled,
  occurrenceAudience,
  reminderKey,
} from './event-notices';

/** Active registrations of one date (the statuses of the partial unique index). */
async function activeRegistrations(
  manager: EntityManager,
  occurrenceId: string,
): Promise<{ id: string; personId: string | null; partySize: number }[]> {
  const rows: { id: string; person_id: string | null; party_size: number }[] = await manager.query(
    `SELECT id, person_id, party_size FROM registration
      WHERE occurrence_id = $1 AND status IN ('requested', 'confirmed', 'checked_in')
      ORDER BY created_at, id`,
    [occurrenceId],
  );
  return rows.map((row) => ({ id: row.id, personId: row.person_id, partySize: row.party_size }));
}

/**
 * What happens to events when the room bookings they stand on change. The bookings code calls these in its own
 * transaction (pass its manager), after it changed the `room_booking` rows; everything here joins that
 * transaction, so a rollback takes the event changes and notifications with it. Every method is idempotent.
 */
@Injectable()
export class EventBookingEffects {
  constructor(private readonly outbox: NotificationOutbox) {}

  /**
   * The bookings were cancelled: their scheduled dates become `cancelled`, open waiting-list entries `closed`
   * (offered seats are given back, so `seats_taken` = registered seats), registrations stay as they are but
   * their reminders are cancelled, and everyone registered or waiting gets `event-cancelled`.
   */
  async cancelled(manager: EntityManager, bookingIds: string[]): Promise<void> {
    if (bookingIds.length === 0) return;
    const locked: { id: string }[] = await manager.query(
      `SELECT id FROM event_occurrence
        WHERE room_booking_id = ANY($1::uuid[]) AND status = 'scheduled'
        ORDER BY id
        FOR UPDATE`,
      [bookingIds],
    );
    if (locked.length === 0) return;
    for (const row of locked) {
      await cancelOccurrence(manager, this.outbox, row.id, 'organizer');
    }
  }

  /**
   * The bookings moved (time and/or room): copy `starts_at`, `ends_at` and `room_id` to their dates, notify
   * everyone registered or waiting with `event-changed` and move the reminders to the new start.
   */
  async moved(
    manager: EntityManager,
    moves: { bookingId: string; previousStartsAt: Date }[],
  ): Promise<void> {
    if (moves.length === 0) return;
    const previous = new Map(moves.map((move) => [move.bookingId, move.previousStartsAt]));
    const changed: {
      id: string;
      room_booking_id: string;
      status: string;
      old_room_id: string;
      old_starts_at: Date;
    }[] = await manager.query(
      `WITH locked AS (
         SELECT o.id, o.room_id AS old_room_id, o.starts_at AS old_starts_at, o.ends_at AS old_ends_at
           FROM event_occurrence o
          WHERE o.room_booking_id = ANY($1::uuid[])
          ORDER BY o.id
          FOR UPDATE
       ), changed AS (
         UPDATE event_occurrence o
            SET starts_at = b.starts_at, ends_at = b.ends_at, room_id = b.room_id, updated_at = now()
           FROM room_booking b, locked l
          WHERE o.id = l.id AND b.id = o.room_booking_id
            AND (o.starts_at <> b.starts_at OR o.ends_at <> b.ends_at OR o.room_id <> b.room_id)
         RETURNING o.id, o.room_booking_id, o.status, l.old_room_id, l.old_starts_at
       )
       SELECT * FROM changed`,
      [moves.map((move) => move.bookingId)],
    );
    if (changed.length === 0) return;
    const facts = await loadOccurrenceFacts(
      manager,
      changed.map((row) => row.id),
    );
    const now = new Date();
    for (const row of changed.sort((a, b) => a.id.localeCompare(b.id))) {
      const date = facts.get(row.id);
      if (!date) continue;
      const oldStartsAt = new Date(row.old_starts_at);
      const previousStartsAt = previous.get(row.room_booking_id) ?? oldStartsAt;
      const registrations = await activeRegistrations(manager, row.id);
      // reminders: keyed by the start they were written for; drop the old one, write one for the new start
      if (oldStartsAt.getTime() !== date.startsAt.getTime()) {
        for (const registration of registrations) {
          await this.outbox.cancel(manager, reminderKey(registration.id, oldStartsAt));
          if (previousStartsAt.getTime() !== oldStartsAt.getTime()) {
            await this.outbox.cancel(manager, reminderKey(registration.id, previousStartsAt));
          }
          if (date.status === 'scheduled') {
            await addReminder(manager, this.outbox, date, registration, now);
          }
        }
      }
      if (date.status !== 'scheduled' || date.endsAt.getTime() <= now.getTime()) continue;
      const recipients = await occurrenceAudience(manager, row.id);
      for (const personId of recipients) {
        await this.outbox.add(manager, {
          type: 'event-changed',
          recipientId: personId,
          idempotencyKey: `event-changed/${row.id}/${personId}/${date.startsAt.toISOString()}/${date.roomId}`,
          payload: {
            occurrenceId: row.id,
            eventTitle: date.eventTitle,
            roomName: date.roomName,
            startsAt: date.startsAt.toISOString(),
            endsAt: date.endsAt.toISOString(),
            previousStartsAt: previousStartsAt.toISOString(),
          },
        });
      }
    }
  }

  /**
   * New dates of a series: where the series carries an event (`booking_event.series_id`), each new blocking
   * booking gets its date with the event's capacity. Dates that already have one are left alone.
   */
  async added(manager: EntityManager, bookingIds: string[]): Promise<void> {
    if (bookingIds.length === 0) return;
    await manager.query(
      `INSERT INTO event_occurrence (event_id, room_booking_id, room_id, starts_at, ends_at, capacity)
       SELECT e.id, b.id, b.room_id, b.starts_at, b.ends_at, e.capacity
         FROM room_booking b
         JOIN booking_event e ON e.series_id = b.series_id
        WHERE b.id = ANY($1::uuid[])
          AND b.kind = 'booking'
          AND b.status IN ('held', 'pending', 'confirmed')
        ORDER BY b.starts_at
       ON CONFLICT (room_booking_id) DO NOTHING`,
      [bookingIds],
    );
  }
}

/**
 * Cancels one scheduled date whose row the caller has locked: status → `cancelled` (or
 * `cancelled_min_not_reached`), open waiting-list entries → `closed` with their offered seats given back,
 * reminders of the active registrations cancelled, `event-cancelled` to everyone registered or waiting (also to
 * those whose entry was just closed). Registrations keep their status. Returns false when the date was not
 * scheduled (nothing done).
 */
export async function cancelOccurrence(
  manager: EntityManager,
  outbox: NotificationOutbox,
  occurrenceId: string,
  reason: 'organizer' | 'min_not_reached',
): Promise<boolean> {
  const facts = (await loadOccurrenceFacts(manager, [occurrenceId])).get(occurrenceId);
  if (!facts || facts.status !== 'scheduled') return false;
  const recipients = await occurrenceAudience(manager, occurrenceId);
  const closed: { offered: number }[] = await manager.query(
    `WITH open AS (
       SELECT id, coalesce(offered_seats, 0) AS offered FROM waitlist_entry
        WHERE occurrence_id = $1 AND status IN ('waiting', 'offered')
     ), closed AS (
       UPDATE waitlist_entry w
          SET status = 'closed', offered_seats = NULL, offer_expires_at = NULL, updated_at = now()
         FROM open
        WHERE w.id = open.id
       RETURNING open.offered
     )
     SELECT coalesce(sum(offered), 0)::int AS offered FROM closed`,
    [occurrenceId],
  );
  const offeredBack = closed[0]?.offered ?? 0;
  await manager.query(
    `UPDATE event_occurrence
        SET status = $2, seats_taken = seats_taken - $3, updated_at = now()
      WHERE id = $1`,
    [occurrenceId, reason === 'organizer' ? 'cancelled' : 'cancelled_min_not_reached', offeredBack],
  );
  const registrations = await activeRegistrations(manager, occurrenceId);
  await cancelReminders(manager, outbox, registrations, facts.startsAt);
  await notifyCancelled(manager, outbox, facts, reason, recipients);
  return true;
}
