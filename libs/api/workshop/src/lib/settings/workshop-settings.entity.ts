import { CONTRACT_TYPES, type ContractType } from '@zusammen/shared/contracts';
import { sqlList } from '@zusammen/api/core';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The workshop's settings (one row, id 1, created by the migration): inspection validity, loan period, fee and
 * deposit, contract type and version, rental limit per person, how long a waiting-list reservation holds.
 */
@Entity()
@Check('ck_workshop_settings_single_row', `"id" = 1`)
@Check(
  'ck_workshop_settings_contract_type_known',
  `"contract_type" IN (${sqlList(CONTRACT_TYPES)})`,
)
@Check('ck_workshop_settings_inspection_validity', `"inspection_validity_days" BETWEEN 1 AND 365`)
@Check('ck_workshop_settings_loan_days', `"loan_days" BETWEEN 1 AND 365`)
@Check('ck_workshop_settings_amounts', `"fee_cents" >= 0 AND "deposit_cents" >= 0`)
@Check('ck_workshop_settings_rental_limit', `"rental_limit" BETWEEN 1 AND 5`)
@Check('ck_workshop_settings_reservation_hours', `"reservation_hours" BETWEEN 1 AND 336`)
export class WorkshopSettings {
  @PrimaryColumn('smallint', { primaryKeyConstraintName: 'pk_workshop_settings' })
  id!: number;

  @Column('smallint', { default: 30 })
  inspectionValidityDays!: number;

  @Column('smallint', { default: 28 })
  loanDays!: number;

  @Column('integer', { default: 500 })
  feeCents!: number;

  @Column('integer', { default: 2000 })
  depositCents!: number;

  @Column('text', { default: 'miete' })
  contractType!: ContractType;

  @Column('integer', { default: 1 })
  contractVersion!: number;

  @Column('smallint', { default: 1 })
  rentalLimit!: number;

  @Column('smallint', { default: 48 })
  reservationHours!: number;

  @Column('uuid', { nullable: true })
  updatedById!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
