import { sqlList } from '@zusammen/api/core';
import {
  DEFAULT_LOCALE,
  OPTIONAL_NOTIFICATION_CATEGORIES,
  ROLES,
  SUPPORTED_LOCALES,
  type Locale,
  type OptionalNotificationCategory,
  type Role,
} from '@zusammen/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

/** Longest phone number the profile accepts (free form: digits, spaces, `+ ( ) - /`). */
export const PHONE_MAX_LENGTH = 32;

/**
 * A person who uses the platform: staff, volunteers, organisers, workshop team, residents. Residents
 * may have no email (staff act for them at the desk), so `email` is optional but unique when present
 * and always stored in lower case. Check constraints are compared by name only: changing ROLES or
 * SUPPORTED_LOCALES needs a migration that drops and re-adds the constraint.
 */
@Entity()
@Unique('uq_user_account_email', ['email'])
@Check('ck_user_account_email_lower_case', `"email" = lower("email")`)
@Check('ck_user_account_display_name_not_blank', `length(btrim("display_name")) > 0`)
@Check('ck_user_account_roles_known', `"roles" <@ ARRAY[${sqlList(ROLES)}]::text[]`)
@Check('ck_user_account_locale_supported', `"locale" IN (${sqlList(SUPPORTED_LOCALES)})`)
@Check('ck_user_account_phone_length', `length("phone") <= ${PHONE_MAX_LENGTH}`)
@Check(
  'ck_user_account_email_opt_outs_known',
  `"notification_email_opt_outs" <@ ARRAY[${sqlList(OPTIONAL_NOTIFICATION_CATEGORIES)}]::text[]`,
)
@Check(
  'ck_user_account_erased_is_anonymous',
  `"erased_at" IS NULL OR ("email" IS NULL AND "phone" IS NULL AND "password_hash" IS NULL AND NOT "is_active")`,
)
export class UserAccount {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_user_account' })
  id!: string;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text')
  displayName!: string;

  /** Optional contact number the user entered in their profile; null when none. */
  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  roles!: Role[];

  @Column('text', { default: DEFAULT_LOCALE })
  locale!: Locale;

  /** argon2id hash; null for accounts that cannot log in themselves. Never selected by default. */
  @Column('text', { nullable: true, select: false })
  passwordHash!: string | null;

  @Column('boolean', { default: true })
  isActive!: boolean;

  /** When the person confirmed their address; null until then (self sign-up cannot sign in before). */
  @Column('timestamptz', { nullable: true })
  emailVerifiedAt!: Date | null;

  /** Set when the account was erased (DSGVO Art. 17): personal data gone, the row kept for references. */
  @Column('timestamptz', { nullable: true })
  erasedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  lastSignInAt!: Date | null;

  /** The admin or staff member who created the account; null for self sign-up and seeds. */
  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_user_account_created_by_id' })
  createdBy?: UserAccount | null;

  /** Optional notification categories the person does not want by email (in-app entries stay). */
  @Column('text', { array: true, default: () => "'{}'" })
  notificationEmailOptOuts!: OptionalNotificationCategory[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
