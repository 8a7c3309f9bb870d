import { sqlList } from '@zusammen/api/core';
import { UserAccount } from '@zusammen/api/identity';
import {
  MATCH_RUN_KINDS,
  type MatchComponent,
  type MatchRunKind,
  type MatchWeights,
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
} from 'typeorm';
import { SponsorshipSettings } from '../settings/sponsorship-settings.entity';

/**
 * One matching run: `batch` (the optimal assignment over every waiting family) or `single` (staff's free
 * choice for one family, written by the offer). Keeps the weights it scored with and each component's share of
 * the total, so no term silently dominates (sponsorship.md § 6). Settings versions are never deleted while a
 * run points at them (RESTRICT); `settings_version` is null when staff tried weights without saving them.
 */
@Entity()
@Index('ix_match_run_kind_created_at', ['kind', 'createdAt'])
@Check('ck_match_run_kind_known', `"kind" IN (${sqlList(MATCH_RUN_KINDS)})`)
export class MatchRun {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_match_run' })
  id!: string;

  @Column('text')
  kind!: MatchRunKind;

  @Column('integer', { nullable: true })
  settingsVersion!: number | null;

  @ManyToOne(() => SponsorshipSettings, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'settings_version',
    referencedColumnName: 'version',
    foreignKeyConstraintName: 'fk_match_run_settings_version',
  })
  settings?: SponsorshipSettings | null;

  /** Normalised (Σ = 1), as used. */
  @Column('jsonb')
  weights!: MatchWeights;

  @Column('integer')
  familyCount!: number;

  @Column('integer')
  volunteerCount!: number;

  @Column('double precision')
  totalScore!: number;

  @Column('jsonb')
  componentShares!: Record<MatchComponent, number>;

  @Column('integer')
  durationMs!: number;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_match_run_created_by_id' })
  createdBy?: UserAccount | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
