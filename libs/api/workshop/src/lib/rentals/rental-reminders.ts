import { addNotification, cancelNotification } from '@zusammen/api/notifications';
import { formatInventoryNo } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import type { Borrower } from '../borrowers/borrower.entity';
import { dueSoonReminderAt } from './rental-dates';

/**
 * Key of the `due_soon` reminder: `rental-due/<rentalId>/due_soon` for the due date of the handout; an extended
 * rental's reminder names its new due date (the cancelled row of the old date keeps its key).
 */
export function dueSoonKey(rentalId: string, dueOn: string, extended: boolean): string {
  const base = `rental-due/${rentalId}/due_soon`;
  return extended ? `${base}/${dueOn}` : base;
}

/** Writes the `due_soon` reminder (borrowers with an account only; the others are on the call list). */
export async function addDueSoonReminder(
  manager: EntityManager,
  rental: { id: string; dueOn: string; extended: boolean },
  borrower: Pick<Borrower, 'userId' | 'reminderChannel'>,
  inventoryNo: number,
): Promise<void> {
  if (borrower.userId === null) return;
  await addNotification(manager, {
    type: 'bike-rental-reminder',
    recipientId: borrower.userId,
    idempotencyKey: dueSoonKey(rental.id, rental.dueOn, rental.extended),
    deliverAfter: dueSoonReminderAt(rental.dueOn),
    channel: borrower.reminderChannel === 'email' ? 'email' : 'in_app',
    payload: {
      rentalId: rental.id,
      inventoryNo: formatInventoryNo(inventoryNo),
      dueOn: rental.dueOn,
      stage: 'due_soon',
    },
  });
}

/** Cancels the pending `due_soon` reminder of the current due date. */
export function cancelDueSoonReminder(
  manager: EntityManager,
  rental: { id: string; dueOn: string; extended: boolean },
): Promise<boolean> {
  return cancelNotification(manager, dueSoonKey(rental.id, rental.dueOn, rental.extended));
}

/** Cancels every pending reminder of a rental (`rental-due/<rentalId>/…`: due soon, overdue steps). */
export async function cancelRentalReminders(
  manager: EntityManager,
  rentalId: string,
): Promise<number> {
  const rows: { id: string }[] = await manager.query(
    `WITH changed AS (
       UPDATE notification SET status = 'cancelled', cancelled_at = now(), updated_at = now()
        WHERE idempotency_key LIKE $1 AND status IN ('pending', 'queued')
       RETURNING id
     )
     SELECT id FROM changed`,
    [`rental-due/${rentalId}/%`],
  );
  return rows.length;
}
