import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { AuditLog } from '@zusammen/api/identity';
import {
  WorkshopErrorCode,
  type PartUseRequest,
  type WorkOrderCreateRequest,
  type WorkOrderDetail,
  type WorkOrderStatus,
  type WorkOrderSummary,
  type WorkOrderUpdateRequest,
} from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { requireBike } from '../bikes/bikes.service';
import type { WorkshopActor } from '../bikes/workshop-actor';
import { WorkshopException } from '../bikes/workshop.exception';
import { moveStock } from '../parts/stock';
import { workshopClock } from '../settings/workshop-clock';
import { requireWorker } from './workers.service';
import { loadWorkOrderDetail } from './work-order-detail';
import { isOpenWorkOrder, workOrderStatusChangeAllowed } from './work-order-rules';
import { loadWorkOrderRows, toWorkOrderSummary } from './work-order-views';

interface WorkOrderLockRow {
  bike_id: string;
  status: WorkOrderStatus;
  version: number;
  delay_reason: string | null;
}

async function readWorkOrder(
  manager: EntityManager,
  id: string,
  lock: '' | 'FOR UPDATE' | 'FOR SHARE' = '',
): Promise<WorkOrderLockRow> {
  const rows: WorkOrderLockRow[] = await manager.query(
    `SELECT bike_id, status, version, delay_reason FROM work_order WHERE id = $1 ${lock}`,
    [id],
  );
  if (rows.length === 0) throw new WorkshopException(WorkshopErrorCode.WorkOrderNotFound);
  return rows[0];
}

/** Repair jobs (WORKSHOP_ROUTES.workOrders): create, list, change, parts used from stock. */
@Injectable()
export class WorkOrdersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async list(query: { status?: WorkOrderStatus; bikeId?: string }): Promise<WorkOrderSummary[]> {
    const where: string[] = ['TRUE'];
    const params: unknown[] = [];
    if (query.status) where.push(`w.status = $${params.push(query.status)}`);
    if (query.bikeId) where.push(`w.bike_id = $${params.push(query.bikeId)}`);
    const rows = await loadWorkOrderRows(this.dataSource.manager, where.join(' AND '), params);
    return rows.slice(0, 500).map(toWorkOrderSummary);
  }

  get(id: string): Promise<WorkOrderDetail> {
    return loadWorkOrderDetail(this.dataSource.manager, id);
  }

  async create(actor: WorkshopActor, request: WorkOrderCreateRequest): Promise<WorkOrderDetail> {
    const { today } = workshopClock();
    return this.dataSource.transaction(async (manager) => {
      const bike = await requireBike(manager, request.bikeId, today, true);
      if (['retired', 'stolen'].includes(bike.technical_state))
        throw new WorkshopException(WorkshopErrorCode.BikeActionNotAllowed, {
          technicalState: bike.technical_state,
          availability: bike.availability,
        });
      if (request.assigneeId) await requireWorker(manager, request.assigneeId);
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO work_order (bike_id, problem, evaluation, tasks, status, assignee_id, created_by_id)
         VALUES ($1, $2, $3, $4::jsonb, 'queued', $5, $6) RETURNING id`,
        [
          request.bikeId,
          request.problem,
          request.evaluation ?? null,
          JSON.stringify(request.tasks.map((title) => ({ title: title.trim(), done: false }))),
          request.assigneeId ?? null,
          actor.id,
        ],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'workshop.work-order-created',
        subjectType: 'work_order',
        subjectId: id,
        details: { bikeId: request.bikeId, tasks: request.tasks.length },
        requestId: actor.requestId,
      });
      return loadWorkOrderDetail(manager, id);
    });
  }

  /**
   * Status, tasks, evaluation, assignee (optimistic lock on `version`). Lock order: bike, then work order. When
   * the bike's last open work order is done while the bike is in repair, the bike moves on to inspection.
   */
  async update(
    actor: WorkshopActor,
    id: string,
    request: WorkOrderUpdateRequest,
  ): Promise<WorkOrderDetail> {
    const clock = workshopClock();
    return this.dataSource.transaction(async (manager) => {
      const { bike_id } = await readWorkOrder(manager, id);
      const bike = await requireBike(manager, bike_id, clock.today, true);
      const current = await readWorkOrder(manager, id, 'FOR UPDATE');
      if (current.version !== request.version)
        throw new WorkshopException(WorkshopErrorCode.StaleVersion, { version: current.version });
      const status = request.status ?? current.status;
      if (!workOrderStatusChangeAllowed(current.status, status))
        throw new WorkshopException(WorkshopErrorCode.WorkOrderNotChangeable, {
          status: current.status,
          requested: status,
        });
      const delayReason =
        request.delayReason !== undefined ? request.delayReason : current.delay_reason;
      if (status === 'awaiting_parts' && !delayReason)
        throw new ValidationFailedException({ delayReason: ['required while awaiting parts'] });
      if (request.assigneeId) await requireWorker(manager, request.assigneeId);

      await manager.query(
        `UPDATE work_order
            SET status = $2, delay_reason = $3,
                evaluation = CASE WHEN $4::boolean THEN $5 ELSE evaluation END,
                tasks = COALESCE($6::jsonb, tasks),
                assignee_id = CASE WHEN $7::boolean THEN $8::uuid ELSE assignee_id END,
                completed_at = CASE WHEN $2 IN ('done', 'cancelled') THEN now() END,
                version = version + 1, updated_at = now()
          WHERE id = $1`,
        [
          id,
          status,
          delayReason,
          request.evaluation !== undefined,
          request.evaluation ?? null,
          request.tasks === undefined ? null : JSON.stringify(request.tasks),
          request.assigneeId !== undefined,
          request.assigneeId ?? null,
        ],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'workshop.work-order-updated',
        subjectType: 'work_order',
        subjectId: id,
        details: { from: current.status, to: status, bikeId: bike_id },
        requestId: actor.requestId,
      });
      if (status === 'done' && bike.technical_state === 'in_repair') {
        const moved: { id: string }[] = await manager.query(
          `WITH moved AS (
             UPDATE bike SET technical_state = 'inspection', version = version + 1, updated_at = now()
              WHERE id = $1 AND technical_state = 'in_repair'
                AND NOT EXISTS (SELECT 1 FROM work_order
                                 WHERE bike_id = $1 AND status IN ('draft', 'queued', 'in_progress', 'awaiting_parts'))
             RETURNING id
           )
           SELECT id FROM moved`,
          [bike_id],
        );
        if (moved.length > 0)
          await this.audit.record(manager, {
            actorId: actor.id,
            action: 'workshop.bike-transition',
            subjectType: 'bike',
            subjectId: bike_id,
            details: {
              action: 'send_to_inspection',
              from: 'in_repair',
              to: 'inspection',
              workOrderId: id,
            },
            requestId: actor.requestId,
          });
      }
      return loadWorkOrderDetail(manager, id);
    });
  }

  /** Parts taken from stock for this job: one guarded statement (see moveStock), 409 OUT_OF_STOCK. */
  async useParts(
    actor: WorkshopActor,
    id: string,
    request: PartUseRequest,
  ): Promise<WorkOrderDetail> {
    return this.dataSource.transaction(async (manager) => {
      const order = await readWorkOrder(manager, id, 'FOR SHARE');
      if (!isOpenWorkOrder(order.status))
        throw new WorkshopException(WorkshopErrorCode.WorkOrderNotChangeable, {
          status: order.status,
        });
      const kind = request.cannibalised ? 'cannibalised' : 'consumption';
      const movementId = await moveStock(manager, {
        partId: request.partId,
        kind,
        quantity: -request.quantity,
        workOrderId: id,
        actorId: actor.id,
      });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'workshop.parts-used',
        subjectType: 'work_order',
        subjectId: id,
        details: { movementId, partId: request.partId, quantity: request.quantity, kind },
        requestId: actor.requestId,
      });
      return loadWorkOrderDetail(manager, id);
    });
  }
}
