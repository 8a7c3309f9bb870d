import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { type ActingUser, AuditLog } from '@zusammen/api/identity';
import {
  SponsorshipErrorCode,
  type FamilyDetail,
  type FamilyListResponse,
  type FamilyRequest,
  type RecordConsentRequest,
} from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { changedFamilyFields } from './family-changes';
import { decodeFamilyListCursor, encodeFamilyListCursor } from './family-list-cursor';
import {
  FAMILY_DETAIL_COLUMNS,
  FAMILY_SUMMARY_COLUMNS,
  LATEST_CONSENT_SQL,
  MEMBER_COLUMNS,
  toFamilyDetail,
  toFamilyRequest,
  toFamilySummary,
  type ConsentRow,
  type FamilyDetailRow,
  type FamilySummaryRow,
  type MemberRow,
} from './family-rows';
import { FAMILY_PAGE_DEFAULT, type FamilyListQueryDto } from './family.dto';
import { FamilyException, FamilyNotFoundException } from './family.exception';

/** Today in Borken: consent dates are local calendar dates. */
const TODAY_SQL = `(now() AT TIME ZONE 'Europe/Berlin')::date`;
/** Consent dates before this are typing errors (and PostgreSQL rejects some ancient ones outright). */
const EARLIEST_CONSENT_DATE = '2000-01-01';

/** The search text as an ILIKE pattern matching it literally (same rule as the admin user search). */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Families at the staff desk: the waiting list, the audited detail view (it holds the sensitive staff note),
 * entry and full replacement of a household, and its consent. Each command is one transaction with its audit
 * entry; the family row is locked first, so concurrent edits and consent changes of one family serialise.
 * Audit details hold ids, codes, counts and field names only, never names or note text.
 */
@Injectable()
export class FamilyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** Urgent first, then longest waiting, then id; keyset paging. */
  async list(query: FamilyListQueryDto): Promise<FamilyListResponse> {
    const limit = query.limit ?? FAMILY_PAGE_DEFAULT;
    const cursor = query.cursor === undefined ? null : decodeFamilyListCursor(query.cursor);
    if (query.cursor !== undefined && cursor === null)
      throw new ValidationFailedException({ cursor: ['cursor is not valid'] });

    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.q) {
      const pattern = param(containsPattern(query.q));
      where.push(`(f.contact_name ILIKE ${pattern} OR EXISTS (
        SELECT 1 FROM family_member m WHERE m.family_id = f.id AND m.alias ILIKE ${pattern}))`);
    }
    if (query.status) where.push(`f.status = ${param(query.status)}`);
    if (cursor)
      // NOT urgent ascending is urgent descending, so one row comparison matches the ORDER BY
      where.push(
        `(NOT f.urgent, f.waiting_since, f.id) > (NOT ${param(cursor.urgent)}::boolean, ${param(
          cursor.waitingSince,
        )}::timestamptz, ${param(cursor.id)}::uuid)`,
      );
    const rows: FamilySummaryRow[] = await this.dataSource.query(
      `SELECT ${FAMILY_SUMMARY_COLUMNS}
         FROM family f
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY NOT f.urgent, f.waiting_since, f.id
        LIMIT ${param(limit + 1)}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toFamilySummary),
      nextCursor:
        rows.length > limit && last
          ? encodeFamilyListCursor({
              urgent: last.urgent,
              waitingSince: last.waiting_since_key,
              id: last.id,
            })
          : null,
    };
  }

  /** The detail view; recorded as `family.viewed` in the transaction that reads it (it shows the staff note). */
  async detail(actor: ActingUser, familyId: string): Promise<FamilyDetail> {
    return this.dataSource.transaction(async (manager) => {
      const detail = await this.loadDetail(manager, familyId);
      await this.record(manager, actor, 'family.viewed', familyId);
      return detail;
    });
  }

  async create(actor: ActingUser, request: FamilyRequest): Promise<FamilyDetail> {
    return this.dataSource.transaction(async (manager) => {
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO family (contact_name, contact_channel, contact_phone, preferred_locale, district, languages,
                             needs, availability, volunteer_gender_preference, interpreter_available, urgent,
                             staff_note, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::text[], $8::text[], $9, $10, $11, $12, $13)
         RETURNING id`,
        [...familyColumnValues(request), actor.id],
      );
      await insertMembers(manager, id, request.members);
      await this.record(manager, actor, 'family.created', id, {
        memberCount: request.members.length,
      });
      return this.loadDetail(manager, id);
    });
  }

  /**
   * Full replace of the household (status, waiting time and consent stay: pairings and the consent routes own
   * them). Nothing is written or audited when nothing changed.
   */
  async update(actor: ActingUser, familyId: string, request: FamilyRequest): Promise<FamilyDetail> {
    return this.dataSource.transaction(async (manager) => {
      const row = await lockFamily(manager, familyId);
      const before = toFamilyRequest(row, await loadMembers(manager, familyId));
      const changedFields = changedFamilyFields(before, request);
      if (changedFields.length > 0) {
        await manager.query(
          `UPDATE family
              SET contact_name = $1, contact_channel = $2, contact_phone = $3, preferred_locale = $4, district = $5,
                  languages = $6::jsonb, needs = $7::text[], availability = $8::text[],
                  volunteer_gender_preference = $9, interpreter_available = $10, urgent = $11, staff_note = $12,
                  updated_at = now()
            WHERE id = $13`,
          [...familyColumnValues(request), familyId],
        );
        if (changedFields.includes('members')) {
          await manager.query(`DELETE FROM family_member WHERE family_id = $1`, [familyId]);
          await insertMembers(manager, familyId, request.members);
        }
        await this.record(manager, actor, 'family.updated', familyId, { changedFields });
      }
      return this.loadDetail(manager, familyId);
    });
  }

  /** Records a consent; an active one is withdrawn today first (at most one active consent per family). */
  async recordConsent(
    actor: ActingUser,
    familyId: string,
    request: RecordConsentRequest,
  ): Promise<FamilyDetail> {
    return this.dataSource.transaction(async (manager) => {
      await lockFamily(manager, familyId);
      const today = await todayIn(manager);
      if (request.grantedOn > today)
        throw new ValidationFailedException({ grantedOn: ['grantedOn must not be in the future'] });
      if (request.grantedOn < EARLIEST_CONSENT_DATE)
        throw new ValidationFailedException({
          grantedOn: [`grantedOn must not be before ${EARLIEST_CONSENT_DATE}`],
        });
      const replaced = await withdrawActiveConsent(manager, familyId, today);
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO family_consent (family_id, text_version, scope, granted_on, recorded_by_id)
         VALUES ($1, $2, $3, $4::date, $5)
         RETURNING id`,
        [familyId, request.textVersion, request.scope, request.grantedOn, actor.id],
      );
      await touchFamily(manager, familyId);
      await this.record(manager, actor, 'family.consent-recorded', familyId, {
        consentId: id,
        replacedConsentId: replaced,
      });
      return this.loadDetail(manager, familyId);
    });
  }

  /** Withdraws the active consent today; 409 CONSENT_MISSING when there is none. */
  async withdrawConsent(actor: ActingUser, familyId: string): Promise<FamilyDetail> {
    return this.dataSource.transaction(async (manager) => {
      await lockFamily(manager, familyId);
      const withdrawn = await withdrawActiveConsent(manager, familyId, await todayIn(manager));
      if (withdrawn === null) throw new FamilyException(SponsorshipErrorCode.ConsentMissing);
      await touchFamily(manager, familyId);
      await this.record(manager, actor, 'family.consent-withdrawn', familyId, {
        consentId: withdrawn,
      });
      return this.loadDetail(manager, familyId);
    });
  }

  private async loadDetail(manager: EntityManager, familyId: string): Promise<FamilyDetail> {
    const [row]: FamilyDetailRow[] = await manager.query(
      `SELECT ${FAMILY_DETAIL_COLUMNS} FROM family f WHERE f.id = $1`,
      [familyId],
    );
    if (!row) throw new FamilyNotFoundException();
    const [consent]: ConsentRow[] = await manager.query(LATEST_CONSENT_SQL, [familyId]);
    return toFamilyDetail(row, await loadMembers(manager, familyId), consent);
  }

  private record(
    manager: EntityManager,
    actor: ActingUser,
    action: `family.${string}`,
    familyId: string,
    details?: Record<string, string | number | null | readonly string[]>,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: actor.id,
      action,
      subjectType: 'family',
      subjectId: familyId,
      details,
      requestId: actor.requestId,
    });
  }
}

/** $1–$12 of the family INSERT/UPDATE, in column order. */
function familyColumnValues(request: FamilyRequest): unknown[] {
  return [
    request.contactName,
    request.contactChannel,
    request.contactPhone ?? null,
    request.preferredLocale,
    request.district,
    JSON.stringify(request.languages.map(({ code, level }) => ({ code, level }))),
    request.needs,
    request.availability,
    request.volunteerGenderPreference,
    request.interpreterAvailable,
    request.urgent,
    request.staffNote ?? null,
  ];
}

async function insertMembers(
  manager: EntityManager,
  familyId: string,
  members: FamilyRequest['members'],
): Promise<void> {
  await manager.query(
    `INSERT INTO family_member (family_id, alias, age_band, gender, position)
     SELECT $1, t.alias, t.age_band, t.gender, t.ord - 1
       FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(alias, age_band, gender, ord)`,
    [
      familyId,
      members.map((m) => m.alias),
      members.map((m) => m.ageBand),
      members.map((m) => m.gender ?? null),
    ],
  );
}

function loadMembers(manager: EntityManager, familyId: string): Promise<MemberRow[]> {
  return manager.query(
    `SELECT ${MEMBER_COLUMNS} FROM family_member m WHERE m.family_id = $1 ORDER BY m.position`,
    [familyId],
  );
}

/** Locks the family row (every command on a family starts here); 404 when there is none. */
async function lockFamily(manager: EntityManager, familyId: string): Promise<FamilyDetailRow> {
  const [row]: FamilyDetailRow[] = await manager.query(
    `SELECT ${FAMILY_DETAIL_COLUMNS} FROM family f WHERE f.id = $1 FOR UPDATE`,
    [familyId],
  );
  if (!row) throw new FamilyNotFoundException();
  return row;
}

/** A consent change changes the family for matching (proposals made before it are stale). */
async function touchFamily(manager: EntityManager, familyId: string): Promise<void> {
  await manager.query(`UPDATE family SET updated_at = now() WHERE id = $1`, [familyId]);
}

async function todayIn(manager: EntityManager): Promise<string> {
  const [{ today }]: { today: string }[] = await manager.query(
    `SELECT ${TODAY_SQL}::text AS today`,
  );
  return today;
}

/** Withdraws the active consent on `today`; its id, or null when there was none. */
async function withdrawActiveConsent(
  manager: EntityManager,
  familyId: string,
  today: string,
): Promise<string | null> {
  // a CTE, so the driver answers with plain rows (a bare UPDATE … RETURNING comes back as [rows, count])
  const rows: { id: string }[] = await manager.query(
    `WITH withdrawn AS (
       UPDATE family_consent SET withdrawn_on = $2::date
        WHERE family_id = $1 AND withdrawn_on IS NULL
       RETURNING id
     )
     SELECT id FROM withdrawn`,
    [familyId, today],
  );
  return rows[0]?.id ?? null;
}
