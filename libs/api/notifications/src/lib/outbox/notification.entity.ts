import { sqlList } from '@zusammen/api/core';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_STATUSES,
  NOTIFICATION_TYPES,
  SUPPORTED_LOCALES,
  type Locale,
  type NotificationChannel,
  type NotificationStatus,
  type NotificationType,
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
  Unique,
  UpdateDateColumn,
} from 'typeorm';

/**
 * The transactional outbox (DESIGN.md §6): one row per notification, written in the transaction of the domain
 * change that causes it. PostgreSQL is the source of truth; BullMQ only transports `send-notification` jobs
 * (job id = row id). `payload` holds ids only — addresses and names are resolved when the mail is sent.
 * The recipient is referenced by entity name so this library does not import identity (which may send
 * notifications itself); every process' entity list contains `UserAccount`.
 */
@Entity()
@Unique('uq_notification_idempotency_key', ['idempotencyKey'])
@Check('ck_notification_type_known', `"type" IN (${sqlList(NOTIFICATION_TYPES)})`)
@Check('ck_notification_channel_known', `"channel" IN (${sqlList(NOTIFICATION_CHANNELS)})`)
@Check('ck_notification_locale_supported', `"locale" IN (${sqlList(SUPPORTED_LOCALES)})`)
@Check('ck_notification_status_known', `"status" IN (${sqlList(NOTIFICATION_STATUSES)})`)
@Check('ck_notification_attempts_non_negative', `"attempts" >= 0`)
@Index('ix_notification_due', ['deliverAfter'], { where: `"status" IN ('pending', 'queued')` })
@Index('ix_notification_recipient', ['recipientId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notification' })
  id!: string;

  /** Names the business event, e.g. `mail-check/<requestId>`: the same event never creates two rows. */
  @Column('text')
  idempotencyKey!: string;

  @Column('text')
  type!: NotificationType;

  /** The outbound channel; `in_app` = nothing to send (every row is listed in the app anyway). */
  @Column('text')
  channel!: NotificationChannel;

  @Column('uuid')
  recipientId!: string;

  @ManyToOne('UserAccount', {
    onDelete: 'CASCADE',
    nullable: false,
    createForeignKeyConstraints: true,
  })
  @JoinColumn({
    name: 'recipient_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'fk_notification_recipient',
  })
  recipient?: unknown;

  /** The recipient's language when the row was written. */
  @Column('text')
  locale!: Locale;

  /** Ids only (see `NotificationPayloads`). */
  @Column('jsonb', { default: () => "'{}'" })
  payload!: Record<string, unknown>;

  @Column('timestamptz', { default: () => 'now()' })
  deliverAfter!: Date;

  @Column('text', { default: 'pending' })
  status!: NotificationStatus;

  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { nullable: true })
  queuedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  cancelledAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

export const NOTIFICATION_ENTITIES = [Notification] as const;
