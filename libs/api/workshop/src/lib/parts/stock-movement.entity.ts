import { sqlList } from '@zusammen/api/core';
import { STOCK_MOVEMENT_KINDS, type StockMovementKind } from '@zusammen/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { WorkOrder } from '../repair/work-order.entity';
import { SparePart } from './spare-part.entity';

/**
 * Append-only stock movement (Lagerbewegung): receipt (+), consumption or cannibalised (−, usually on a work
 * order), correction (±, with a note). `on_hand_after` is the stock right after this movement, so the history
 * can be read without summing; `unit_cost_cents` is frozen for the parts-cost report.
 */
@Entity()
@Index('ix_stock_movement_part_id_created_at', ['partId', 'createdAt'])
@Index('ix_stock_movement_work_order_id', ['workOrderId'])
@Check('ck_stock_movement_kind_known', `"kind" IN (${sqlList(STOCK_MOVEMENT_KINDS)})`)
@Check('ck_stock_movement_quantity_nonzero', `"quantity" <> 0`)
@Check(
  'ck_stock_movement_sign',
  `("kind" = 'receipt' AND "quantity" > 0) OR ("kind" IN ('consumption', 'cannibalised') AND "quantity" < 0) OR ("kind" = 'correction' AND "note" IS NOT NULL)`,
)
@Check('ck_stock_movement_on_hand_after', `"on_hand_after" >= 0`)
export class StockMovement {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_stock_movement' })
  id!: string;

  @Column('uuid')
  partId!: string;

  @ManyToOne(() => SparePart, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'part_id', foreignKeyConstraintName: 'fk_stock_movement_part_id' })
  part?: SparePart;

  @Column('text')
  kind!: StockMovementKind;

  @Column('integer')
  quantity!: number;

  @Column('integer')
  onHandAfter!: number;

  @Column('integer', { default: 0 })
  unitCostCents!: number;

  @Column('uuid', { nullable: true })
  workOrderId!: string | null;

  @ManyToOne(() => WorkOrder, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'work_order_id',
    foreignKeyConstraintName: 'fk_stock_movement_work_order_id',
  })
  workOrder?: WorkOrder | null;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
