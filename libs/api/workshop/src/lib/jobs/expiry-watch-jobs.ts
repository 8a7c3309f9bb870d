import { addNotification } from '@zusammen/api/notifications';
import { formatInventoryNo } from '@zusammen/shared/contracts';
import { addDays } from '@zusammen/shared/util';
import type { DataSource } from 'typeorm';
import { WORKSHOP_TIME_ZONE, workshopToday } from '../rentals/rental-dates';
import {
  ELIGIBILITY_WARNING_DAYS,
  eligibilityExpiringDue,
  INSPECTION_WARNING_DAYS,
  inspectionExpiringDue,
} from './expiry-dates';
import { reminderDeliverAfter } from './reminder-ladder';
import { BORROWER_ACCOUNT_JOIN, borrowerChannel } from './team-recipients';

/**
 * Job `workshop-inspection-expiring` (daily): for every bike on an active rental whose roadworthiness
 * (`bike.roadworthy_until`, a Borken day) ends within 7 days, `bike-inspection-expiring` to the borrower — once per
 * rental and date (`bike-inspection-expiring/<rentalId>/<validUntil>`; a new inspection starts a new one).
 * Borrowers without an account are reached by the desk. Returns the rows written.
 */
export async function sendInspectionExpiring(dataSource: DataSource, now: Date): Promise<number> {
  const today = workshopToday(now);
  const rows: {
    rental_id: string;
    inventory_no: number;
    valid_until: string;
    user_id: string;
    reminder_channel: string;
  }[] = await dataSource.query(
    `SELECT r.id AS rental_id, b.inventory_no, br.user_id, br.reminder_channel,
            to_char(b.roadworthy_until AT TIME ZONE $3, 'YYYY-MM-DD') AS valid_until
       FROM rental r
       JOIN bike b ON b.id = r.bike_id
       JOIN borrower br ON br.id = r.borrower_id
       ${BORROWER_ACCOUNT_JOIN}
      WHERE r.status = 'active' AND b.roadworthy_until IS NOT NULL
        AND (b.roadworthy_until AT TIME ZONE $3)::date BETWEEN $1::date AND $2::date
      ORDER BY r.id`,
    [today, addDays(today, INSPECTION_WARNING_DAYS), WORKSHOP_TIME_ZONE],
  );
  let created = 0;
  for (const row of rows.filter((r) => inspectionExpiringDue(r.valid_until, today))) {
    const result = await addNotification(dataSource.manager, {
      type: 'bike-inspection-expiring',
      recipientId: row.user_id,
      idempotencyKey: `bike-inspection-expiring/${row.rental_id}/${row.valid_until}`,
      deliverAfter: reminderDeliverAfter(now),
      channel: borrowerChannel(row.reminder_channel),
      payload: {
        rentalId: row.rental_id,
        inventoryNo: formatInventoryNo(row.inventory_no),
        validUntil: row.valid_until,
      },
    });
    if (result.created) created += 1;
  }
  return created;
}

/**
 * Job `workshop-eligibility-expiring` (daily): 30 days before the `valid_until` of a borrower's latest eligibility
 * check, `bike-eligibility-expiring` to borrowers with an account who have an open rental or waiting-list entry —
 * once per eligibility row (`bike-eligibility-expiring/<eligibilityCheckId>`). Returns the rows written.
 */
export async function sendEligibilityExpiring(dataSource: DataSource, now: Date): Promise<number> {
  const today = workshopToday(now);
  const rows: {
    id: string;
    borrower_id: string;
    valid_until: string;
    user_id: string;
    reminder_channel: string;
  }[] = await dataSource.query(
    `WITH latest AS (
       SELECT DISTINCT ON (borrower_id) id, borrower_id, valid_until
         FROM eligibility_check
        ORDER BY borrower_id, valid_until DESC, created_at DESC
     )
     SELECT l.id, l.borrower_id, to_char(l.valid_until, 'YYYY-MM-DD') AS valid_until,
            br.user_id, br.reminder_channel
       FROM latest l
       JOIN borrower br ON br.id = l.borrower_id
       ${BORROWER_ACCOUNT_JOIN}
      WHERE l.valid_until BETWEEN $1::date AND $2::date
        AND (EXISTS (SELECT 1 FROM rental r
                      WHERE r.borrower_id = l.borrower_id AND r.status IN ('reserved', 'active'))
          OR EXISTS (SELECT 1 FROM bike_waitlist_entry w
                      WHERE w.borrower_id = l.borrower_id AND w.status IN ('waiting', 'offered')))
      ORDER BY l.id`,
    [today, addDays(today, ELIGIBILITY_WARNING_DAYS)],
  );
  let created = 0;
  for (const row of rows.filter((r) => eligibilityExpiringDue(r.valid_until, today))) {
    const result = await addNotification(dataSource.manager, {
      type: 'bike-eligibility-expiring',
      recipientId: row.user_id,
      idempotencyKey: `bike-eligibility-expiring/${row.id}`,
      deliverAfter: reminderDeliverAfter(now),
      channel: borrowerChannel(row.reminder_channel),
      payload: { borrowerId: row.borrower_id, validUntil: row.valid_until },
    });
    if (result.created) created += 1;
  }
  return created;
}
