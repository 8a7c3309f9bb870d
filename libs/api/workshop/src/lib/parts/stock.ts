import { addNotification } from '@zusammen/api/notifications';
import { WorkshopErrorCode, type StockMovementKind } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { WorkshopException } from '../bikes/workshop.exception';

export interface StockChange {
  partId: string;
  kind: StockMovementKind;
  /** Signed: receipt > 0, consumption/cannibalised < 0, correction either. */
  quantity: number;
  workOrderId?: string | null;
  note?: string | null;
  actorId: string;
}

interface MovedRow {
  movement_id: string;
  sku: string;
  name: string;
  on_hand: number;
  reorder_level: number;
}

/**
 * Changes the stock and writes its movement in ONE statement (invariant 6): the UPDATE only matches while the
 * result stays ≥ 0, so concurrent consumptions serialise on the row lock and the loser re-checks the guard
 * against the winner's stock. No row: 404 PART_NOT_FOUND, or 409 OUT_OF_STOCK (taking) /
 * STOCK_WOULD_BE_NEGATIVE (correction). When the stock falls from ≥ reorder level to below it, every active
 * member of the workshop team gets one `workshop-low-stock` notification (keyed by the movement: once per
 * crossing), in the same transaction. Returns the movement id.
 */
export async function moveStock(manager: EntityManager, change: StockChange): Promise<string> {
  const rows: MovedRow[] = await manager.query(
    `WITH changed AS (
       UPDATE spare_part SET on_hand = on_hand + $2, updated_at = now()
        WHERE id = $1 AND on_hand + $2 >= 0
       RETURNING id, sku, name, on_hand, reorder_level, unit_cost_cents
     ), moved AS (
       INSERT INTO stock_movement (part_id, kind, quantity, on_hand_after, unit_cost_cents, work_order_id,
                                   note, created_by_id)
       SELECT id, $3, $2, on_hand, unit_cost_cents, $4, $5, $6 FROM changed
       RETURNING id
     )
     SELECT m.id AS movement_id, c.sku, c.name, c.on_hand, c.reorder_level FROM changed c, moved m`,
    [
      change.partId,
      change.quantity,
      change.kind,
      change.workOrderId ?? null,
      change.note ?? null,
      change.actorId,
    ],
  );
  const moved = rows[0];
  if (!moved) {
    const parts: { on_hand: number }[] = await manager.query(
      `SELECT on_hand FROM spare_part WHERE id = $1`,
      [change.partId],
    );
    if (parts.length === 0) throw new WorkshopException(WorkshopErrorCode.PartNotFound);
    throw new WorkshopException(
      change.kind === 'correction'
        ? WorkshopErrorCode.StockWouldBeNegative
        : WorkshopErrorCode.OutOfStock,
      { onHand: parts[0].on_hand, requested: Math.abs(change.quantity) },
    );
  }
  const before = moved.on_hand - change.quantity;
  if (before >= moved.reorder_level && moved.on_hand < moved.reorder_level)
    await alertLowStock(manager, moved, change.partId);
  return moved.movement_id;
}

async function alertLowStock(
  manager: EntityManager,
  moved: MovedRow,
  partId: string,
): Promise<void> {
  const team: { id: string }[] = await manager.query(
    `SELECT id FROM user_account WHERE is_active AND 'workshop' = ANY(roles) ORDER BY id`,
  );
  for (const { id } of team)
    await addNotification(manager, {
      type: 'workshop-low-stock',
      recipientId: id,
      payload: {
        partId,
        sku: moved.sku,
        partName: moved.name,
        onHand: moved.on_hand,
        reorderLevel: moved.reorder_level,
      },
      idempotencyKey: `workshop-low-stock/${moved.movement_id}/${id}`,
    });
}
