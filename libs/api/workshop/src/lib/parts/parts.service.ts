import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { AuditLog } from '@zusammen/api/identity';
import {
  CommonErrorCode,
  formatInventoryNo,
  WorkshopErrorCode,
  type SparePartRequest,
  type SparePartView,
  type StockMovementKind,
  type StockMovementRequest,
  type StockMovementView,
} from '@zusammen/shared/contracts';
import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import type { WorkshopActor } from '../bikes/workshop-actor';
import { WorkshopException } from '../bikes/workshop.exception';
import { SparePart } from './spare-part.entity';
import { moveStock } from './stock';

export function toSparePartView(part: SparePart): SparePartView {
  return {
    id: part.id,
    sku: part.sku,
    name: part.name,
    unit: part.unit,
    onHand: part.onHand,
    reorderLevel: part.reorderLevel,
    unitCostCents: part.unitCostCents,
    low: part.onHand < part.reorderLevel,
    active: part.active,
  };
}

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError &&
  (error.driverError as { code?: string } | undefined)?.code === '23505';

const skuTaken = () =>
  new DomainException(
    CommonErrorCode.Conflict,
    'This SKU is already in use.',
    HttpStatus.CONFLICT,
    {
      field: 'sku',
    },
  );

/** Spare parts and their stock movements (WORKSHOP_ROUTES.parts). */
@Injectable()
export class PartsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<SparePartView[]> {
    const parts = await this.dataSource.manager.find(SparePart, {
      order: { active: 'DESC', name: 'ASC', id: 'ASC' },
    });
    return parts.map(toSparePartView);
  }

  async create(actor: WorkshopActor, request: SparePartRequest): Promise<SparePartView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const part = await manager.save(
          manager.create(SparePart, {
            sku: request.sku,
            name: request.name,
            unit: request.unit,
            reorderLevel: request.reorderLevel,
            unitCostCents: request.unitCostCents,
            active: request.active ?? true,
            onHand: 0,
          }),
        );
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'workshop.part-created',
          subjectType: 'spare_part',
          subjectId: part.id,
          details: { sku: part.sku },
          requestId: actor.requestId,
        });
        return toSparePartView(part);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw skuTaken();
      throw error;
    }
  }

  /** Catalogue fields only: the stock changes through movements. */
  async update(
    actor: WorkshopActor,
    id: string,
    request: Partial<SparePartRequest>,
  ): Promise<SparePartView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const part = await this.requirePart(manager, id, true);
        const fields = ['sku', 'name', 'unit', 'reorderLevel', 'unitCostCents', 'active'] as const;
        const changed = fields.filter(
          (field) =>
            request[field] !== undefined &&
            request[field] !== null &&
            request[field] !== part[field],
        );
        for (const field of changed) Object.assign(part, { [field]: request[field] });
        if (changed.length > 0) {
          await manager.save(part);
          await this.audit.record(manager, {
            actorId: actor.id,
            action: 'workshop.part-updated',
            subjectType: 'spare_part',
            subjectId: id,
            details: { fields: [...changed] },
            requestId: actor.requestId,
          });
        }
        return toSparePartView(part);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw skuTaken();
      throw error;
    }
  }

  async movements(id: string): Promise<StockMovementView[]> {
    await this.requirePart(this.dataSource.manager, id);
    const rows: {
      id: string;
      kind: StockMovementKind;
      quantity: number;
      on_hand_after: number;
      unit_cost_cents: number;
      work_order_id: string | null;
      inventory_no: number | null;
      note: string | null;
      created_at: Date;
    }[] = await this.dataSource.query(
      `SELECT m.id, m.kind, m.quantity, m.on_hand_after, m.unit_cost_cents, m.work_order_id, b.inventory_no,
              m.note, m.created_at
         FROM stock_movement m
         LEFT JOIN work_order w ON w.id = m.work_order_id
         LEFT JOIN bike b ON b.id = w.bike_id
        WHERE m.part_id = $1
        ORDER BY m.created_at DESC, m.id
        LIMIT 500`,
      [id],
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      quantity: row.quantity,
      onHandAfter: row.on_hand_after,
      unitCostCents: row.unit_cost_cents,
      workOrderId: row.work_order_id,
      bikeLabel: row.inventory_no === null ? null : formatInventoryNo(row.inventory_no),
      note: row.note,
      createdAt: new Date(row.created_at).toISOString(),
    }));
  }

  /** Goods received (> 0) or a stock-take correction (≠ 0, with a note); never below zero. */
  async move(
    actor: WorkshopActor,
    id: string,
    request: StockMovementRequest,
  ): Promise<SparePartView> {
    const note = request.note?.trim() || null;
    if (request.kind === 'receipt' && request.quantity <= 0)
      throw new ValidationFailedException({ quantity: ['a receipt must be greater than 0'] });
    if (request.kind === 'correction' && request.quantity === 0)
      throw new ValidationFailedException({ quantity: ['a correction cannot be 0'] });
    if (request.kind === 'correction' && note === null)
      throw new ValidationFailedException({ note: ['a correction needs a note'] });
    return this.dataSource.transaction(async (manager) => {
      const movementId = await moveStock(manager, {
        partId: id,
        kind: request.kind,
        quantity: request.quantity,
        note,
        actorId: actor.id,
      });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'workshop.stock-moved',
        subjectType: 'spare_part',
        subjectId: id,
        details: { movementId, kind: request.kind, quantity: request.quantity },
        requestId: actor.requestId,
      });
      return toSparePartView(await this.requirePart(manager, id));
    });
  }

  private async requirePart(manager: EntityManager, id: string, lock = false): Promise<SparePart> {
    const part = await manager.findOne(SparePart, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!part) throw new WorkshopException(WorkshopErrorCode.PartNotFound);
    return part;
  }
}
