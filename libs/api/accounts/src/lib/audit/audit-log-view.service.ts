import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import type {
  AuditEntry,
  AuditLogQuery,
  AuditLogResponse,
  AuditPerson,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor';
import { AUDIT_PAGE_DEFAULT } from './audit-log-query.dto';

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  on_behalf_of_id: string | null;
  on_behalf_of_name: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  subject_name: string | null;
  details: Record<string, unknown>;
}

/**
 * Reads the audit log for staff, newest first. Names are joined at read time from the accounts, so an erased
 * person appears under the anonymised name their account now carries; the log itself holds ids only.
 */
@Injectable()
export class AuditLogViewService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: AuditLogQuery): Promise<AuditLogResponse> {
    const limit = query.limit ?? AUDIT_PAGE_DEFAULT;
    const before = query.cursor === undefined ? null : decodeAuditCursor(query.cursor);
    if (query.cursor !== undefined && before === null)
      throw new ValidationFailedException({ cursor: ['cursor is not valid'] });
    if (query.from && query.to && Date.parse(query.from) > Date.parse(query.to))
      throw new ValidationFailedException({ to: ['to must not be before from'] });

    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.actorId) where.push(`e.actor_id = ${param(query.actorId)}::uuid`);
    if (query.subjectType) where.push(`e.subject_type = ${param(query.subjectType)}`);
    if (query.subjectId) where.push(`e.subject_id = ${param(query.subjectId)}`);
    if (query.action) where.push(`e.action = ${param(query.action)}`);
    if (query.from) where.push(`e.occurred_at >= ${param(query.from)}::timestamptz`);
    if (query.to) where.push(`e.occurred_at < ${param(query.to)}::timestamptz`);
    if (before) where.push(`e.id < ${param(before)}::bigint`);
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT e.id::text AS id, e.occurred_at, e.actor_id, a.display_name AS actor_name,
              e.on_behalf_of_id, b.display_name AS on_behalf_of_name,
              e.action, e.subject_type, e.subject_id, s.display_name AS subject_name, e.details
         FROM audit_event e
         LEFT JOIN user_account a ON a.id = e.actor_id
         LEFT JOIN user_account b ON b.id = e.on_behalf_of_id
         -- CASE, not AND: PostgreSQL may evaluate AND operands in any order, and a non-uuid id must never be cast
         LEFT JOIN user_account s
           ON s.id = CASE WHEN e.subject_type = 'user_account' AND e.subject_id ~ '^[0-9a-f-]{36}$'
                          THEN e.subject_id::uuid END
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY e.id DESC
        LIMIT ${param(limit + 1)}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toAuditEntry),
      nextCursor: rows.length > limit && last ? encodeAuditCursor(last.id) : null,
    };
  }
}

function person(id: string | null, name: string | null): AuditPerson | null {
  if (!id) return null;
  // an id without an account (never deleted today, but the log has no foreign keys): show the id alone
  return { id, displayName: name ?? '' };
}

function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    actor: person(row.actor_id, row.actor_name),
    onBehalfOf: person(row.on_behalf_of_id, row.on_behalf_of_name),
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    subject: row.subject_type === 'user_account' ? person(row.subject_id, row.subject_name) : null,
    details: row.details,
  };
}
