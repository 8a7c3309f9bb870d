import {
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

/**
 * A server-side session (DESIGN.md §7). The browser holds only the random token (cookie `zl_session`); the
 * database holds its SHA-256, so a leaked table cannot be replayed. The CSRF token is stored hashed too.
 * A session ends at `idle_expires_at` (slides forward with use) or `absolute_expires_at` (fixed), or when
 * revoked. Retention: rows are deleted with the account (cascade); ended sessions can be purged.
 */
@Entity()
@Unique('uq_user_session_token_hash', ['tokenHash'])
@Index('ix_user_session_user_id', ['userId'])
export class UserSession {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_user_session' })
  id!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserAccount, {
    onDelete: 'CASCADE',
    createForeignKeyConstraints: true,
  })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_session_user_id' })
  user?: UserAccount;

  /** Hex SHA-256 of the 32-byte random session token. */
  @Column('text')
  tokenHash!: string;

  /** Hex SHA-256 of the CSRF token (double-submit cookie `zl_csrf`, header `X-CSRF-Token`). */
  @Column('text')
  csrfTokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz')
  lastSeenAt!: Date;

  @Column('timestamptz')
  idleExpiresAt!: Date;

  @Column('timestamptz')
  absoluteExpiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  /** The User-Agent at sign-in, truncated (lets a user recognise their sessions). */
  @Column('text', { nullable: true })
  userAgent!: string | null;

  /** Client address at sign-in (X-Forwarded-For only with TRUST_PROXY). */
  @Column('text', { nullable: true })
  ip!: string | null;
}
