import {
  formatInventoryNo,
  type WorkOrderStatus,
  type WorkOrderSummary,
} from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import type { WorkOrderTask } from './work-order.entity';

export interface WorkOrderRow {
  id: string;
  bike_id: string;
  inventory_no: number;
  problem: string;
  evaluation: string | null;
  tasks: WorkOrderTask[];
  status: WorkOrderStatus;
  delay_reason: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  created_at: Date;
  completed_at: Date | null;
  version: number;
}

export const WORK_ORDER_SELECT = `
  SELECT w.id, w.bike_id, b.inventory_no, w.problem, w.evaluation, w.tasks, w.status, w.delay_reason,
         w.assignee_id, k.display_name AS assignee_name, w.created_at, w.completed_at, w.version
    FROM work_order w
    JOIN bike b ON b.id = w.bike_id
    LEFT JOIN workshop_worker k ON k.id = w.assignee_id`;

export async function loadWorkOrderRows(
  manager: EntityManager,
  where: string,
  params: unknown[],
): Promise<WorkOrderRow[]> {
  return manager.query(
    `${WORK_ORDER_SELECT} WHERE ${where} ORDER BY w.created_at DESC, w.id`,
    params,
  );
}

export function toWorkOrderSummary(row: WorkOrderRow): WorkOrderSummary {
  return {
    id: row.id,
    bikeId: row.bike_id,
    bikeLabel: formatInventoryNo(row.inventory_no),
    problem: row.problem,
    status: row.status,
    assigneeName: row.assignee_name,
    tasksDone: row.tasks.filter((task) => task.done).length,
    tasksTotal: row.tasks.length,
    createdAt: new Date(row.created_at).toISOString(),
    completedAt: row.completed_at === null ? null : new Date(row.completed_at).toISOString(),
  };
}
