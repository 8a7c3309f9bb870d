import { sqlList } from '@zusammen/api/core';
import {
  EVENT_AUDIENCES,
  SUPPORTED_LOCALES,
  type EventAudience,
  type Locale,
  type LocalizedText,
} from '@zusammen/shared/contracts';
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
import { BookingSeries } from '../bookings/booking-series.entity';
import { UserAccount } from '@zusammen/api/identity';

/**
 * An event (Veranstaltung) held on one booking or on every date of a booking series: texts per language,
 * capacity (≤ room capacity, invariant 6, checked by the service), registration window, approval, minimum
 * participants and waiting list. Its dates are `event_occurrence` rows, one per room booking.
 */
@Entity()
@Index('ix_event_organizer_id', ['organizerId'])
@Check('ck_event_audience_known', `"audience" IN (${sqlList(EVENT_AUDIENCES)})`)
@Check(
  'ck_event_languages_known',
  `"languages_spoken" <@ ARRAY[${sqlList(SUPPORTED_LOCALES)}]::text[]`,
)
@Check(
  'ck_event_title_has_german',
  `jsonb_typeof("title") = 'object' AND length(btrim("title"->>'de')) > 0`,
)
@Check('ck_event_description_object', `jsonb_typeof("description") = 'object'`)
@Check('ck_event_capacity_positive', `"capacity" > 0`)
@Check(
  'ck_event_min_participants_range',
  `"min_participants" IS NULL OR ("min_participants" > 0 AND "min_participants" <= "capacity")`,
)
@Check('ck_event_min_decision_hours_range', `"min_decision_hours" BETWEEN 1 AND 336`)
@Check('ck_event_closes_minutes_range', `"registration_closes_minutes_before" BETWEEN 0 AND 20160`)
@Check('ck_event_offer_hold_hours_range', `"offer_hold_hours" BETWEEN 1 AND 72`)
export class BookingEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_event' })
  id!: string;

  @Column('uuid', { nullable: true })
  organizerId!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organizer_id', foreignKeyConstraintName: 'fk_event_organizer_id' })
  organizer?: UserAccount | null;

  /** The single booking, or the series whose dates all carry the event. */
  @Column('uuid', { nullable: true })
  seriesId!: string | null;

  @ManyToOne(() => BookingSeries, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'series_id', foreignKeyConstraintName: 'fk_event_series_id' })
  series?: BookingSeries | null;

  @Column('jsonb')
  title!: LocalizedText;

  @Column('jsonb', { default: () => "'{}'" })
  description!: LocalizedText;

  @Column('text', { default: 'everyone' })
  audience!: EventAudience;

  /** Listed on the public programme and in the public feed. */
  @Column('boolean', { default: true })
  public!: boolean;

  @Column('text', { array: true, default: () => "'{}'" })
  languagesSpoken!: Locale[];

  @Column('integer')
  capacity!: number;

  @Column('boolean', { default: false })
  requiresApproval!: boolean;

  @Column('boolean', { default: true })
  waitlistEnabled!: boolean;

  @Column('integer', { nullable: true })
  minParticipants!: number | null;

  @Column('integer', { default: 48 })
  minDecisionHours!: number;

  @Column('timestamptz', { nullable: true })
  registrationOpensAt!: Date | null;

  @Column('integer', { default: 0 })
  registrationClosesMinutesBefore!: number;

  @Column('integer', { default: 12 })
  offerHoldHours!: number;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
