import { sqlList } from '@zusammen/api/core';
import {
  SUPPORTED_LOCALES,
  MAX_PARTY_SIZE,
  OPEN_WAITLIST_STATUSES,
  WAITLIST_STATUSES,
  type Locale,
  type WaitlistStatus,
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
import { UserAccount } from '@zusammen/api/identity';
import { EventOccurrence } from './event-occurrence.entity';

/**
 * A place on the waiting list of one date. Order: `priority desc, created_at`. An offer holds
 * `offered_seats` (counted in the date's `seats_taken`) until `offer_expires_at`; accepting turns it into a
 * registration, expiry or decline passes the seats on to the next entry in the same transaction.
 */
@Entity()
@Index('uq_waitlist_entry_occurrence_person_open', ['occurrenceId', 'personId'], {
  unique: true,
  where: `"person_id" IS NOT NULL AND "status" IN (${sqlList(OPEN_WAITLIST_STATUSES)})`,
})
@Index('uq_waitlist_entry_idempotency', ['createdById', 'idempotencyKey'], {
  unique: true,
  where: `"idempotency_key" IS NOT NULL`,
})
@Index('ix_waitlist_entry_occurrence_order', ['occurrenceId', 'status', 'priority', 'createdAt'])
@Index('ix_waitlist_entry_offer_expires_at', ['offerExpiresAt'], { where: `"status" = 'offered'` })
@Index('ix_waitlist_entry_person_id', ['personId'])
@Check('ck_waitlist_entry_status_known', `"status" IN (${sqlList(WAITLIST_STATUSES)})`)
@Check('ck_waitlist_entry_locale_supported', `"locale" IN (${sqlList(SUPPORTED_LOCALES)})`)
@Check('ck_waitlist_entry_party_size_range', `"party_size" BETWEEN 1 AND ${MAX_PARTY_SIZE}`)
@Check(
  'ck_waitlist_entry_offer_complete',
  `("status" = 'offered') = ("offered_seats" IS NOT NULL AND "offer_expires_at" IS NOT NULL)`,
)
@Check(
  'ck_waitlist_entry_offered_seats_range',
  `"offered_seats" IS NULL OR ("offered_seats" BETWEEN 1 AND "party_size")`,
)
@Check('ck_waitlist_entry_contact_name_length', `length("contact_name") BETWEEN 1 AND 120`)
@Check('ck_waitlist_entry_contact_phone_length', `length("contact_phone") BETWEEN 3 AND 40`)
export class WaitlistEntry {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_waitlist_entry' })
  id!: string;

  @Column('uuid')
  occurrenceId!: string;

  @ManyToOne(() => EventOccurrence, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'occurrence_id',
    foreignKeyConstraintName: 'fk_waitlist_entry_occurrence_id',
  })
  occurrence?: EventOccurrence;

  @Column('uuid', { nullable: true })
  personId!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_waitlist_entry_person_id' })
  person?: UserAccount | null;

  @Column('text', { nullable: true })
  contactName!: string | null;

  @Column('text', { nullable: true })
  contactPhone!: string | null;

  @Column('text', { default: 'de' })
  locale!: Locale;

  @Column('integer')
  partySize!: number;

  @Column('integer', { default: 0 })
  priority!: number;

  @Column('text', { default: 'waiting' })
  status!: WaitlistStatus;

  @Column('integer', { nullable: true })
  offeredSeats!: number | null;

  @Column('timestamptz', { nullable: true })
  offerExpiresAt!: Date | null;

  /** The registration an accepted offer became. */
  @Column('uuid', { nullable: true })
  registrationId!: string | null;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  /** The client's Idempotency-Key of the registration request that created the entry (per `created_by_id`). */
  @Column('text', { nullable: true })
  idempotencyKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
