import { sqlList } from '@zusammen/api/core';
import {
  DAMAGE_CASE_STATUSES,
  DAMAGE_DECISIONS,
  type DamageCaseStatus,
  type DamageDecision,
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
} from 'typeorm';
import { Bike } from '../bikes/bike.entity';
import { Rental } from './rental.entity';

/**
 * Damage found at a return (Schaden). `claim_deadline` = return + 6 months (§ 548 BGB; § 606 for a Leihe):
 * after it a claim against the borrower is time-barred, so open cases are flagged as the date approaches.
 */
@Entity()
@Index('ix_damage_case_rental_id', ['rentalId'])
@Index('ix_damage_case_status_claim_deadline', ['status', 'claimDeadline'])
@Check('ck_damage_case_status_known', `"status" IN (${sqlList(DAMAGE_CASE_STATUSES)})`)
@Check(
  'ck_damage_case_decision_known',
  `"decision" IS NULL OR "decision" IN (${sqlList(DAMAGE_DECISIONS)})`,
)
@Check('ck_damage_case_decided', `("status" = 'decided') = ("decision" IS NOT NULL)`)
@Check(
  'ck_damage_case_amounts',
  `coalesce("estimate_cents", 0) >= 0 AND coalesce("charged_cents", 0) >= 0`,
)
@Check('ck_damage_case_description_length', `length("description") BETWEEN 1 AND 2000`)
export class DamageCase {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_damage_case' })
  id!: string;

  @Column('uuid')
  rentalId!: string;

  @ManyToOne(() => Rental, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rental_id', foreignKeyConstraintName: 'fk_damage_case_rental_id' })
  rental?: Rental;

  @Column('uuid')
  bikeId!: string;

  @ManyToOne(() => Bike, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bike_id', foreignKeyConstraintName: 'fk_damage_case_bike_id' })
  bike?: Bike;

  @Column('text')
  description!: string;

  @Column('integer', { nullable: true })
  estimateCents!: number | null;

  @Column('date')
  claimDeadline!: string;

  @Column('text', { default: 'open' })
  status!: DamageCaseStatus;

  @Column('text', { nullable: true })
  decision!: DamageDecision | null;

  @Column('integer', { nullable: true })
  chargedCents!: number | null;

  @Column('uuid', { nullable: true })
  decidedById!: string | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
