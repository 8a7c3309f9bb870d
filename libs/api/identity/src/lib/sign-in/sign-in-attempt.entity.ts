import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A failed sign-in, for the lockout (5 per address in 15 minutes) and the per-IP cap, when the API runs without
 * Redis (PostgreSQL lockout store; with REDIS_URL the events live in Redis). In PostgreSQL so every API replica
 * sees the same counts. The address is stored only as a SHA-256 of its normalised form (no readable email in this
 * table). The same table holds the events of the account-mail rate limits: `email_hash` is then the SHA-256 of
 * the limit's key and `ip` is null. Retention: rows older than the longest window (LOCKOUT_RETENTION_MS) are
 * deleted on the next failure; a successful sign-in deletes the failures of its address.
 */
@Entity()
@Index('ix_sign_in_attempt_email_hash_attempted_at', ['emailHash', 'attemptedAt'])
@Index('ix_sign_in_attempt_ip_attempted_at', ['ip', 'attemptedAt'])
export class SignInAttempt {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_sign_in_attempt' })
  id!: string;

  @Column('text')
  emailHash!: string;

  @Column('text', { nullable: true })
  ip!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  attemptedAt!: Date;
}
