import { sqlList } from '@zusammen/api/core';
import { SUPPORTED_LOCALES, type Locale } from '@zusammen/shared/contracts';
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
 * The individual road-safety briefing (Einweisung): topic version, language, interpreter, trainer, date, and the
 * borrower's acknowledgement. Only an acknowledged briefing opens the borrower gate.
 */
@Entity()
@Index('ix_briefing_borrower_id', ['borrowerId'])
@Check('ck_briefing_language_known', `"language" IN (${sqlList(SUPPORTED_LOCALES)})`)
@Check('ck_briefing_topic_version', `"topic_version" >= 1`)
export class Briefing {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_briefing' })
  id!: string;

  @Column('uuid')
  borrowerId!: string;

  @ManyToOne(() => Borrower, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'borrower_id', foreignKeyConstraintName: 'fk_briefing_borrower_id' })
  borrower?: Borrower;

  @Column('integer', { default: 1 })
  topicVersion!: number;

  @Column('text')
  language!: Locale;

  @Column('boolean', { default: false })
  interpreter!: boolean;

  @Column('uuid', { nullable: true })
  trainerId!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'trainer_id', foreignKeyConstraintName: 'fk_briefing_trainer_id' })
  trainer?: UserAccount | null;

  @Column('date')
  heldOn!: string;

  @Column('boolean')
  acknowledged!: boolean;

  @Column('boolean', { nullable: true })
  ridingCheckPassed!: boolean | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
