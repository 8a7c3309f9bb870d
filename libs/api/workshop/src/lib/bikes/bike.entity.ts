import { sqlList } from '@zusammen/api/core';
import {
  BIKE_AVAILABILITIES,
  BIKE_SOURCES,
  CONDITION_GRADES,
  CYCLE_TYPES,
  FRAME_NO_STATUSES,
  LENDABLE_AVAILABILITIES,
  LIGHTING_KINDS,
  OWNERSHIP_BASES,
  POLICE_CHECK_RESULTS,
  PROPULSIONS,
  TECHNICAL_STATES,
  UNLENDABLE_PROPULSIONS,
  type BikeAvailability,
  type BikeSource,
  type ConditionGrade,
  type CycleType,
  type FrameNoStatus,
  type LightingKind,
  type OwnershipBasis,
  type PoliceCheckResult,
  type Propulsion,
  type RetirementReason,
  type TechnicalState,
} from '@zusammen/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * A bike of the workshop (Fahrrad) with its provenance (Herkunft). Two status axes (workshop.md § 2):
 * `technical_state` says whether it is safe, `availability` whether it may be lent; the CHECKs make "available
 * but broken" (invariant 1) and lending S-pedelecs (invariant 5) impossible whatever the code does.
 * `roadworthy_until` is the validity of the last passed inspection and exists exactly while roadworthy.
 */
@Entity()
@Index('uq_bike_inventory_no', ['inventoryNo'], { unique: true })
@Index('ix_bike_availability_cycle_type', ['availability', 'cycleType'])
@Index('ix_bike_technical_state', ['technicalState'])
@Check('ck_bike_source_known', `"source" IN (${sqlList(BIKE_SOURCES)})`)
@Check(
  'ck_bike_ownership_basis_known',
  `"ownership_basis" IS NULL OR "ownership_basis" IN (${sqlList(OWNERSHIP_BASES)})`,
)
@Check(
  'ck_bike_police_check_known',
  `"police_check_result" IS NULL OR "police_check_result" IN (${sqlList(POLICE_CHECK_RESULTS)})`,
)
@Check('ck_bike_frame_no_status_known', `"frame_no_status" IN (${sqlList(FRAME_NO_STATUSES)})`)
@Check('ck_bike_frame_no_present', `("frame_no_status" = 'present') = ("frame_no" IS NOT NULL)`)
@Check('ck_bike_cycle_type_known', `"cycle_type" IN (${sqlList(CYCLE_TYPES)})`)
@Check('ck_bike_propulsion_known', `"propulsion" IN (${sqlList(PROPULSIONS)})`)
@Check('ck_bike_lighting_known', `"lighting" IN (${sqlList(LIGHTING_KINDS)})`)
@Check('ck_bike_condition_known', `"condition" IN (${sqlList(CONDITION_GRADES)})`)
@Check('ck_bike_technical_state_known', `"technical_state" IN (${sqlList(TECHNICAL_STATES)})`)
@Check('ck_bike_availability_known', `"availability" IN (${sqlList(BIKE_AVAILABILITIES)})`)
@Check(
  'ck_bike_lendable_only_roadworthy',
  `"availability" NOT IN (${sqlList(LENDABLE_AVAILABILITIES)}) OR "technical_state" = 'roadworthy'`,
)
@Check(
  'ck_bike_motor_vehicle_not_lendable',
  `"propulsion" NOT IN (${sqlList(UNLENDABLE_PROPULSIONS)}) OR "availability" = 'not_lendable'`,
)
@Check(
  'ck_bike_roadworthy_until',
  `("technical_state" = 'roadworthy') = ("roadworthy_until" IS NOT NULL)`,
)
@Check(
  'ck_bike_retired_reason',
  `("technical_state" = 'retired') = ("retirement_reason" IS NOT NULL)`,
)
@Check(
  'ck_bike_lost_and_found_reference',
  `"source" <> 'lost_and_found' OR ("fundbuero_ref" IS NOT NULL AND "found_on" IS NOT NULL AND "hold_ends_on" IS NOT NULL)`,
)
@Check('ck_bike_colours_max_3', `cardinality("colours") <= 3`)
@Check('ck_bike_frame_size', `"frame_size_cm" IS NULL OR "frame_size_cm" BETWEEN 20 AND 75`)
@Check('ck_bike_make_length', `length("make") BETWEEN 1 AND 100`)
export class Bike {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_bike' })
  id!: string;

  /** Running number shown as FR-0042 on the QR label. */
  @Column('integer')
  @Generated('increment')
  inventoryNo!: number;

  @Column('text', { nullable: true })
  frameNo!: string | null;

  @Column('text', { default: 'present' })
  frameNoStatus!: FrameNoStatus;

  @Column('text')
  make!: string;

  @Column('text', { nullable: true })
  model!: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  colours!: string[];

  @Column('text')
  cycleType!: CycleType;

  @Column('smallint', { nullable: true })
  frameSizeCm!: number | null;

  /** ISO 5775 (ETRTO) tyre size, e.g. `47-622`. */
  @Column('text', { nullable: true })
  wheelEtrto!: string | null;

  /** Nominal wheel size in inches (20, 24, 26, 28) for the waiting list and the counter. */
  @Column('smallint', { nullable: true })
  wheelInches!: number | null;

  @Column('text', { default: 'pedal' })
  propulsion!: Propulsion;

  @Column('text', { default: 'dynamo' })
  lighting!: LightingKind;

  @Column('text')
  condition!: ConditionGrade;

  @Column('text', { nullable: true })
  notes!: string | null;

  @Column('text', { default: 'intake' })
  technicalState!: TechnicalState;

  @Column('text', { default: 'not_lendable' })
  availability!: BikeAvailability;

  @Column('timestamptz', { nullable: true })
  roadworthyUntil!: Date | null;

  @Column('text', { nullable: true })
  retirementReason!: RetirementReason | null;

  @Column('text')
  source!: BikeSource;

  @Column('date')
  receivedOn!: string;

  /** Donor's name as they want it on the receipt (optional; donors need no account). */
  @Column('text', { nullable: true })
  donorName!: string | null;

  @Column('boolean', { default: false })
  receiptIssued!: boolean;

  /** Lost-and-found office reference (Aktenzeichen des Fundbüros). */
  @Column('text', { nullable: true })
  fundbueroRef!: string | null;

  @Column('date', { nullable: true })
  foundOn!: string | null;

  /** End of the holding period (6 months, § 973 BGB): before it the bike may be repaired but not lent. */
  @Column('date', { nullable: true })
  holdEndsOn!: string | null;

  @Column('text', { nullable: true })
  ownershipBasis!: OwnershipBasis | null;

  @Column('date', { nullable: true })
  policeCheckOn!: string | null;

  @Column('text', { nullable: true })
  policeCheckResult!: PoliceCheckResult | null;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
