import { UserAccount } from '@zusammen/api/identity';
import type { MatchWeights } from '@zusammen/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';

/** Bounds of the follow-up and proposal settings (also the CHECK constraints below). */
export const SETTINGS_LIMITS = {
  noContactDays: { min: 7, max: 90 },
  trialMeetingsRequired: { min: 1, max: 10 },
  minScore: { min: 0, max: 1 },
  /** Each relative weight; they are normalised to Σ = 1 before use. */
  weight: { min: 0, max: 100 },
} as const;

/**
 * One version of the Patenmodell settings (weights, follow-up, τ). Rows are never changed: a change inserts
 * version + 1, and every match run stores the version it used. The migration inserts version 1.
 */
@Entity()
@Check('ck_sponsorship_settings_version_positive', `"version" > 0`)
@Check('ck_sponsorship_settings_weights_object', `jsonb_typeof("weights") = 'object'`)
@Check(
  'ck_sponsorship_settings_no_contact_days_range',
  `"no_contact_days" BETWEEN ${SETTINGS_LIMITS.noContactDays.min} AND ${SETTINGS_LIMITS.noContactDays.max}`,
)
@Check(
  'ck_sponsorship_settings_trial_meetings_range',
  `"trial_meetings_required" BETWEEN ${SETTINGS_LIMITS.trialMeetingsRequired.min} AND ${SETTINGS_LIMITS.trialMeetingsRequired.max}`,
)
@Check(
  'ck_sponsorship_settings_min_score_range',
  `"min_score" >= ${SETTINGS_LIMITS.minScore.min} AND "min_score" <= ${SETTINGS_LIMITS.minScore.max}`,
)
export class SponsorshipSettings {
  @PrimaryColumn('integer', { primaryKeyConstraintName: 'pk_sponsorship_settings' })
  version!: number;

  /** Relative weights as the programme lead entered them. */
  @Column('jsonb')
  weights!: MatchWeights;

  @Column('integer')
  noContactDays!: number;

  @Column('integer')
  trialMeetingsRequired!: number;

  @Column('double precision')
  minScore!: number;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'created_by_id',
    foreignKeyConstraintName: 'fk_sponsorship_settings_created_by_id',
  })
  createdBy?: UserAccount | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
