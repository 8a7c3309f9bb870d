import { HttpStatus, Injectable } from '@nestjs/common';
import { DomainException, ValidationFailedException } from '@zusammen/api/core';
import { AuditLog } from '@zusammen/api/identity';
import {
  CommonErrorCode,
  WorkshopErrorCode,
  type TimeEntryRequest,
  type TimeEntryView,
  type WorkOrderDetail,
} from '@zusammen/shared/contracts';
import { addDays, isLocalDate } from '@zusammen/shared/util';
import { DataSource } from 'typeorm';
import type { WorkshopActor } from '../bikes/workshop-actor';
import { WorkshopException } from '../bikes/workshop.exception';
import { workshopClock } from '../settings/workshop-clock';
import { loadTimeEntries } from './time-entry-views';
import { requireWorker } from './workers.service';
import { loadWorkOrderDetail } from './work-order-detail';

const timeEntryNotFound = () =>
  new DomainException(CommonErrorCode.NotFound, 'Time entry not found.', HttpStatus.NOT_FOUND);

/**
 * Hours worked (workshop.md § 3 "Work opportunities"): booked on a work order under the worker's programme
 * (frozen on the entry), only with an occupational safety instruction on record on that day; approved by the
 * workshop lead or the coordinator.
 */
@Injectable()
export class TimeEntriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async record(
    actor: WorkshopActor,
    workOrderId: string,
    request: TimeEntryRequest,
  ): Promise<WorkOrderDetail> {
    const { today } = workshopClock();
    if (!isLocalDate(request.workedOn) || request.workedOn > today)
      throw new ValidationFailedException({
        workedOn: ['workedOn must be a calendar date, not in the future'],
      });
    return this.dataSource.transaction(async (manager) => {
      const orders: { status: string }[] = await manager.query(
        `SELECT status FROM work_order WHERE id = $1 FOR SHARE`,
        [workOrderId],
      );
      if (orders.length === 0) throw new WorkshopException(WorkshopErrorCode.WorkOrderNotFound);
      if (orders[0].status === 'cancelled')
        throw new WorkshopException(WorkshopErrorCode.WorkOrderNotChangeable, {
          status: orders[0].status,
        });
      const worker = await requireWorker(manager, request.workerId);
      if (worker.safetyInstructionOn === null || worker.safetyInstructionOn > request.workedOn)
        throw new WorkshopException(WorkshopErrorCode.SafetyInstructionMissing, {
          workerId: worker.id,
          safetyInstructionOn: worker.safetyInstructionOn,
        });
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO time_entry (worker_id, work_order_id, programme, worked_on, minutes, note, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          worker.id,
          workOrderId,
          worker.programme,
          request.workedOn,
          request.minutes,
          request.note ?? null,
          actor.id,
        ],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'workshop.time-recorded',
        subjectType: 'time_entry',
        subjectId: id,
        details: { workOrderId, workerId: worker.id, minutes: request.minutes },
        requestId: actor.requestId,
      });
      return loadWorkOrderDetail(manager, workOrderId);
    });
  }

  async list(query: { month?: string; workerId?: string }): Promise<TimeEntryView[]> {
    const where: string[] = ['TRUE'];
    const params: unknown[] = [];
    if (query.month) {
      const from = `${query.month}-01`;
      const [y, m] = query.month.split('-').map(Number);
      const to = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
      where.push(`t.worked_on >= $${params.push(from)} AND t.worked_on < $${params.push(to)}`);
    } else {
      where.push(`t.worked_on >= $${params.push(addDays(workshopClock().today, -92))}`);
    }
    if (query.workerId) where.push(`t.worker_id = $${params.push(query.workerId)}`);
    return loadTimeEntries(this.dataSource.manager, where.join(' AND '), params);
  }

  /** Approves the entry once (repeating it changes nothing). */
  async approve(actor: WorkshopActor, id: string): Promise<TimeEntryView> {
    return this.dataSource.transaction(async (manager) => {
      const approved: { id: string }[] = await manager.query(
        `WITH approved AS (
           UPDATE time_entry SET approved_by_id = $2, approved_at = now()
            WHERE id = $1 AND approved_at IS NULL RETURNING id
         )
         SELECT id FROM approved`,
        [id, actor.id],
      );
      if (approved.length > 0)
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'workshop.time-approved',
          subjectType: 'time_entry',
          subjectId: id,
          requestId: actor.requestId,
        });
      const [view] = await loadTimeEntries(manager, 't.id = $1', [id]);
      if (!view) throw timeEntryNotFound();
      return view;
    });
  }
}
