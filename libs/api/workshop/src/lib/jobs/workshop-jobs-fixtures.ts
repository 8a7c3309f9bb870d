import { zonedInstant } from '@zusammen/shared/util';
import type { DataSource } from 'typeorm';
import { WORKSHOP_TIME_ZONE } from '../rentals/rental-dates';

/**
 * Rows for the scheduled-job specs, written with SQL as the handout and return leave them, on own copies of the
 * tables (the jobs read "all rentals"; the copies carry no triggers).
 */
export const WORKSHOP_JOB_TABLES = [
  'user_account',
  'notification',
  'audit_event',
  'bike',
  'borrower',
  'rental',
  'eligibility_check',
  'bike_waitlist_entry',
  'damage_case',
];

export const TRUNCATE_WORKSHOP_JOB_TABLES = `TRUNCATE notification, audit_event, damage_case,
  bike_waitlist_entry, eligibility_check, rental, borrower, bike, user_account CASCADE`;

/** The due date the ladder specs count from. */
export const DUE = '2026-03-10';

/** A Borken wall-clock time as an instant. */
export const at = (date: string, time: string): Date =>
  zonedInstant(date, time, WORKSHOP_TIME_ZONE);

export interface NotificationRow {
  idempotency_key: string;
  type: string;
  recipient_id: string;
  channel: string;
  deliver_after: Date;
  payload: Record<string, unknown>;
}

export async function insertBorrower(
  db: DataSource,
  account: { userId: string; channel: 'email' | 'in_app' } | null,
): Promise<string> {
  const [{ id }] = await db.query(
    `INSERT INTO borrower (user_id, display_name, preferred_locale, reminder_channel)
     VALUES ($1, 'Amina Hassan', 'ar', $2) RETURNING id`,
    [account?.userId ?? null, account?.channel ?? 'phone'],
  );
  return id;
}

async function insertBikeOnLoan(
  db: DataSource,
  roadworthyUntil: Date,
): Promise<{ id: string; inventoryNo: number }> {
  const [row] = await db.query(
    `INSERT INTO bike (make, frame_no_status, cycle_type, condition, source, received_on, technical_state,
                       availability, roadworthy_until)
     VALUES ('Gazelle', 'none', 'city', 'good', 'donation', '2026-01-05', 'roadworthy', 'on_loan', $1)
     RETURNING id, inventory_no`,
    [roadworthyUntil.toISOString()],
  );
  return { id: row.id, inventoryNo: row.inventory_no };
}

/** A rental handed out on 24 February (returned on 1 March when `status` is `returned`). */
export async function insertRental(
  db: DataSource,
  borrowerId: string,
  options: { dueOn?: string; status?: 'active' | 'returned'; roadworthyUntil?: Date } = {},
): Promise<{ id: string; bikeId: string; inventoryNo: number }> {
  const { id: bikeId, inventoryNo } = await insertBikeOnLoan(
    db,
    options.roadworthyUntil ?? at('2026-12-31', '12:00'),
  );
  const status = options.status ?? 'active';
  const [{ id }] = await db.query(
    `INSERT INTO rental (bike_id, borrower_id, status, inspection_id, contract_type, contract_version,
                         contract_locale, fee_cents, fee_status, deposit_cents, deposit_status,
                         signature_kind, handed_out_at, due_on, returned_at)
     VALUES ($1, $2, $3, gen_random_uuid(), 'miete', 1, 'ar', 500, 'paid', 2000, 'held', 'paper',
             $4, $5, $6)
     RETURNING id`,
    [
      bikeId,
      borrowerId,
      status,
      at('2026-02-24', '10:00').toISOString(),
      options.dueOn ?? DUE,
      status === 'returned' ? at('2026-03-01', '10:00').toISOString() : null,
    ],
  );
  return { id, bikeId, inventoryNo };
}

/** The notification rows whose key starts with `keyPrefix`, by key. */
export function notificationRows(db: DataSource, keyPrefix: string): Promise<NotificationRow[]> {
  return db.query(
    `SELECT idempotency_key, type, recipient_id, channel, deliver_after, payload
       FROM notification WHERE idempotency_key LIKE $1 ORDER BY idempotency_key`,
    [`${keyPrefix}%`],
  );
}
