import { sqlList } from '@zusammen/api/core';
import {
  BLOCKING_BOOKING_STATUSES,
  ROOM_BOOKING_KINDS,
  ROOM_BOOKING_STATUSES,
  type RoomBookingKind,
  type RoomBookingStatus,
} from '@zusammen/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  Exclusion,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { BookingSeries } from './booking-series.entity';
import { UserAccount } from '@zusammen/api/identity';
import { Room } from '../room/room.entity';

/**
 * One date of a room: a booking or a closure (blackout). `blocked` is the half-open range including the room's
 * set-up and clean-up buffers, fixed at creation (invariant 4). The exclusion constraint is the judge of
 * conflicts (invariant 1): two blocking rows of one room never overlap, whichever process inserts them.
 */
@Entity()
@Exclusion(
  'ex_room_booking_no_overlap',
  `USING gist ("room_id" WITH =, "blocked" WITH &&) WHERE ("status" IN (${sqlList(BLOCKING_BOOKING_STATUSES)}))`,
)
@Index('uq_room_booking_series_recurrence', ['seriesId', 'recurrenceDate'], {
  unique: true,
  where: `"series_id" IS NOT NULL`,
})
@Index('uq_room_booking_idempotency', ['createdById', 'idempotencyKey'], {
  unique: true,
  where: `"idempotency_key" IS NOT NULL`,
})
@Index('ix_room_booking_room_id_starts_at', ['roomId', 'startsAt'])
@Index('ix_room_booking_organizer_id_starts_at', ['organizerId', 'startsAt'])
@Index('ix_room_booking_status', ['status'])
@Check('ck_room_booking_kind_known', `"kind" IN (${sqlList(ROOM_BOOKING_KINDS)})`)
@Check('ck_room_booking_status_known', `"status" IN (${sqlList(ROOM_BOOKING_STATUSES)})`)
@Check('ck_room_booking_times_ordered', `"ends_at" > "starts_at"`)
@Check(
  'ck_room_booking_blocked_half_open',
  `lower_inc("blocked") AND NOT upper_inc("blocked") AND lower("blocked") <= "starts_at" AND upper("blocked") >= "ends_at"`,
)
@Check('ck_room_booking_title_length', `length("title") BETWEEN 1 AND 200`)
@Check('ck_room_booking_held_expires', `("status" = 'held') = ("hold_expires_at" IS NOT NULL)`)
export class RoomBooking {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_room_booking' })
  id!: string;

  @Column('uuid')
  roomId!: string;

  @ManyToOne(() => Room, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'fk_room_booking_room_id' })
  room?: Room;

  @Column('text', { default: 'booking' })
  kind!: RoomBookingKind;

  /** Who the room is booked for (null for closures). */
  @Column('uuid', { nullable: true })
  organizerId!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organizer_id', foreignKeyConstraintName: 'fk_room_booking_organizer_id' })
  organizer?: UserAccount | null;

  @Column('text')
  title!: string;

  @Column('uuid', { nullable: true })
  seriesId!: string | null;

  @ManyToOne(() => BookingSeries, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'series_id', foreignKeyConstraintName: 'fk_room_booking_series_id' })
  series?: BookingSeries | null;

  /** Local date of the series date this row stands for (RECURRENCE-ID); kept when the date is moved. */
  @Column('date', { nullable: true })
  recurrenceDate!: string | null;

  /** A series date changed on its own ("this date only"); regenerating the series keeps it. */
  @Column('boolean', { default: false })
  isOverride!: boolean;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('timestamptz')
  endsAt!: Date;

  /** `[starts_at - setup, ends_at + teardown)`; written as a range literal by the service. */
  @Column('tstzrange')
  blocked!: string;

  @Column('text')
  status!: RoomBookingStatus;

  @Column('timestamptz', { nullable: true })
  holdExpiresAt!: Date | null;

  @Column('text', { nullable: true })
  decisionReason!: string | null;

  @Column('uuid', { nullable: true })
  decidedById!: string | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @Column('text', { nullable: true })
  idempotencyKey!: string | null;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
