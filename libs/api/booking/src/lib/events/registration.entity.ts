import { sqlList } from '@zusammen/api/core';
import {
  ACTIVE_REGISTRATION_STATUSES,
  SUPPORTED_LOCALES,
  MAX_PARTY_SIZE,
  REGISTRATION_CHANNELS,
  REGISTRATION_STATUSES,
  type Locale,
  type RegistrationChannel,
  type RegistrationStatus,
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
 * A registration (Anmeldung) for one date: a person with an account, or a walk-in registered at the desk with
 * a name and optionally a phone number (never more). One active registration per person and date (invariant 7).
 */
@Entity()
@Index('uq_registration_occurrence_person_active', ['occurrenceId', 'personId'], {
  unique: true,
  where: `"person_id" IS NOT NULL AND "status" IN (${sqlList(ACTIVE_REGISTRATION_STATUSES)})`,
})
@Index('uq_registration_idempotency', ['createdById', 'idempotencyKey'], {
  unique: true,
  where: `"idempotency_key" IS NOT NULL`,
})
@Index('ix_registration_occurrence_id_status', ['occurrenceId', 'status'])
@Index('ix_registration_person_id', ['personId'])
@Check('ck_registration_status_known', `"status" IN (${sqlList(REGISTRATION_STATUSES)})`)
@Check('ck_registration_channel_known', `"channel" IN (${sqlList(REGISTRATION_CHANNELS)})`)
@Check('ck_registration_locale_supported', `"locale" IN (${sqlList(SUPPORTED_LOCALES)})`)
@Check('ck_registration_party_size_range', `"party_size" BETWEEN 1 AND ${MAX_PARTY_SIZE}`)
@Check('ck_registration_contact_name_length', `length("contact_name") BETWEEN 1 AND 120`)
@Check('ck_registration_contact_phone_length', `length("contact_phone") BETWEEN 3 AND 40`)
export class Registration {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_registration' })
  id!: string;

  @Column('uuid')
  occurrenceId!: string;

  @ManyToOne(() => EventOccurrence, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occurrence_id', foreignKeyConstraintName: 'fk_registration_occurrence_id' })
  occurrence?: EventOccurrence;

  /** The registered person's account; null for walk-ins (and after the account was erased). */
  @Column('uuid', { nullable: true })
  personId!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_registration_person_id' })
  person?: UserAccount | null;

  @Column('text', { nullable: true })
  contactName!: string | null;

  @Column('text', { nullable: true })
  contactPhone!: string | null;

  @Column('integer')
  partySize!: number;

  @Column('text', { default: 'web' })
  channel!: RegistrationChannel;

  @Column('text', { default: 'de' })
  locale!: Locale;

  @Column('text')
  status!: RegistrationStatus;

  @Column('timestamptz', { nullable: true })
  checkedInAt!: Date | null;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @Column('text', { nullable: true })
  idempotencyKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
