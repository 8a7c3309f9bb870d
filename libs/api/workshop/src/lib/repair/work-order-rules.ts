import type { WorkOrderStatus } from '@zusammen/shared/contracts';

/** draft → queued → in_progress ⇄ awaiting_parts → done / cancelled; done and cancelled are final. */
export const WORK_ORDER_NEXT: Record<WorkOrderStatus, readonly WorkOrderStatus[]> = {
  draft: ['queued', 'cancelled'],
  queued: ['in_progress', 'cancelled'],
  in_progress: ['awaiting_parts', 'done', 'cancelled'],
  awaiting_parts: ['in_progress', 'cancelled'],
  done: [],
  cancelled: [],
};

export const isOpenWorkOrder = (status: WorkOrderStatus): boolean =>
  status !== 'done' && status !== 'cancelled';

/** Whether the status may change from `from` to `to` (staying is always fine while open). */
export function workOrderStatusChangeAllowed(from: WorkOrderStatus, to: WorkOrderStatus): boolean {
  return (from === to && isOpenWorkOrder(from)) || WORK_ORDER_NEXT[from].includes(to);
}
