import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserAccount } from '@zusammen/api/identity';

/**
 * Booking quota of one organizer: minutes of confirmed or pending bookings per ISO week (Monday–Sunday,
 * Europe/Berlin). Organizers without a row get the default (`BOOKING_WEEKLY_QUOTA_HOURS`); staff are not limited.
 */
@Entity()
@Check('ck_organizer_quota_weekly_minutes_range', `"weekly_minutes" BETWEEN 0 AND 10080`)
export class OrganizerQuota {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_organizer_quota' })
  organizerId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizer_id', foreignKeyConstraintName: 'fk_organizer_quota_organizer_id' })
  organizer?: UserAccount;

  @Column('integer')
  weeklyMinutes!: number;

  @Column('uuid', { nullable: true })
  updatedById!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
