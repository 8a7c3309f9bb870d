import { Injectable } from '@nestjs/common';
import type { AuditAction } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';

/** A value in `details`: ids, codes, counts and flags only — never names, addresses or free text. */
export type AuditDetailValue = string | number | boolean | null | readonly string[];

export interface AuditRecord {
  /** Who did it; null for the system or an anonymous request (e.g. sign-up). */
  actorId: string | null;
  /** The desk-registered person the actor acted for. */
  onBehalfOfId?: string | null;
  /** `<context>.<verb>`; the identity actions are listed in AUDIT_ACTIONS, features add their own. */
  action: AuditAction | `${string}.${string}`;
  /** Table or record kind, e.g. `user_account`, `family`. */
  subjectType: string;
  subjectId?: string | null;
  details?: Readonly<Record<string, AuditDetailValue>>;
  /** `x-request-id` of the request, to find the matching log lines. */
  requestId?: string | null;
}

/**
 * Writes the audit log. Always inside the transaction of the change it records (pass its manager), so a
 * change and its entry commit or roll back together; a read of a sensitive record is recorded in the
 * transaction that read it. The table itself rejects UPDATE, DELETE and TRUNCATE.
 */
@Injectable()
export class AuditLog {
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (actor_id, on_behalf_of_id, action, subject_type, subject_id, details, request_id)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)`,
      [
        entry.actorId,
        entry.onBehalfOfId ?? null,
        entry.action,
        entry.subjectType,
        entry.subjectId ?? null,
        JSON.stringify(entry.details ?? {}),
        entry.requestId ?? null,
      ],
    );
  }
}
