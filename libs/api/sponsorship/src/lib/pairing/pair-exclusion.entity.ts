import { sqlList } from '@zusammen/api/core';
import { UserAccount } from '@zusammen/api/identity';
import { PAIR_EXCLUSION_CAUSES, type PairExclusionCause } from '@zusammen/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { Family } from '../family/family.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { Pairing } from './pairing.entity';

/**
 * A pair that is never proposed or offered again (invariant 3, hard filter H6): after a decline, a premature
 * end or a trial not continued, or set by staff. The key makes it one row per pair.
 */
@Entity()
@Index('ix_pair_exclusion_family_id', ['familyId'])
@Check('ck_pair_exclusion_cause_known', `"cause" IN (${sqlList(PAIR_EXCLUSION_CAUSES)})`)
export class PairExclusion {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_pair_exclusion' })
  volunteerId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_pair_exclusion' })
  familyId!: string;

  @ManyToOne(() => Volunteer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id', foreignKeyConstraintName: 'fk_pair_exclusion_volunteer_id' })
  volunteer?: Volunteer;

  @ManyToOne(() => Family, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'family_id', foreignKeyConstraintName: 'fk_pair_exclusion_family_id' })
  family?: Family;

  @Column('text')
  cause!: PairExclusionCause;

  /** The pairing that ended in the exclusion (null for one set by staff). */
  @Column('uuid', { nullable: true })
  pairingId!: string | null;

  @ManyToOne(() => Pairing, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'pairing_id', foreignKeyConstraintName: 'fk_pair_exclusion_pairing_id' })
  pairing?: Pairing | null;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'created_by_id',
    foreignKeyConstraintName: 'fk_pair_exclusion_created_by_id',
  })
  createdBy?: UserAccount | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
