import { sqlList } from '@zusammen/api/core';
import { UserAccount } from '@zusammen/api/identity';
import {
  COMMITMENT_MONTHS,
  END_KINDS,
  END_REASONS,
  OPEN_PAIRING_STATES,
  PAIRING_STATES,
  type CommitmentMonths,
  type EndKind,
  type EndReason,
  type PairingState,
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
  UpdateDateColumn,
} from 'typeorm';
import { Family } from '../family/family.entity';
import { MatchProposal } from '../proposals/match-proposal.entity';
import { Volunteer } from '../volunteer/volunteer.entity';

export const INTRO_PLACE_MAX_LENGTH = 200;

/**
 * A pairing (Patenschaft) of one volunteer and one family, from the offer to its end. Rows are never deleted:
 * a volunteer or family with pairings is anonymised instead (the foreign keys RESTRICT), so the statistics
 * survive. Invariant 2 (one open pairing per family) is the partial unique index `uq_pairing_family_id_open`;
 * capacity (invariant 1) is checked under the volunteer's row lock. Check constraints are compared by name
 * only: changing a vocabulary needs a migration that drops and re-adds the constraint.
 */
@Entity()
@Unique('uq_pairing_proposal_id', ['proposalId'])
@Index('uq_pairing_family_id_open', ['familyId'], {
  unique: true,
  where: `"state" IN (${sqlList(OPEN_PAIRING_STATES)})`,
})
@Index('ix_pairing_volunteer_id', ['volunteerId'])
@Index('ix_pairing_state_state_since', ['state', 'stateSince'])
@Index('ix_pairing_coordinator_id', ['coordinatorId'])
@Check('ck_pairing_state_known', `"state" IN (${sqlList(PAIRING_STATES)})`)
@Check(
  'ck_pairing_commitment_months_known',
  `"commitment_months" IN (${COMMITMENT_MONTHS.join(', ')})`,
)
@Check('ck_pairing_intro_place_length', `length("intro_place") <= ${INTRO_PLACE_MAX_LENGTH}`)
@Check('ck_pairing_end_kind_known', `"end_kind" IN (${sqlList(END_KINDS)})`)
@Check('ck_pairing_end_reason_known', `"end_reason" IN (${sqlList(END_REASONS)})`)
@Check(
  'ck_pairing_ended_complete',
  `("state" = 'ended') = ("ended_on" IS NOT NULL AND "end_kind" IS NOT NULL AND "end_reason" IS NOT NULL)`,
)
@Check(
  'ck_pairing_active_after_trial',
  `"active_since" IS NULL OR ("trial_started_on" IS NOT NULL AND "active_since" >= "trial_started_on")`,
)
@Check(
  'ck_pairing_ended_after_start',
  `"ended_on" IS NULL OR "trial_started_on" IS NULL OR "ended_on" >= "trial_started_on"`,
)
export class Pairing {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_pairing' })
  id!: string;

  @Column('uuid')
  volunteerId!: string;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteer_id', foreignKeyConstraintName: 'fk_pairing_volunteer_id' })
  volunteer?: Volunteer;

  @Column('uuid')
  familyId!: string;

  @ManyToOne(() => Family, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'family_id', foreignKeyConstraintName: 'fk_pairing_family_id' })
  family?: Family;

  /** The proposal it was offered from (a batch proposal, or the single run staff's free choice created). */
  @Column('uuid')
  proposalId!: string;

  @ManyToOne(() => MatchProposal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_pairing_proposal_id' })
  proposal?: MatchProposal;

  /** The staff member who made the offer and follows the pairing. */
  @Column('uuid', { nullable: true })
  coordinatorId!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'coordinator_id', foreignKeyConstraintName: 'fk_pairing_coordinator_id' })
  coordinator?: UserAccount | null;

  @Column('text', { default: 'offered' })
  state!: PairingState;

  /** When the current state was entered. */
  @Column('timestamptz', { default: () => 'now()' })
  stateSince!: Date;

  @Column('integer')
  commitmentMonths!: CommitmentMonths;

  /** The moderated first meeting (schedule_intro). */
  @Column('timestamptz', { nullable: true })
  introAt!: Date | null;

  @Column('text', { nullable: true })
  introPlace!: string | null;

  /** Borken date the first meeting was held (hold_intro): the trial starts. */
  @Column('date', { nullable: true })
  trialStartedOn!: string | null;

  /** Borken date both sides confirmed after the trial. */
  @Column('date', { nullable: true })
  activeSince!: string | null;

  /** Expected resume date while paused. */
  @Column('date', { nullable: true })
  pausedUntil!: string | null;

  @Column('date', { nullable: true })
  endedOn!: string | null;

  @Column('text', { nullable: true })
  endKind!: EndKind | null;

  @Column('text', { nullable: true })
  endReason!: EndReason | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
