import { sqlList } from '@zusammen/api/core';
import { SERIES_STATUSES, type SeriesStatus } from '@zusammen/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserAccount } from '@zusammen/api/identity';
import { Room } from '../room/room.entity';

/**
 * A recurring booking (booking.md § 2): the RFC 5545 rule with its zone and wall times. Its dates are
 * `room_booking` rows materialised up to `materialised_until`; `exdates` are the local dates skipped or cancelled.
 */
@Entity()
@Index('ix_booking_series_room_id', ['roomId'])
@Index('ix_booking_series_organizer_id', ['organizerId'])
@Check('ck_booking_series_status_known', `"status" IN (${sqlList(SERIES_STATUSES)})`)
@Check('ck_booking_series_times_ordered', `"local_end_time" > "local_start_time"`)
@Check('ck_booking_series_rrule_not_blank', `length(btrim("rrule")) > 0`)
export class BookingSeries {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_booking_series' })
  id!: string;

  @Column('uuid')
  roomId!: string;

  @ManyToOne(() => Room, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'fk_booking_series_room_id' })
  room?: Room;

  @Column('uuid', { nullable: true })
  organizerId!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organizer_id', foreignKeyConstraintName: 'fk_booking_series_organizer_id' })
  organizer?: UserAccount | null;

  @Column('text')
  title!: string;

  /** RRULE value without DTSTART, e.g. `FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630`. */
  @Column('text')
  rrule!: string;

  @Column('text', { default: 'Europe/Berlin' })
  tzid!: string;

  /** First local date (DTSTART's date). */
  @Column('date')
  localStartDate!: string;

  @Column('time')
  localStartTime!: string;

  @Column('time')
  localEndTime!: string;

  /** Local dates that are not held (skipped at creation or cancelled one by one). */
  @Column('date', { array: true, default: () => "'{}'" })
  exdates!: string[];

  @Column('date')
  materialisedUntil!: string;

  @Column('text', { default: 'active' })
  status!: SeriesStatus;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
