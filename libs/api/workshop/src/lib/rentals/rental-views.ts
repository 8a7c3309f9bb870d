import { formatInventoryNo, type RentalSummary } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { overdueDaysOf } from './rental-dates';

interface RentalSummaryRow {
  id: string;
  bike_id: string;
  inventory_no: number;
  borrower_id: string;
  display_name: string;
  phone: string | null;
  reminder_channel: RentalSummary['reminderChannel'];
  status: RentalSummary['status'];
  handed_out_at: Date | null;
  due_on: string | null;
  reserved_until: Date | null;
  returned_at: Date | null;
  open_damage: boolean;
}

/** The columns and joins of a rental summary; `r` is the rental, `bk` the bike, `b` the borrower. */
export const RENTAL_SUMMARY_SELECT = `
  SELECT r.id, r.bike_id, bk.inventory_no, r.borrower_id, b.display_name, b.phone, b.reminder_channel,
         r.status, r.handed_out_at, r.due_on::text AS due_on, r.reserved_until, r.returned_at,
         EXISTS (SELECT 1 FROM damage_case d WHERE d.rental_id = r.id AND d.status = 'open') AS open_damage
    FROM rental r
    JOIN bike bk ON bk.id = r.bike_id
    JOIN borrower b ON b.id = r.borrower_id`;

export function toRentalSummary(row: RentalSummaryRow, today: string): RentalSummary {
  return {
    id: row.id,
    bikeId: row.bike_id,
    bikeLabel: formatInventoryNo(row.inventory_no),
    borrowerId: row.borrower_id,
    borrowerName: row.display_name,
    borrowerPhone: row.phone,
    reminderChannel: row.reminder_channel,
    status: row.status,
    handedOutAt: row.handed_out_at?.toISOString() ?? null,
    dueOn: row.due_on,
    reservedUntil: row.reserved_until?.toISOString() ?? null,
    returnedAt: row.returned_at?.toISOString() ?? null,
    overdueDays: row.status === 'active' ? overdueDaysOf(row.due_on, today) : 0,
    openDamage: row.open_damage,
  };
}

/**
 * Rental summaries in one query: `where` is a SQL condition on `r`, `bk`, `b` with `$n` parameters, `orderBy`
 * the ordering (default: latest first).
 */
export async function loadRentalSummaries(
  manager: EntityManager,
  where: string,
  params: unknown[],
  today: string,
  orderBy = 'r.created_at DESC, r.id',
  limit = 500,
): Promise<RentalSummary[]> {
  const rows: RentalSummaryRow[] = await manager.query(
    `${RENTAL_SUMMARY_SELECT} WHERE ${where} ORDER BY ${orderBy} LIMIT ${Math.max(1, Math.floor(limit))}`,
    params,
  );
  return rows.map((row) => toRentalSummary(row, today));
}
