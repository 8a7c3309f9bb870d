import type {
  StockMovementKind,
  WorkOrderDetail,
  WorkOrderPartLine,
} from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { WorkshopErrorCode } from '@zusammen/shared/contracts';
import { WorkshopException } from '../bikes/workshop.exception';
import { loadTimeEntries } from './time-entry-views';
import { loadWorkOrderRows, toWorkOrderSummary } from './work-order-views';

async function loadPartLines(
  manager: EntityManager,
  workOrderId: string,
): Promise<WorkOrderPartLine[]> {
  const rows: {
    id: string;
    part_id: string;
    sku: string;
    name: string;
    quantity: number;
    unit_cost_cents: number;
    kind: StockMovementKind;
    created_at: Date;
  }[] = await manager.query(
    `SELECT m.id, m.part_id, p.sku, p.name, m.quantity, m.unit_cost_cents, m.kind, m.created_at
       FROM stock_movement m JOIN spare_part p ON p.id = m.part_id
      WHERE m.work_order_id = $1 AND m.kind IN ('consumption', 'cannibalised')
      ORDER BY m.created_at, m.id`,
    [workOrderId],
  );
  return rows.map((row) => ({
    movementId: row.id,
    partId: row.part_id,
    sku: row.sku,
    name: row.name,
    quantity: -row.quantity,
    unitCostCents: row.unit_cost_cents,
    kind: row.kind as WorkOrderPartLine['kind'],
    createdAt: new Date(row.created_at).toISOString(),
  }));
}

/** The work order with its tasks, parts and time, or 404 WORK_ORDER_NOT_FOUND. */
export async function loadWorkOrderDetail(
  manager: EntityManager,
  id: string,
): Promise<WorkOrderDetail> {
  const [row] = await loadWorkOrderRows(manager, 'w.id = $1', [id]);
  if (!row) throw new WorkshopException(WorkshopErrorCode.WorkOrderNotFound);
  const parts = await loadPartLines(manager, id);
  const time = await loadTimeEntries(manager, 't.work_order_id = $1', [id]);
  return {
    ...toWorkOrderSummary(row),
    evaluation: row.evaluation,
    tasks: row.tasks,
    delayReason: row.delay_reason,
    assigneeId: row.assignee_id,
    parts,
    time,
    partsCostCents: parts.reduce((sum, line) => sum + line.quantity * line.unitCostCents, 0),
    minutesTotal: time.reduce((sum, entry) => sum + entry.minutes, 0),
    version: row.version,
  };
}
