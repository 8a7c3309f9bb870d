import { Injectable } from '@nestjs/common';
import { AuditLog } from '@zusammen/api/identity';
import { NotificationOutbox } from '@zusammen/api/notifications';
import {
  BookingErrorCode,
  type BookingDecisionRequest,
  type RoomBookingSummary,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { EventBookingEffects } from '../events/event-booking-effects';
import type { BookingActor } from './booking-actor';
import { BookingException, BookingNotFoundException } from './booking.exception';
import { BLOCKING_STATUSES_SQL, loadBookingSummaries, returnedRows } from './booking-rows';

/**
 * Staff decide a booking request (booking.md § 6 "Approval"): a compare-and-swap on the status
 * (`UPDATE … WHERE status = 'pending'`), for the row or every pending date of its series. Zero rows means
 * someone else decided first: 409 BOOKING_STATE_CHANGED. The organizer's `booking-decision` notification and
 * the audit entry are written in the same transaction; rejected dates that carry an event are cancelled there.
 */
@Injectable()
export class BookingDecisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly outbox: NotificationOutbox,
    private readonly effects: EventBookingEffects,
  ) {}

  async decide(
    actor: BookingActor,
    bookingId: string,
    request: BookingDecisionRequest,
  ): Promise<RoomBookingSummary[]> {
    const reason = request.reason?.trim() || null;
    if (request.decision === 'reject' && reason === null)
      throw new BookingException(BookingErrorCode.ReasonRequired);
    const status = request.decision === 'confirm' ? 'confirmed' : 'rejected';

    return this.dataSource.transaction(async (manager) => {
      const [row]: {
        id: string;
        series_id: string | null;
        organizer_id: string | null;
        status: string;
        room_name: string;
      }[] = await manager.query(
        `SELECT b.id, b.series_id, b.organizer_id, b.status, r.name AS room_name
           FROM room_booking b JOIN room r ON r.id = b.room_id
          WHERE b.id = $1`,
        [bookingId],
      );
      if (!row) throw new BookingNotFoundException();
      if (row.status !== 'pending')
        throw new BookingException(BookingErrorCode.BookingStateChanged, { status: row.status });

      const decided = returnedRows<{ id: string; starts_at: Date; ends_at: Date }>(
        await manager.query(
          `UPDATE room_booking
            SET status = $2, decision_reason = $3, decided_by_id = $4, decided_at = now(), updated_at = now()
          WHERE status = 'pending' AND (id = $1 OR ($5::uuid IS NOT NULL AND series_id = $5::uuid))
          RETURNING id, starts_at, ends_at`,
          [bookingId, status, reason, actor.id, row.series_id],
        ),
      );
      // someone else decided between the read and the update: the row lock made us wait, the status check lost
      if (!decided.some((d) => d.id === bookingId))
        throw new BookingException(BookingErrorCode.BookingStateChanged);
      decided.sort((a, b) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime());
      const ids = decided.map((d) => d.id);

      if (status === 'rejected') {
        await this.effects.cancelled(manager, ids);
        // a series with nothing left that blocks is over: the materialisation job leaves it alone
        if (row.series_id !== null)
          await manager.query(
            `UPDATE booking_series SET status = 'cancelled', updated_at = now()
              WHERE id = $1 AND NOT EXISTS (
                SELECT 1 FROM room_booking WHERE series_id = $1 AND status IN ${BLOCKING_STATUSES_SQL})`,
            [row.series_id],
          );
      }
      if (row.organizer_id !== null) {
        const first = decided[0];
        await this.outbox.add(manager, {
          type: 'booking-decision',
          recipientId: row.organizer_id,
          payload: {
            bookingId,
            seriesId: row.series_id,
            decision: status,
            roomName: row.room_name,
            startsAt: new Date(first.starts_at).toISOString(),
            endsAt: new Date(first.ends_at).toISOString(),
            dateCount: decided.length,
            reasonGiven: reason !== null,
          },
          idempotencyKey: `booking-decision/${first.id}/${status}`,
        });
      }
      await this.audit.record(manager, {
        actorId: actor.id,
        action: status === 'confirmed' ? 'booking.confirmed' : 'booking.rejected',
        subjectType: 'room_booking',
        subjectId: bookingId,
        details: {
          seriesId: row.series_id,
          dateCount: decided.length,
          reasonGiven: reason !== null,
        },
        requestId: actor.requestId,
      });
      return loadBookingSummaries(manager, ids, actor);
    });
  }
}
