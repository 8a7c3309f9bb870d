import { sqlList } from '@zusammen/api/core';
import { WORK_PROGRAMMES, type WorkProgramme } from '@zusammen/shared/contracts';
import { UserAccount } from '@zusammen/api/identity';
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

/**
 * Someone who works in the workshop (Schrauber/in): a volunteer or a work-opportunity participant (§ 5 AsylbLG,
 * § 16d SGB II), with or without an account. Their hours count for the programme's report; the occupational
 * safety instruction (Arbeitsschutz-Unterweisung) date is required before hours are booked.
 */
@Entity()
@Index('uq_workshop_worker_user_id', ['userId'], { unique: true, where: `"user_id" IS NOT NULL` })
@Check('ck_workshop_worker_programme_known', `"programme" IN (${sqlList(WORK_PROGRAMMES)})`)
@Check('ck_workshop_worker_name_length', `length("display_name") BETWEEN 1 AND 120`)
export class WorkshopWorker {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_workshop_worker' })
  id!: string;

  @Column('uuid', { nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_workshop_worker_user_id' })
  user?: UserAccount | null;

  @Column('text')
  displayName!: string;

  @Column('text')
  programme!: WorkProgramme;

  @Column('date', { nullable: true })
  safetyInstructionOn!: string | null;

  /** May sign inspections (Prüfer/in). */
  @Column('boolean', { default: false })
  mayInspect!: boolean;

  @Column('boolean', { default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
