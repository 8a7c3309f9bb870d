import { sqlList } from '@zusammen/api/core';
import {
  CONTRACT_TYPES,
  DEPOSIT_STATUSES,
  FEE_STATUSES,
  OPEN_RENTAL_STATUSES,
  RENTAL_STATUSES,
  SIGNATURE_KINDS,
  SUPPORTED_LOCALES,
  type ContractType,
  type DepositStatus,
  type FeeStatus,
  type InspectionItemResult,
  type Locale,
  type RentalStatus,
  type SignatureKind,
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
import { Bike } from '../bikes/bike.entity';
import { Borrower } from '../borrowers/borrower.entity';
import { BikeInspection } from '../inspection/bike-inspection.entity';

/** One extension of the due date. */
export interface RentalExtension {
  fromDueOn: string;
  toDueOn: string;
  byId: string;
  at: string;
}

/**
 * A rental (Ausleihe): reserved → active → returned → closed, reserved → cancelled, active → lost. Contract
 * type, version, fee and deposit are frozen at handout (invariant 8). At most one open rental per bike
 * (invariant 4: partial unique index); the handout trigger re-checks the inspection gate in the database.
 * `occurred_at` is when the handout happened (a paper form entered later), `created_at` when it was recorded.
 */
@Entity()
@Index('uq_rental_bike_open', ['bikeId'], {
  unique: true,
  where: `"status" IN (${sqlList(OPEN_RENTAL_STATUSES)})`,
})
@Index('ix_rental_borrower_id_status', ['borrowerId', 'status'])
@Index('ix_rental_status_due_on', ['status', 'dueOn'])
@Index('uq_rental_idempotency', ['handedOutById', 'idempotencyKey'], {
  unique: true,
  where: `"idempotency_key" IS NOT NULL`,
})
@Check('ck_rental_status_known', `"status" IN (${sqlList(RENTAL_STATUSES)})`)
@Check('ck_rental_contract_type_known', `"contract_type" IN (${sqlList(CONTRACT_TYPES)})`)
@Check('ck_rental_fee_status_known', `"fee_status" IN (${sqlList(FEE_STATUSES)})`)
@Check('ck_rental_deposit_status_known', `"deposit_status" IN (${sqlList(DEPOSIT_STATUSES)})`)
@Check(
  'ck_rental_signature_kind_known',
  `"signature_kind" IS NULL OR "signature_kind" IN (${sqlList(SIGNATURE_KINDS)})`,
)
@Check('ck_rental_contract_locale_known', `"contract_locale" IN (${sqlList(SUPPORTED_LOCALES)})`)
@Check('ck_rental_amounts', `"fee_cents" >= 0 AND "deposit_cents" >= 0`)
@Check('ck_rental_leihe_free', `"contract_type" <> 'leihe' OR "fee_cents" = 0`)
@Check(
  'ck_rental_handed_out',
  `"status" IN ('reserved', 'cancelled') OR ("handed_out_at" IS NOT NULL AND "inspection_id" IS NOT NULL AND "due_on" IS NOT NULL AND "signature_kind" IS NOT NULL)`,
)
@Check('ck_rental_returned', `"status" NOT IN ('returned', 'closed') OR "returned_at" IS NOT NULL`)
@Check('ck_rental_reserved_until', `"status" <> 'reserved' OR "reserved_until" IS NOT NULL`)
export class Rental {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_rental' })
  id!: string;

  @Column('uuid')
  bikeId!: string;

  @ManyToOne(() => Bike, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bike_id', foreignKeyConstraintName: 'fk_rental_bike_id' })
  bike?: Bike;

  @Column('uuid')
  borrowerId!: string;

  @ManyToOne(() => Borrower, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'borrower_id', foreignKeyConstraintName: 'fk_rental_borrower_id' })
  borrower?: Borrower;

  @Column('text')
  status!: RentalStatus;

  @Column('timestamptz', { nullable: true })
  reservedUntil!: Date | null;

  /** The passed inspection the handout relied on. */
  @Column('uuid', { nullable: true })
  inspectionId!: string | null;

  @ManyToOne(() => BikeInspection, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inspection_id', foreignKeyConstraintName: 'fk_rental_inspection_id' })
  inspection?: BikeInspection | null;

  @Column('text')
  contractType!: ContractType;

  @Column('integer')
  contractVersion!: number;

  /** The borrower's language for the second half of the contract (German is always the binding text). */
  @Column('text')
  contractLocale!: Locale;

  @Column('integer')
  feeCents!: number;

  @Column('text')
  feeStatus!: FeeStatus;

  @Column('integer')
  depositCents!: number;

  @Column('text')
  depositStatus!: DepositStatus;

  @Column('text', { array: true, default: () => "'{}'" })
  accessoriesOut!: string[];

  @Column('text', { array: true, nullable: true })
  accessoriesBack!: string[] | null;

  @Column('text', { nullable: true })
  signatureKind!: SignatureKind | null;

  /** On-screen signature as a PNG data URL (small: a few KB). */
  @Column('text', { nullable: true, select: false })
  signatureImage!: string | null;

  @Column('timestamptz', { nullable: true })
  handedOutAt!: Date | null;

  @Column('uuid', { nullable: true })
  handedOutById!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'handed_out_by_id', foreignKeyConstraintName: 'fk_rental_handed_out_by_id' })
  handedOutBy?: UserAccount | null;

  @Column('date', { nullable: true })
  dueOn!: string | null;

  @Column('jsonb', { default: () => "'[]'" })
  extensions!: RentalExtension[];

  @Column('timestamptz', { nullable: true })
  returnedAt!: Date | null;

  @Column('uuid', { nullable: true })
  receivedById!: string | null;

  /** Condition at return per checklist item (what the desk saw; the next inspection is the binding one). */
  @Column('jsonb', { nullable: true })
  returnChecks!: Record<string, InspectionItemResult> | null;

  @Column('text', { nullable: true })
  returnNotes!: string | null;

  @Column('text', { nullable: true })
  idempotencyKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
