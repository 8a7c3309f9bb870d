/** The audit log (staff and admin): who did what to which record, and who viewed sensitive records. */
export const AUDIT_ROUTES = {
  /** GET ?AuditLogQuery → AuditLogResponse. */
  log: '/api/staff/audit-log',
} as const;

/**
 * Actions recorded so far; features add theirs (`<context>.<verb>`, lower case). `*.viewed` entries record
 * reads of sensitive records (families, eligibility, certificates, a user's account data).
 */
export const AUDIT_ACTIONS = [
  'account.signed-up',
  'account.email-verified',
  'account.password-reset',
  'account.password-changed',
  'account.erased',
  'account.data-exported',
  'user.created',
  'user.viewed',
  'user.roles-changed',
  'user.deactivated',
  'user.reactivated',
  'user.sessions-revoked',
  'user.data-exported',
  'user.erased',
  'resident.created',
  'resident.updated',
  'retention.purged',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditLogQuery {
  /** Entries by this actor. */
  actorId?: string;
  /** Entries about this record (e.g. subjectType `user_account` + subjectId). */
  subjectType?: string;
  subjectId?: string;
  action?: string;
  /** ISO 8601 bounds on `occurredAt`. */
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

export interface AuditPerson {
  id: string;
  displayName: string;
}

export interface AuditEntry {
  id: string;
  occurredAt: string;
  /** Null for the system itself (e.g. a scheduled job) or an anonymous request (sign-up). */
  actor: AuditPerson | null;
  /** The desk-registered person the actor acted for, if any. */
  onBehalfOf: AuditPerson | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  /** The person the entry is about, when the subject is an account (`subjectType` `user_account`). */
  subject: AuditPerson | null;
  /** Ids and codes only — never names, addresses or free text. */
  details: Record<string, unknown>;
}

export interface AuditLogResponse {
  items: AuditEntry[];
  nextCursor: string | null;
}
