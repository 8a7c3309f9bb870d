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
} from 'typeorm';
import { UserAccount } from '../user-account.entity';

export const ACCOUNT_TOKEN_PURPOSES = ['verify-email', 'reset-password', 'invitation'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/**
 * A single-use link sent by mail (verify address, reset password, invitation). The secret in the link is
 * derived from `id` with TOKEN_SECRET (HMAC) when the mail is rendered, so neither this table nor the
 * notification outbox holds it; only its SHA-256 is stored here to look the link up. Used or superseded
 * tokens get `used_at`; rows go with the account (cascade) and may be purged once expired.
 */
@Entity()
@Unique('uq_account_token_token_hash', ['tokenHash'])
@Index('ix_account_token_user_id_purpose', ['userId', 'purpose'])
@Check(
  'ck_account_token_purpose_known',
  `"purpose" IN ('verify-email', 'reset-password', 'invitation')`,
)
export class AccountToken {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_account_token' })
  id!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_account_token_user_id' })
  user?: UserAccount;

  @Column('text')
  purpose!: AccountTokenPurpose;

  /** Hex SHA-256 of the secret in the link. */
  @Column('text')
  tokenHash!: string;

  @Column('timestamptz')
  expiresAt!: Date;

  /** Set when the link was used, or when a newer link of the same purpose replaced it. */
  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
