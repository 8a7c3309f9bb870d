import { sqlList } from '@zusammen/api/core';
import { OCCURRENCE_STATUSES, type OccurrenceStatus } from '@zusammen/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { RoomBooking } from '../bookings/room-booking.entity';
import { BookingEvent } from './event.entity';

/**
 * One date of an event (Termin), tied to its room booking. `seats_taken` counts registered party sizes plus
 * seats offered to the waiting list and changes only under this row's lock (invariant 5); the CHECK makes
 * overselling impossible even for a faulty caller. Start and end are copied from the booking for fast lists.
 */
@Entity()
@Unique('uq_event_occurrence_room_booking_id', ['roomBookingId'])
@Index('ix_event_occurrence_event_id_starts_at', ['eventId', 'startsAt'])
@Index('ix_event_occurrence_starts_at', ['startsAt'])
@Check('ck_event_occurrence_status_known', `"status" IN (${sqlList(OCCURRENCE_STATUSES)})`)
@Check('ck_event_occurrence_capacity_positive', `"capacity" > 0`)
@Check(
  'ck_event_occurrence_seats_within_capacity',
  `"seats_taken" >= 0 AND "seats_taken" <= "capacity"`,
)
@Check('ck_event_occurrence_times_ordered', `"ends_at" > "starts_at"`)
export class EventOccurrence {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_event_occurrence' })
  id!: string;

  @Column('uuid')
  eventId!: string;

  @ManyToOne(() => BookingEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_event_occurrence_event_id' })
  event?: BookingEvent;

  @Column('uuid')
  roomBookingId!: string;

  @ManyToOne(() => RoomBooking, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'room_booking_id',
    foreignKeyConstraintName: 'fk_event_occurrence_room_booking_id',
  })
  roomBooking?: RoomBooking;

  @Column('uuid')
  roomId!: string;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('timestamptz')
  endsAt!: Date;

  @Column('integer')
  capacity!: number;

  @Column('integer', { default: 0 })
  seatsTaken!: number;

  @Column('text', { default: 'scheduled' })
  status!: OccurrenceStatus;

  /** When the minimum-participants check decided this date (or found its deadline already past); null = not yet. */
  @Column('timestamptz', { nullable: true })
  minCheckedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
