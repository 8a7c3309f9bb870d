import { sqlList } from '@zusammen/api/core';
import { UserAccount } from '@zusammen/api/identity';
import {
  PROPOSAL_STATUSES,
  type ProposalStatus,
  type ScoreBreakdown,
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
  Unique,
} from 'typeorm';
import { Family } from '../family/family.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { MatchRun } from './match-run.entity';

export const PROPOSAL_REASON_MAX_LENGTH = 500;

/**
 * A proposal (Vorschlag): one volunteer for one family from a match run, with the score breakdown it was made
 * with. The score never changes; only the decision does, once — open → offered (a pairing points at it),
 * rejected or overridden, with who decided, when and why. One proposal per family and run.
 */
@Entity()
@Unique('uq_match_proposal_run_id_family_id', ['runId', 'familyId'])
@Index('ix_match_proposal_family_id', ['familyId'])
@Index('ix_match_proposal_volunteer_id', ['volunteerId'])
@Check('ck_match_proposal_status_known', `"status" IN (${sqlList(PROPOSAL_STATUSES)})`)
@Check('ck_match_proposal_score_range', `"score" >= 0 AND "score" <= 1`)
@Check('ck_match_proposal_reason_length', `length("reason") <= ${PROPOSAL_REASON_MAX_LENGTH}`)
@Check('ck_match_proposal_decided', `("status" = 'open') = ("decided_at" IS NULL)`)
export class MatchProposal {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_match_proposal' })
  id!: string;

  @Column('uuid')
  runId!: string;

  @ManyToOne(() => MatchRun, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'fk_match_proposal_run_id' })
  run?: MatchRun;

  @Column('uuid')
  familyId!: string;

  @ManyToOne(() => Family, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'family_id', foreignKeyConstraintName: 'fk_match_proposal_family_id' })
  family?: Family;

  @Column('uuid')
  volunteerId!: string;

  @ManyToOne(() => Volunteer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id', foreignKeyConstraintName: 'fk_match_proposal_volunteer_id' })
  volunteer?: Volunteer;

  /** The breakdown's total, clamped to [0, 1]. */
  @Column('double precision')
  score!: number;

  @Column('jsonb')
  breakdown!: ScoreBreakdown;

  @Column('double precision')
  distanceKm!: number;

  @Column('text', { default: 'open' })
  status!: ProposalStatus;

  /** Why staff rejected or overrode it. */
  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('uuid', { nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'decided_by_id',
    foreignKeyConstraintName: 'fk_match_proposal_decided_by_id',
  })
  decidedBy?: UserAccount | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
