import { sqlList } from '@zusammen/api/core';
import {
  BIKE_WAITLIST_STATUSES,
  CYCLE_TYPES,
  OPEN_BIKE_WAITLIST_STATUSES,
  type BikeWaitlistStatus,
  type CycleType,
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
import { Bike } from '../bikes/bike.entity';
import { Borrower } from './borrower.entity';

/**
 * A place on the waiting list for a bike of a type and size. When a matching bike becomes available the first
 * waiting person is offered it: the bike is `reserved` for them until `offer_expires_at`.
 */
@Entity()
@Index('uq_bike_waitlist_entry_borrower_open', ['borrowerId', 'cycleType'], {
  unique: true,
  where: `"status" IN (${sqlList(OPEN_BIKE_WAITLIST_STATUSES)})`,
})
@Index('uq_bike_waitlist_entry_offered_bike', ['offeredBikeId'], {
  unique: true,
  where: `"status" = 'offered'`,
})
@Index('ix_bike_waitlist_entry_status_created_at', ['status', 'createdAt'])
@Check('ck_bike_waitlist_entry_status_known', `"status" IN (${sqlList(BIKE_WAITLIST_STATUSES)})`)
@Check('ck_bike_waitlist_entry_cycle_type_known', `"cycle_type" IN (${sqlList(CYCLE_TYPES)})`)
@Check(
  'ck_bike_waitlist_entry_offer',
  `"status" <> 'offered' OR ("offered_bike_id" IS NOT NULL AND "offer_expires_at" IS NOT NULL)`,
)
@Check(
  'ck_bike_waitlist_entry_sizes',
  `"frame_size_min_cm" IS NULL OR "frame_size_max_cm" IS NULL OR "frame_size_min_cm" <= "frame_size_max_cm"`,
)
export class BikeWaitlistEntry {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_bike_waitlist_entry' })
  id!: string;

  @Column('uuid')
  borrowerId!: string;

  @ManyToOne(() => Borrower, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'borrower_id',
    foreignKeyConstraintName: 'fk_bike_waitlist_entry_borrower_id',
  })
  borrower?: Borrower;

  @Column('text')
  cycleType!: CycleType;

  @Column('smallint', { nullable: true })
  frameSizeMinCm!: number | null;

  @Column('smallint', { nullable: true })
  frameSizeMaxCm!: number | null;

  @Column('smallint', { nullable: true })
  wheelInches!: number | null;

  @Column('text', { default: 'waiting' })
  status!: BikeWaitlistStatus;

  /** The bike reserved for this person (while `offered`; kept afterwards for the history). */
  @Column('uuid', { nullable: true })
  offeredBikeId!: string | null;

  @ManyToOne(() => Bike, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'offered_bike_id',
    foreignKeyConstraintName: 'fk_bike_waitlist_entry_offered_bike_id',
  })
  offeredBike?: Bike | null;

  @Column('timestamptz', { nullable: true })
  offerExpiresAt!: Date | null;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;
}
