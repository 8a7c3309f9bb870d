import { sqlList } from '@zusammen/api/core';
import { UserAccount } from '@zusammen/api/identity';
import {
  AVAILABILITY_SLOTS,
  BORKEN_DISTRICTS,
  CONTACT_CHANNELS,
  FAMILY_STATUSES,
  GENDER_PREFERENCES,
  SUPPORT_AREAS,
  SUPPORTED_LOCALES,
  type AvailabilitySlot,
  type BorkenDistrict,
  type ContactChannel,
  type FamilyStatus,
  type GenderPreference,
  type Locale,
  type SpokenLanguage,
  type SupportArea,
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
  UpdateDateColumn,
} from 'typeorm';

export const CONTACT_NAME_MAX_LENGTH = 100;
export const CONTACT_PHONE_MAX_LENGTH = 32;
export const STAFF_NOTE_MAX_LENGTH = 2000;

/**
 * A household (Familie), the unit that is matched with a volunteer. Staff enter it at the desk; most families
 * have no account. `staff_note` is sensitive: only staff read it, and every read is audited (`family.viewed`).
 * Whether the family can be matched is derived (`isMatchable`), never stored. Check constraints are compared
 * by name only: changing a vocabulary needs a migration that drops and re-adds the constraint.
 */
@Entity()
@Index('ix_family_status_waiting_since', ['status', 'waitingSince'])
@Check(
  'ck_family_contact_name_length',
  `length(btrim("contact_name")) > 0 AND length("contact_name") <= ${CONTACT_NAME_MAX_LENGTH}`,
)
@Check('ck_family_contact_channel_known', `"contact_channel" IN (${sqlList(CONTACT_CHANNELS)})`)
@Check('ck_family_contact_phone_length', `length("contact_phone") <= ${CONTACT_PHONE_MAX_LENGTH}`)
@Check(
  'ck_family_preferred_locale_supported',
  `"preferred_locale" IN (${sqlList(SUPPORTED_LOCALES)})`,
)
@Check('ck_family_district_known', `"district" IN (${sqlList(BORKEN_DISTRICTS)})`)
@Check('ck_family_languages_array', `jsonb_typeof("languages") = 'array'`)
@Check('ck_family_needs_known', `"needs" <@ ARRAY[${sqlList(SUPPORT_AREAS)}]::text[]`)
@Check(
  'ck_family_availability_known',
  `"availability" <@ ARRAY[${sqlList(AVAILABILITY_SLOTS)}]::text[]`,
)
@Check(
  'ck_family_volunteer_gender_preference_known',
  `"volunteer_gender_preference" IN (${sqlList(GENDER_PREFERENCES)})`,
)
@Check('ck_family_staff_note_length', `length("staff_note") <= ${STAFF_NOTE_MAX_LENGTH}`)
@Check('ck_family_status_known', `"status" IN (${sqlList(FAMILY_STATUSES)})`)
export class Family {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_family' })
  id!: string;

  /** The contact person's name as they wish to be addressed. */
  @Column('text')
  contactName!: string;

  @Column('text')
  contactChannel!: ContactChannel;

  @Column('text', { nullable: true })
  contactPhone!: string | null;

  @Column('text')
  preferredLocale!: Locale;

  @Column('text')
  district!: BorkenDistrict;

  /** `[{ code, level }]` as in the contract (validated at the edge). */
  @Column('jsonb')
  languages!: SpokenLanguage[];

  @Column('text', { array: true, default: () => "'{}'" })
  needs!: SupportArea[];

  @Column('text', { array: true, default: () => "'{}'" })
  availability!: AvailabilitySlot[];

  @Column('text', { default: 'none' })
  volunteerGenderPreference!: GenderPreference;

  @Column('boolean', { default: false })
  interpreterAvailable!: boolean;

  @Column('boolean', { default: false })
  urgent!: boolean;

  /** Sensitive free text for staff only; reads are audited. */
  @Column('text', { nullable: true })
  staffNote!: string | null;

  @Column('text', { default: 'waiting' })
  status!: FamilyStatus;

  @Column('timestamptz', { default: () => 'now()' })
  waitingSince!: Date;

  /** The staff member who entered the household at the desk. */
  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_family_created_by_id' })
  createdBy?: UserAccount | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Bumped by every change of the family, its members or its consent (proposals older than this are stale). */
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
