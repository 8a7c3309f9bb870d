import { sqlList } from '@zusammen/api/core';
import { AGE_BANDS, type AgeBand } from '@zusammen/shared/contracts';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Family } from './family.entity';

export const MEMBER_ALIAS_MAX_LENGTH = 60;
export const MEMBER_GENDERS = ['female', 'male', 'diverse'] as const;
export type MemberGender = (typeof MEMBER_GENDERS)[number];

/**
 * A household member: an alias (no full names needed) and an age band, never a birth date (data
 * minimisation). `position` keeps the order staff entered them in; the list is always replaced as a whole.
 */
@Entity()
@Unique('uq_family_member_family_id_position', ['familyId', 'position'])
@Check(
  'ck_family_member_alias_length',
  `length(btrim("alias")) > 0 AND length("alias") <= ${MEMBER_ALIAS_MAX_LENGTH}`,
)
@Check('ck_family_member_age_band_known', `"age_band" IN (${sqlList(AGE_BANDS)})`)
@Check('ck_family_member_gender_known', `"gender" IN (${sqlList(MEMBER_GENDERS)})`)
@Check('ck_family_member_position_not_negative', `"position" >= 0`)
export class FamilyMember {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_family_member' })
  id!: string;

  @Column('uuid')
  familyId!: string;

  @ManyToOne(() => Family, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'family_id', foreignKeyConstraintName: 'fk_family_member_family_id' })
  family?: Family;

  @Column('text')
  alias!: string;

  @Column('text')
  ageBand!: AgeBand;

  @Column('text', { nullable: true })
  gender!: MemberGender | null;

  @Column('integer')
  position!: number;
}
