import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { AuditLog } from '@zusammen/api/identity';
import {
  WorkshopErrorCode,
  type WorkshopWorkerRequest,
  type WorkshopWorkerView,
} from '@zusammen/shared/contracts';
import { isLocalDate } from '@zusammen/shared/util';
import { DataSource, type EntityManager } from 'typeorm';
import type { WorkshopActor } from '../bikes/workshop-actor';
import { WorkshopException } from '../bikes/workshop.exception';
import { WorkshopWorker } from './workshop-worker.entity';

export function toWorkerView(worker: WorkshopWorker): WorkshopWorkerView {
  return {
    id: worker.id,
    displayName: worker.displayName,
    programme: worker.programme,
    userId: worker.userId,
    safetyInstructionOn: worker.safetyInstructionOn,
    mayInspect: worker.mayInspect,
    active: worker.active,
  };
}

export async function requireWorker(manager: EntityManager, id: string): Promise<WorkshopWorker> {
  const worker = await manager.findOne(WorkshopWorker, { where: { id } });
  if (!worker) throw new WorkshopException(WorkshopErrorCode.WorkerNotFound);
  return worker;
}

function checkDate(value: string | null | undefined): void {
  if (value !== undefined && value !== null && !isLocalDate(value))
    throw new ValidationFailedException({
      safetyInstructionOn: ['safetyInstructionOn must be a calendar date'],
    });
}

/** People who work in the workshop: volunteers and work-opportunity participants (WORKSHOP_ROUTES.workers). */
@Injectable()
export class WorkersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<WorkshopWorkerView[]> {
    const workers = await this.dataSource.manager.find(WorkshopWorker, {
      order: { active: 'DESC', displayName: 'ASC', id: 'ASC' },
    });
    return workers.map(toWorkerView);
  }

  async create(actor: WorkshopActor, request: WorkshopWorkerRequest): Promise<WorkshopWorkerView> {
    checkDate(request.safetyInstructionOn);
    return this.dataSource.transaction(async (manager) => {
      const worker = await manager.save(
        manager.create(WorkshopWorker, {
          displayName: request.displayName,
          programme: request.programme,
          safetyInstructionOn: request.safetyInstructionOn ?? null,
          mayInspect: request.mayInspect ?? false,
          active: request.active ?? true,
          userId: null,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'workshop.worker-created',
        subjectType: 'workshop_worker',
        subjectId: worker.id,
        details: { programme: worker.programme, mayInspect: worker.mayInspect },
        requestId: actor.requestId,
      });
      return toWorkerView(worker);
    });
  }

  async update(
    actor: WorkshopActor,
    id: string,
    request: Partial<WorkshopWorkerRequest>,
  ): Promise<WorkshopWorkerView> {
    checkDate(request.safetyInstructionOn);
    return this.dataSource.transaction(async (manager) => {
      const worker = await requireWorker(manager, id);
      const changed: string[] = [];
      const set = <K extends keyof WorkshopWorker>(
        field: K,
        value: WorkshopWorker[K] | undefined,
      ) => {
        if (value === undefined || value === worker[field]) return;
        worker[field] = value;
        changed.push(field);
      };
      set('displayName', request.displayName);
      set('programme', request.programme);
      set('safetyInstructionOn', request.safetyInstructionOn);
      set('mayInspect', request.mayInspect);
      set('active', request.active);
      if (changed.length > 0) {
        await manager.save(worker);
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'workshop.worker-updated',
          subjectType: 'workshop_worker',
          subjectId: id,
          details: { fields: changed },
          requestId: actor.requestId,
        });
      }
      return toWorkerView(worker);
    });
  }
}
