import { sqlList } from '@zusammen/api/core';
import {
  OPEN_WORK_ORDER_STATUSES,
  WORK_ORDER_STATUSES,
  type WorkOrderStatus,
} from '@zusammen/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Bike } from '../bikes/bike.entity';
import { WorkshopWorker } from './workshop-worker.entity';

/** One task of a work order. */
export interface WorkOrderTask {
  title: string;
  done: boolean;
}

/**
 * A repair job on one bike (Reparaturauftrag): draft → queued → in_progress ⇄ awaiting_parts → done / cancelled.
 * Parts used are stock movements pointing here; time spent are time entries pointing here.
 */
@Entity()
@Index('ix_work_order_bike_id', ['bikeId'])
@Index('ix_work_order_status', ['status'])
@Check('ck_work_order_status_known', `"status" IN (${sqlList(WORK_ORDER_STATUSES)})`)
@Check('ck_work_order_delay_reason', `"status" <> 'awaiting_parts' OR "delay_reason" IS NOT NULL`)
@Check('ck_work_order_problem_length', `length("problem") BETWEEN 1 AND 2000`)
@Check(
  'ck_work_order_completed_at',
  `("status" IN (${sqlList(OPEN_WORK_ORDER_STATUSES)})) = ("completed_at" IS NULL)`,
)
export class WorkOrder {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_work_order' })
  id!: string;

  @Column('uuid')
  bikeId!: string;

  @ManyToOne(() => Bike, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bike_id', foreignKeyConstraintName: 'fk_work_order_bike_id' })
  bike?: Bike;

  @Column('text')
  problem!: string;

  @Column('text', { nullable: true })
  evaluation!: string | null;

  @Column('jsonb', { default: () => "'[]'" })
  tasks!: WorkOrderTask[];

  @Column('text', { default: 'queued' })
  status!: WorkOrderStatus;

  @Column('text', { nullable: true })
  delayReason!: string | null;

  @Column('uuid', { nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => WorkshopWorker, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'fk_work_order_assignee_id' })
  assignee?: WorkshopWorker | null;

  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
