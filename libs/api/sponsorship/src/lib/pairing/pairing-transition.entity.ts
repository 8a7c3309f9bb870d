import { sqlList } from '@zusammen/api/core';
import { UserAccount } from '@zusammen/api/identity';
import {
  DECLINE_REASONS,
  END_REASONS,
  PAIRING_ACTIONS,
  PAIRING_STATES,
  type PairingAction,
  type PairingState,
} from '@zusammen/shared/contracts';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Pairing } from './pairing.entity';

export const TRANSITION_NOTE_MAX_LENGTH = 1000;

/**
 * One state change of a pairing (invariant 6), `offer` included. Append-only: a trigger of the migration
 * rejects every UPDATE and DELETE except clearing the note or the author (erasure).
 */
@Entity()
@Index('ix_pairing_transition_pairing_id', ['pairingId', 'id'])
@Check('ck_pairing_transition_from_known', `"from_state" IN (${sqlList(PAIRING_STATES)})`)
@Check('ck_pairing_transition_to_known', `"to_state" IN (${sqlList(PAIRING_STATES)})`)
@Check(
  'ck_pairing_transition_action_known',
  `"action" IN (${sqlList(['offer', ...PAIRING_ACTIONS])})`,
)
@Check(
  'ck_pairing_transition_reason_known',
  `"reason" IN (${sqlList([...END_REASONS, ...DECLINE_REASONS])})`,
)
@Check('ck_pairing_transition_note_length', `length("note") <= ${TRANSITION_NOTE_MAX_LENGTH}`)
export class PairingTransition {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'pk_pairing_transition',
  })
  id!: string;

  @Column('uuid')
  pairingId!: string;

  @ManyToOne(() => Pairing, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pairing_id', foreignKeyConstraintName: 'fk_pairing_transition_pairing_id' })
  pairing?: Pairing;

  /** Null for the offer (the pairing's first row). */
  @Column('text', { nullable: true })
  fromState!: PairingState | null;

  @Column('text')
  toState!: PairingState;

  @Column('text')
  action!: PairingAction | 'offer';

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;

  @Column('uuid', { nullable: true })
  byId!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'by_id', foreignKeyConstraintName: 'fk_pairing_transition_by_id' })
  by?: UserAccount | null;

  /** Decline or end reason code. */
  @Column('text', { nullable: true })
  reason!: string | null;

  /** Free text of the person who acted; cleared when they are erased. */
  @Column('text', { nullable: true })
  note!: string | null;
}
