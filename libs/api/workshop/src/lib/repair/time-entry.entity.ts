import { sqlList } from '@zusammen/api/core';
import { WORK_PROGRAMMES, type WorkProgramme } from '@zusammen/shared/contracts';
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
import { WorkOrder } from './work-order.entity';
import { WorkshopWorker } from './workshop-worker.entity';

/**
 * Time worked (Stunden). The programme is frozen from the worker at entry so that reports per programme stay
 * right if the person changes programme; approved entries are what the paying office receives.
 */
@Entity()
@Index('ix_time_entry_worker_id_worked_on', ['workerId', 'workedOn'])
@Index('ix_time_entry_work_order_id', ['workOrderId'])
@Check('ck_time_entry_programme_known', `"programme" IN (${sqlList(WORK_PROGRAMMES)})`)
@Check('ck_time_entry_minutes', `"minutes" BETWEEN 1 AND 720`)
@Check('ck_time_entry_approval', `("approved_by_id" IS NULL) = ("approved_at" IS NULL)`)
export class TimeEntry {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_time_entry' })
  id!: string;

  @Column('uuid')
  workerId!: string;

  @ManyToOne(() => WorkshopWorker, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'worker_id', foreignKeyConstraintName: 'fk_time_entry_worker_id' })
  worker?: WorkshopWorker;

  @Column('uuid', { nullable: true })
  workOrderId!: string | null;

  @ManyToOne(() => WorkOrder, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'work_order_id', foreignKeyConstraintName: 'fk_time_entry_work_order_id' })
  workOrder?: WorkOrder | null;

  @Column('text')
  programme!: WorkProgramme;

  @Column('date')
  workedOn!: string;

  @Column('integer')
  minutes!: number;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('uuid', { nullable: true })
  approvedById!: string | null;

  @Column('timestamptz', { nullable: true })
  approvedAt!: Date | null;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
