import {
  formatInventoryNo,
  type TimeEntryView,
  type WorkProgramme,
} from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';

interface TimeEntryRow {
  id: string;
  worker_id: string;
  worker_name: string;
  programme: WorkProgramme;
  work_order_id: string | null;
  inventory_no: number | null;
  worked_on: string;
  minutes: number;
  note: string | null;
  approved: boolean;
}

/** Time entries matching `where` (on `t`), newest work first. */
export async function loadTimeEntries(
  manager: EntityManager,
  where: string,
  params: unknown[],
): Promise<TimeEntryView[]> {
  const rows: TimeEntryRow[] = await manager.query(
    `SELECT t.id, t.worker_id, k.display_name AS worker_name, t.programme, t.work_order_id, b.inventory_no,
            t.worked_on::text AS worked_on, t.minutes, t.note, t.approved_at IS NOT NULL AS approved
       FROM time_entry t
       JOIN workshop_worker k ON k.id = t.worker_id
       LEFT JOIN work_order w ON w.id = t.work_order_id
       LEFT JOIN bike b ON b.id = w.bike_id
      WHERE ${where}
      ORDER BY t.worked_on DESC, t.created_at DESC, t.id
      LIMIT 2000`,
    params,
  );
  return rows.map((row) => ({
    id: row.id,
    workerId: row.worker_id,
    workerName: row.worker_name,
    programme: row.programme,
    workOrderId: row.work_order_id,
    bikeLabel: row.inventory_no === null ? null : formatInventoryNo(row.inventory_no),
    workedOn: row.worked_on,
    minutes: row.minutes,
    note: row.note,
    approved: row.approved,
  }));
}
