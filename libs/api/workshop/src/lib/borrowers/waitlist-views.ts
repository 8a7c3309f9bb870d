import { formatInventoryNo, type BikeWaitlistEntryView } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';

interface WaitlistRow {
  id: string;
  borrower_id: string;
  display_name: string;
  cycle_type: BikeWaitlistEntryView['cycleType'];
  frame_size_min_cm: number | null;
  frame_size_max_cm: number | null;
  wheel_inches: number | null;
  status: BikeWaitlistEntryView['status'];
  position: number | null;
  offered_bike_id: string | null;
  offered_inventory_no: number | null;
  offer_expires_at: Date | null;
  created_at: Date;
}

/**
 * Waiting-list entries in one query; `where` is a SQL condition on `w` (entry) and `b` (borrower). The position
 * counts the waiting entries of the same cycle type, first come first served.
 */
export async function loadWaitlistViews(
  manager: EntityManager,
  where: string,
  params: unknown[],
): Promise<BikeWaitlistEntryView[]> {
  const rows: WaitlistRow[] = await manager.query(
    `SELECT w.id, w.borrower_id, b.display_name, w.cycle_type, w.frame_size_min_cm, w.frame_size_max_cm,
            w.wheel_inches, w.status, w.offered_bike_id, bk.inventory_no AS offered_inventory_no,
            w.offer_expires_at, w.created_at,
            CASE WHEN w.status = 'waiting' THEN (
              SELECT count(*)::int FROM bike_waitlist_entry o
               WHERE o.status = 'waiting' AND o.cycle_type = w.cycle_type
                 AND (o.created_at, o.id) <= (w.created_at, w.id)) END AS position
       FROM bike_waitlist_entry w
       JOIN borrower b ON b.id = w.borrower_id
       LEFT JOIN bike bk ON bk.id = w.offered_bike_id
      WHERE ${where}
      ORDER BY w.cycle_type, w.created_at, w.id
      LIMIT 500`,
    params,
  );
  return rows.map((row) => ({
    id: row.id,
    borrowerId: row.borrower_id,
    borrowerName: row.display_name,
    cycleType: row.cycle_type,
    frameSizeMinCm: row.frame_size_min_cm,
    frameSizeMaxCm: row.frame_size_max_cm,
    wheelInches: row.wheel_inches,
    status: row.status,
    position: row.position,
    offeredBikeId: row.offered_bike_id,
    offeredBikeLabel:
      row.offered_inventory_no === null ? null : formatInventoryNo(row.offered_inventory_no),
    offerExpiresAt: row.offer_expires_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  }));
}
