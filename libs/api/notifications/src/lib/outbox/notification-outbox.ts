import { Injectable } from '@nestjs/common';
import {
  NOTIFICATION_TYPE_CATEGORY,
  type NotificationChannel,
  type NotificationPayloads,
  type NotificationType,
} from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { effectiveChannel } from './effective-channel';

/** One notification to write; `payload` is typed by `type` (ids only). */
export type NotificationInput = {
  [T in NotificationType]: {
    type: T;
    recipientId: string;
    payload: NotificationPayloads[T];
    /** Names the business event; adding the same key twice keeps the first row. */
    idempotencyKey: string;
    /** Default: now. Reminders use a future time. */
    deliverAfter?: Date;
    /**
     * Default `email`. Email becomes `in_app` when the recipient has no address or switched the type's optional
     * category off (see {@link effectiveChannel}); the row is kept either way.
     */
    channel?: NotificationChannel;
  };
}[NotificationType];

export interface AddNotificationResult {
  /** The row of this key (the existing one when `created` is false). */
  id: string;
  created: boolean;
}

/**
 * Inserts the row in the caller's transaction (`manager`). The recipient's address, email opt-outs and locale are
 * read in the same transaction, so the row follows the preferences the transaction sees: an email for an optional
 * category the person switched off — or for a person without an address — is stored as `in_app` instead (never
 * dropped: it still appears in their list). Mandatory categories (account, system) go by email whenever there is an
 * address. An existing idempotency key makes it a no-op. Throws when the recipient does not exist.
 */
export async function addNotification(
  manager: EntityManager,
  input: NotificationInput,
): Promise<AddNotificationResult> {
  const recipients: { has_email: boolean; email_opt_outs: string[] }[] = await manager.query(
    `SELECT email IS NOT NULL AS has_email, notification_email_opt_outs AS email_opt_outs
       FROM user_account WHERE id = $1`,
    [input.recipientId],
  );
  const recipient = recipients[0];
  if (!recipient) throw new Error(`Notification recipient ${input.recipientId} does not exist`);
  const channel = effectiveChannel(NOTIFICATION_TYPE_CATEGORY[input.type], input.channel, {
    hasEmail: recipient.has_email,
    emailOptOuts: recipient.email_opt_outs,
  });
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO notification (idempotency_key, type, channel, recipient_id, locale, payload, deliver_after)
     SELECT $1, $2, $3, u.id, u.locale, $5::jsonb, COALESCE($6::timestamptz, now())
       FROM user_account u
      WHERE u.id = $4
     ON CONFLICT (idempotency_key) DO NOTHING
     RETURNING id`,
    [
      input.idempotencyKey,
      input.type,
      channel,
      input.recipientId,
      JSON.stringify(input.payload),
      input.deliverAfter?.toISOString() ?? null,
    ],
  );
  if (inserted.length > 0) return { id: inserted[0].id, created: true };
  const existing: { id: string }[] = await manager.query(
    `SELECT id FROM notification WHERE idempotency_key = $1`,
    [input.idempotencyKey],
  );
  if (existing.length === 0) {
    throw new Error(`Notification recipient ${input.recipientId} does not exist`);
  }
  return { id: existing[0].id, created: false };
}

/** Cancels the row of this key while it is pending or queued; true when it did. */
export async function cancelNotification(
  manager: EntityManager,
  idempotencyKey: string,
): Promise<boolean> {
  const rows: { id: string }[] = await manager.query(
    `WITH changed AS (
       UPDATE notification SET status = 'cancelled', cancelled_at = now(), updated_at = now()
          WHERE idempotency_key = $1 AND status IN ('pending', 'queued')
       RETURNING id
     )
     SELECT id FROM changed`,
    [idempotencyKey],
  );
  return rows.length > 0;
}

/**
 * Moves the row of this key (pending or queued) to a new time and back to `pending`: the relay then moves its job
 * (a queued job that fires at the old time finds `deliver_after` in the future and does nothing). True when it did.
 */
export async function rescheduleNotification(
  manager: EntityManager,
  idempotencyKey: string,
  deliverAfter: Date,
): Promise<boolean> {
  const rows: { id: string }[] = await manager.query(
    `WITH changed AS (
       UPDATE notification SET status = 'pending', deliver_after = $2, queued_at = NULL, updated_at = now()
          WHERE idempotency_key = $1 AND status IN ('pending', 'queued')
       RETURNING id
     )
     SELECT id FROM changed`,
    [idempotencyKey, deliverAfter.toISOString()],
  );
  return rows.length > 0;
}

/**
 * The outbox API for feature services: always pass the manager of the transaction that makes the domain change,
 * so a rollback takes the notification with it.
 */
@Injectable()
export class NotificationOutbox {
  /**
   * Writes one notification in the caller's transaction. Honours the recipient's preferences: with channel `email`
   * (the default), a type whose category is optional and switched off by the recipient, or a recipient without an
   * email address, is stored as `in_app` (it is never dropped and still shows in their list); mandatory
   * categories always go by email when there is an address. See {@link addNotification}.
   */
  add(manager: EntityManager, input: NotificationInput): Promise<AddNotificationResult> {
    return addNotification(manager, input);
  }

  cancel(manager: EntityManager, idempotencyKey: string): Promise<boolean> {
    return cancelNotification(manager, idempotencyKey);
  }

  reschedule(manager: EntityManager, idempotencyKey: string, deliverAfter: Date): Promise<boolean> {
    return rescheduleNotification(manager, idempotencyKey, deliverAfter);
  }
}
