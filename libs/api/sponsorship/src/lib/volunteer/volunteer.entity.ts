import { sqlList } from '@zusammen/api/core';
import { UserAccount } from '@zusammen/api/identity';
import {
  AVAILABILITY_SLOTS,
  BORKEN_DISTRICTS,
  GENDER_PREFERENCES,
  PERSON_GENDERS,
  SUPPORT_AREAS,
  VOLUNTEER_STATUSES,
  type AvailabilitySlot,
  type BorkenDistrict,
  type GenderPreference,
  type PersonGender,
  type SpokenLanguage,
  type SupportArea,
  type VolunteerStatus,
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

/** Limits of the profile, shared by the DTO and the CHECK constraints. */
export const VOLUNTEER_LIMITS = {
  maxDistanceKm: { min: 1, max: 30 },
  capacity: { min: 1, max: 5 },
  aboutMaxLength: 1000,
  statusReasonMaxLength: 500,
} as const;

/**
 * A volunteer (Pate/Patin): one per account. Eligibility for matching is derived from `status`, vetting and
 * the certificate ledger, never stored. Check constraints are compared by name only: changing a vocabulary
 * of the contracts needs a migration that drops and re-adds the constraint.
 */
@Entity()
@Unique('uq_volunteer_user_id', ['userId'])
@Index('ix_volunteer_status', ['status'])
@Check('ck_volunteer_status_known', `"status" IN (${sqlList(VOLUNTEER_STATUSES)})`)
@Check('ck_volunteer_languages_array', `jsonb_typeof("languages") = 'array'`)
@Check('ck_volunteer_district_known', `"district" IN (${sqlList(BORKEN_DISTRICTS)})`)
@Check(
  'ck_volunteer_max_distance_km_range',
  `"max_distance_km" BETWEEN ${VOLUNTEER_LIMITS.maxDistanceKm.min} AND ${VOLUNTEER_LIMITS.maxDistanceKm.max}`,
)
@Check(
  'ck_volunteer_availability_known',
  `"availability" <@ ARRAY[${sqlList(AVAILABILITY_SLOTS)}]::text[]`,
)
@Check(
  'ck_volunteer_support_areas_known',
  `"support_areas" <@ ARRAY[${sqlList(SUPPORT_AREAS)}]::text[]`,
)
@Check(
  'ck_volunteer_capacity_range',
  `"capacity" BETWEEN ${VOLUNTEER_LIMITS.capacity.min} AND ${VOLUNTEER_LIMITS.capacity.max}`,
)
@Check(
  'ck_volunteer_gender_preference_known',
  `"gender_preference" IN (${sqlList(GENDER_PREFERENCES)})`,
)
@Check('ck_volunteer_gender_known', `"gender" IN (${sqlList(PERSON_GENDERS)})`)
@Check('ck_volunteer_about_length', `length("about") <= ${VOLUNTEER_LIMITS.aboutMaxLength}`)
@Check(
  'ck_volunteer_status_reason_length',
  `length("status_reason") <= ${VOLUNTEER_LIMITS.statusReasonMaxLength}`,
)
export class Volunteer {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_volunteer' })
  id!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_volunteer_user_id' })
  user?: UserAccount;

  @Column('text', { default: 'registered' })
  status!: VolunteerStatus;

  /** `[{ code, level }]`, ISO 639-1 codes. */
  @Column('jsonb')
  languages!: SpokenLanguage[];

  @Column('text')
  district!: BorkenDistrict;

  /** Straight-line km between district centres (the decided stand-in for travel minutes). */
  @Column('integer')
  maxDistanceKm!: number;

  @Column('text', { array: true, default: () => "'{}'" })
  availability!: AvailabilitySlot[];

  @Column('text', { array: true, default: () => "'{}'" })
  supportAreas!: SupportArea[];

  @Column('integer', { default: 1 })
  capacity!: number;

  @Column('boolean')
  acceptsFamiliesWithChildren!: boolean;

  @Column('text', { default: 'none' })
  genderPreference!: GenderPreference;

  /** Self-declared, optional (null = not stated); only H5 reads it, for families with a preference. */
  @Column('text', { nullable: true })
  gender!: PersonGender | null;

  @Column('text', { default: '' })
  about!: string;

  /** Why staff set the current status (rejected, withdrawn, paused, inactive); null otherwise. */
  @Column('text', { nullable: true })
  statusReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
