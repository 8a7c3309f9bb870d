import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * A spare part in stock (Ersatzteil). `on_hand` never goes below zero (invariant 6, CHECK) and changes only
 * together with a stock movement row in the same statement; falling below `reorder_level` queues an alert.
 */
@Entity()
@Index('uq_spare_part_sku', ['sku'], { unique: true })
@Check('ck_spare_part_on_hand_not_negative', `"on_hand" >= 0`)
@Check('ck_spare_part_reorder_level', `"reorder_level" >= 0`)
@Check('ck_spare_part_unit_cost', `"unit_cost_cents" >= 0`)
@Check('ck_spare_part_name_length', `length("name") BETWEEN 1 AND 200`)
export class SparePart {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_spare_part' })
  id!: string;

  /** Short article code, e.g. `SCHL-28-1.75`. */
  @Column('text')
  sku!: string;

  @Column('text')
  name!: string;

  /** Unit label: piece, pair, metre, set. */
  @Column('text', { default: 'piece' })
  unit!: string;

  @Column('integer', { default: 0 })
  onHand!: number;

  @Column('integer', { default: 0 })
  reorderLevel!: number;

  @Column('integer', { default: 0 })
  unitCostCents!: number;

  @Column('boolean', { default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
