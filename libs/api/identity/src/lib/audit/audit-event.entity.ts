import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One entry of the audit log: who (`actor_id`, null for the system or an anonymous request) did what
 * (`action`, `<context>.<verb>`) to which record (`subject_type` + `subject_id`), possibly for a
 * desk-registered person (`on_behalf_of_id`). Append-only, enforced in the database: triggers reject
 * UPDATE, DELETE and TRUNCATE (migration AccountLifecycle). `details` holds ids and codes only, never names,
 * addresses or free text, so erasing a person (Art. 17) leaves no personal data here: the ids then point to
 * an anonymised account. No foreign keys, so nothing can cascade into this table.
 */
@Entity()
@Index('ix_audit_event_occurred_at', ['occurredAt'])
@Index('ix_audit_event_subject', ['subjectType', 'subjectId'])
@Index('ix_audit_event_actor_id', ['actorId'])
@Check('ck_audit_event_action_format', `"action" ~ '^[a-z]+(\\.[a-z-]+)+$'`)
export class AuditEvent {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'pk_audit_event',
  })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Column('uuid', { nullable: true })
  onBehalfOfId!: string | null;

  @Column('text')
  action!: string;

  @Column('text')
  subjectType!: string;

  @Column('text', { nullable: true })
  subjectId!: string | null;

  @Column('jsonb', { default: () => "'{}'" })
  details!: Record<string, unknown>;

  /** The request id (`x-request-id`) the entry came from, to match it with the logs. */
  @Column('text', { nullable: true })
  requestId!: string | null;
}
