import { UserAccount } from '@zusammen/api/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { Volunteer } from './volunteer.entity';

/**
 * The § 72a SGB VIII ledger (Führungszeugnis-Einsicht): that staff saw the certificate, its date and whether
 * it has a relevant entry — dates and yes/no only, deliberately **no file column** (data minimisation,
 * STYLE.md §4.8). One current entry per volunteer (the key): a new inspection replaces the old row, which is
 * thereby deleted, never kept. Invariant 5 (issued at most 3 months before the inspection) is a CHECK.
 */
@Entity()
@Check(
  'ck_conduct_certificate_check_issued_within_three_months',
  `"issued_on" BETWEEN "inspected_on" - interval '3 months' AND "inspected_on"`,
)
@Check('ck_conduct_certificate_check_renewal_after_issue', `"renewal_due_on" > "issued_on"`)
export class ConductCertificateCheck {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_conduct_certificate_check' })
  volunteerId!: string;

  // ManyToOne rather than OneToOne: the primary key already makes it unique, and OneToOne would add an
  // unnamed second unique constraint.
  @ManyToOne(() => Volunteer, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'volunteer_id',
    foreignKeyConstraintName: 'fk_conduct_certificate_check_volunteer_id',
  })
  volunteer?: Volunteer;

  @Column('date')
  issuedOn!: string;

  @Column('date')
  inspectedOn!: string;

  @Column('boolean')
  relevantEntry!: boolean;

  /** issued_on + CERTIFICATE_VALID_YEARS (practice, counted from the issue date). */
  @Column('date')
  renewalDueOn!: string;

  @Column('uuid', { nullable: true })
  recordedById!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'recorded_by_id',
    foreignKeyConstraintName: 'fk_conduct_certificate_check_recorded_by_id',
  })
  recordedBy?: UserAccount | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
