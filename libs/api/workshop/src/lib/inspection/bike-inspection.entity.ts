import { sqlList } from '@zusammen/api/core';
import {
  INSPECTION_RESULTS,
  type InspectionItemResult,
  type InspectionResult,
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
import { Bike } from '../bikes/bike.entity';
import { InspectionTemplate } from './inspection-template.entity';

/**
 * A safety inspection (Sicherheitsprüfung) against one checklist version: every item pass / fail / n.a., the
 * inspector, when, the result and how long a pass is valid. Append-only (trigger): a handout is judged by the
 * latest passed inspection after the bike's last return (trigger on rental, workshop.md invariant 2).
 */
@Entity()
@Index('ix_bike_inspection_bike_id_performed_at', ['bikeId', 'performedAt'])
@Check('ck_bike_inspection_result_known', `"result" IN (${sqlList(INSPECTION_RESULTS)})`)
@Check('ck_bike_inspection_valid_until', `("result" = 'passed') = ("valid_until" IS NOT NULL)`)
@Check(
  'ck_bike_inspection_valid_after_performed',
  `"valid_until" IS NULL OR "valid_until" > "performed_at"`,
)
export class BikeInspection {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_bike_inspection' })
  id!: string;

  @Column('uuid')
  bikeId!: string;

  @ManyToOne(() => Bike, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bike_id', foreignKeyConstraintName: 'fk_bike_inspection_bike_id' })
  bike?: Bike;

  @Column('integer')
  templateVersion!: number;

  @ManyToOne(() => InspectionTemplate, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'template_version',
    foreignKeyConstraintName: 'fk_bike_inspection_template_version',
  })
  template?: InspectionTemplate;

  /** Item key → result, for every item of the template version. */
  @Column('jsonb')
  items!: Record<string, InspectionItemResult>;

  @Column('text')
  result!: InspectionResult;

  @Column('text', { nullable: true })
  notes!: string | null;

  @Column('uuid')
  inspectorId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inspector_id', foreignKeyConstraintName: 'fk_bike_inspection_inspector_id' })
  inspector?: UserAccount;

  @Column('timestamptz')
  performedAt!: Date;

  @Column('timestamptz', { nullable: true })
  validUntil!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
