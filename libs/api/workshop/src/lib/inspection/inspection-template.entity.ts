import type { InspectionTemplateItem } from '@zusammen/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A version of the safety checklist (Prüfliste). Versions are added, never edited; version 1 comes with the migration. */
@Entity()
@Check('ck_inspection_template_version', `"version" >= 1`)
export class InspectionTemplate {
  @PrimaryColumn('integer', { primaryKeyConstraintName: 'pk_inspection_template' })
  version!: number;

  @Column('jsonb')
  items!: InspectionTemplateItem[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
