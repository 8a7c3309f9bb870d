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
} from 'typeorm';
import { Family } from './family.entity';

export const CONSENT_TEXT_VERSION_MAX_LENGTH = 60;
export const CONSENT_SCOPE_MAX_LENGTH = 200;

/**
 * A family's consent (Einwilligung, DSGVO Art. 6(1)(a)/7): which text version, for what, since when, and who
 * recorded it. Rows are never deleted while the family exists, so the history shows what was agreed when;
 * a new consent withdraws the active one first. At most one active (not withdrawn) consent per family.
 */
@Entity()
@Index('ix_family_consent_family_id', ['familyId'])
@Index('uq_family_consent_family_id_active', ['familyId'], {
  unique: true,
  where: '"withdrawn_on" IS NULL',
})
@Check(
  'ck_family_consent_text_version_length',
  `length(btrim("text_version")) > 0 AND length("text_version") <= ${CONSENT_TEXT_VERSION_MAX_LENGTH}`,
)
@Check(
  'ck_family_consent_scope_length',
  `length(btrim("scope")) > 0 AND length("scope") <= ${CONSENT_SCOPE_MAX_LENGTH}`,
)
@Check(
  'ck_family_consent_withdrawn_after_granted',
  `"withdrawn_on" IS NULL OR "withdrawn_on" >= "granted_on"`,
)
export class FamilyConsent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_family_consent' })
  id!: string;

  @Column('uuid')
  familyId!: string;

  @ManyToOne(() => Family, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'family_id', foreignKeyConstraintName: 'fk_family_consent_family_id' })
  family?: Family;

  /** Version of the consent text, e.g. `patenschaft-2026-11`. */
  @Column('text')
  textVersion!: string;

  /** What it covers, e.g. `matching,contact-sharing`. */
  @Column('text')
  scope!: string;

  /** Local date (Borken) the family gave consent; never in the future. */
  @Column('date')
  grantedOn!: string;

  @Column('date', { nullable: true })
  withdrawnOn!: string | null;

  @Column('uuid', { nullable: true })
  recordedById!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'recorded_by_id',
    foreignKeyConstraintName: 'fk_family_consent_recorded_by_id',
  })
  recordedBy?: UserAccount | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
