import { sqlList } from '@zusammen/api/core';
import { UserAccount } from '@zusammen/api/identity';
import { VETTING_STEP_KINDS, type VettingStepKind } from '@zusammen/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Volunteer } from './volunteer.entity';

/** A completed vetting step; one per kind and volunteer (recording it again corrects the date). */
@Entity()
@Unique('uq_vetting_step_volunteer_id_kind', ['volunteerId', 'kind'])
@Check('ck_vetting_step_kind_known', `"kind" IN (${sqlList(VETTING_STEP_KINDS)})`)
export class VettingStep {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_vetting_step' })
  id!: string;

  @Column('uuid')
  volunteerId!: string;

  @ManyToOne(() => Volunteer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id', foreignKeyConstraintName: 'fk_vetting_step_volunteer_id' })
  volunteer?: Volunteer;

  @Column('text')
  kind!: VettingStepKind;

  @Column('date')
  completedOn!: string;

  /** The staff member who recorded it; null once their account is gone. */
  @Column('uuid', { nullable: true })
  recordedById!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'recorded_by_id',
    foreignKeyConstraintName: 'fk_vetting_step_recorded_by_id',
  })
  recordedBy?: UserAccount | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
