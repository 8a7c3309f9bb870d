import { sqlList } from '@zusammen/api/core';
import {
  REMINDER_CHANNELS,
  SUPPORTED_LOCALES,
  type ReminderChannel,
  type Locale,
} from '@zusammen/shared/contracts';
import { UserAccount } from '@zusammen/api/identity';
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

/**
 * A person who borrows bikes (Entleiher/in): a resident with an account, or someone registered at the desk with
 * a name and a phone number. Reminders go through the notification pipeline when there is an account, and onto
 * the desk's call list otherwise. Minors need a guardian's written consent.
 */
@Entity()
@Index('uq_borrower_user_id', ['userId'], { unique: true, where: `"user_id" IS NOT NULL` })
@Index('ix_borrower_display_name', ['displayName'])
@Check('ck_borrower_locale_known', `"preferred_locale" IN (${sqlList(SUPPORTED_LOCALES)})`)
@Check(
  'ck_borrower_reminder_channel_known',
  `"reminder_channel" IN (${sqlList(REMINDER_CHANNELS)})`,
)
@Check('ck_borrower_name_length', `length("display_name") BETWEEN 1 AND 120`)
@Check('ck_borrower_account_channel', `"reminder_channel" = 'phone' OR "user_id" IS NOT NULL`)
@Check('ck_borrower_block_reason', `"blocked_until" IS NULL OR "block_reason" IS NOT NULL`)
@Check('ck_borrower_strikes', `"strikes" >= 0`)
@Check('ck_borrower_minor_guardian', `NOT "is_minor" OR "guardian_consent_on" IS NOT NULL`)
export class Borrower {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_borrower' })
  id!: string;

  @Column('uuid', { nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_borrower_user_id' })
  user?: UserAccount | null;

  @Column('text')
  displayName!: string;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text')
  preferredLocale!: Locale;

  @Column('text', { default: 'phone' })
  reminderChannel!: ReminderChannel;

  @Column('boolean', { default: false })
  isMinor!: boolean;

  @Column('text', { nullable: true })
  guardianName!: string | null;

  @Column('date', { nullable: true })
  guardianConsentOn!: string | null;

  @Column('date', { nullable: true })
  blockedUntil!: string | null;

  @Column('text', { nullable: true })
  blockReason!: string | null;

  @Column('smallint', { default: 0 })
  strikes!: number;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
