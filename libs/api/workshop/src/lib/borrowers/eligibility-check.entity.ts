import { sqlList } from '@zusammen/api/core';
import {
  ELIGIBILITY_BASES,
  ELIGIBILITY_DOCUMENTS,
  type EligibilityBasis,
  type EligibilityDocument,
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
} from 'typeorm';
import { Borrower } from './borrower.entity';

/**
 * Proof of eligibility (Berechtigung): the legal basis, which document was seen, by whom, when, and until when it
 * holds. Never a copy of the benefit notice (DSGVO: social data). The latest unexpired check counts.
 */
@Entity()
@Index('ix_eligibility_check_borrower_id_valid_until', ['borrowerId', 'validUntil'])
@Check('ck_eligibility_check_basis_known', `"legal_basis" IN (${sqlList(ELIGIBILITY_BASES)})`)
@Check(
  'ck_eligibility_check_document_known',
  `"document_type_seen" IN (${sqlList(ELIGIBILITY_DOCUMENTS)})`,
)
@Check('ck_eligibility_check_dates', `"valid_until" >= "verified_on"`)
export class EligibilityCheck {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_eligibility_check' })
  id!: string;

  @Column('uuid')
  borrowerId!: string;

  @ManyToOne(() => Borrower, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'borrower_id', foreignKeyConstraintName: 'fk_eligibility_check_borrower_id' })
  borrower?: Borrower;

  @Column('text')
  legalBasis!: EligibilityBasis;

  @Column('text')
  documentTypeSeen!: EligibilityDocument;

  @Column('uuid', { nullable: true })
  verifiedById!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'verified_by_id',
    foreignKeyConstraintName: 'fk_eligibility_check_verified_by_id',
  })
  verifiedBy?: UserAccount | null;

  @Column('date')
  verifiedOn!: string;

  @Column('date')
  validUntil!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
