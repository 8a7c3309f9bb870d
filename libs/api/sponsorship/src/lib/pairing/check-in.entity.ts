import { sqlList } from '@zusammen/api/core';
import { UserAccount } from '@zusammen/api/identity';
import {
  CHECK_IN_ENTERED_BY,
  CHECK_IN_KINDS,
  NOTE_VISIBILITIES,
  SUPPORT_AREAS,
  type CheckInEnteredBy,
  type CheckInKind,
  type NoteVisibility,
  type SupportArea,
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
import { CHECK_IN_LIMITS } from '../check-in/check-in-rules';
import { Pairing } from './pairing.entity';

/**
 * A contact (Kontakt) of a pairing: the regularity funders ask for. Only in trial, active or paused pairings
 * (invariant 8). A volunteer's own note is always shared; staff may keep theirs staff-only, and those never
 * reach volunteer responses.
 */
@Entity()
@Index('ix_check_in_pairing_id_occurred_on', ['pairingId', 'occurredOn'])
@Check('ck_check_in_kind_known', `"kind" IN (${sqlList(CHECK_IN_KINDS)})`)
@Check(
  'ck_check_in_duration_range',
  `"duration_minutes" BETWEEN ${CHECK_IN_LIMITS.durationMinutes.min} AND ${CHECK_IN_LIMITS.durationMinutes.max}`,
)
@Check('ck_check_in_topics_known', `"topics" <@ ARRAY[${sqlList(SUPPORT_AREAS)}]::text[]`)
@Check(
  'ck_check_in_pulse_range',
  `"pulse" BETWEEN ${CHECK_IN_LIMITS.pulse.min} AND ${CHECK_IN_LIMITS.pulse.max}`,
)
@Check('ck_check_in_note_length', `length("note") <= ${CHECK_IN_LIMITS.noteMaxLength}`)
@Check('ck_check_in_note_visibility_known', `"note_visibility" IN (${sqlList(NOTE_VISIBILITIES)})`)
@Check('ck_check_in_entered_by_known', `"entered_by" IN (${sqlList(CHECK_IN_ENTERED_BY)})`)
@Check(
  'ck_check_in_volunteer_note_shared',
  `"entered_by" <> 'volunteer' OR "note_visibility" = 'shared'`,
)
export class CheckIn {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_check_in' })
  id!: string;

  @Column('uuid')
  pairingId!: string;

  @ManyToOne(() => Pairing, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pairing_id', foreignKeyConstraintName: 'fk_check_in_pairing_id' })
  pairing?: Pairing;

  @Column('date')
  occurredOn!: string;

  @Column('text')
  kind!: CheckInKind;

  @Column('integer')
  durationMinutes!: number;

  @Column('text', { array: true, default: () => "'{}'" })
  topics!: SupportArea[];

  /** 1 (badly) – 5 (very well). */
  @Column('integer', { nullable: true })
  pulse!: number | null;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('text', { default: 'shared' })
  noteVisibility!: NoteVisibility;

  @Column('text')
  enteredBy!: CheckInEnteredBy;

  /** Who typed it in (the volunteer or a staff member); null once that account is erased. */
  @Column('uuid', { nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_check_in_author_id' })
  author?: UserAccount | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
