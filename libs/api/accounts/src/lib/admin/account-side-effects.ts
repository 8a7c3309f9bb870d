import type { EntityManager } from 'typeorm';

/**
 * Cancels the user's email notifications that have not gone out yet (a deactivated person gets no more mail;
 * in-app entries stay). NotificationOutbox cancels by idempotency key only, hence the statement here.
 */
export async function cancelPendingEmailsIn(
  manager: EntityManager,
  userId: string,
): Promise<number> {
  const rows: { id: string }[] = await manager.query(
    `WITH cancelled AS (
       UPDATE notification SET status = 'cancelled', cancelled_at = now(), updated_at = now()
        WHERE recipient_id = $1 AND channel = 'email' AND status IN ('pending', 'queued')
       RETURNING id
     )
     SELECT id FROM cancelled`,
    [userId],
  );
  return rows.length;
}
