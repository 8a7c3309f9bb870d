import { Injectable } from '@nestjs/common';
import { containsPattern, ValidationFailedException } from '@zusammen/api/core';
import { type ActingUser, AuditLog } from '@zusammen/api/identity';
import {
  REQUIRED_VETTING_STEPS,
  type BorkenDistrict,
  type SpokenLanguage,
  type VolunteerDetail,
  type VolunteerListResponse,
  type VolunteerStatus,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { decodeVolunteerListCursor, encodeVolunteerListCursor } from './volunteer-list-cursor';
import { OPEN_PAIRINGS_OF_V_SQL } from '../pairing/open-pairings';
import { loadVolunteerDetail } from './volunteer-rows';
import { VOLUNTEER_PAGE_DEFAULT, type VolunteerListQueryDto } from './volunteer.dto';
import { VolunteerNotFoundException } from './volunteer.exception';

interface SummaryRow {
  id: string;
  user_id: string;
  display_name: string;
  sort_name: string;
  status: VolunteerStatus;
  district: BorkenDistrict;
  languages: SpokenLanguage[];
  capacity: number;
  open_pairings: number;
  required_steps_done: number;
  renewal_due_on: string | null;
}

/** Staff views of volunteers: the list and the audited detail. */
@Injectable()
export class VolunteersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** By `lower(display_name)`, then id; keyset paging, so pages stay stable while volunteers register. */
  async list(query: VolunteerListQueryDto): Promise<VolunteerListResponse> {
    const limit = query.limit ?? VOLUNTEER_PAGE_DEFAULT;
    const cursor = query.cursor === undefined ? null : decodeVolunteerListCursor(query.cursor);
    if (query.cursor !== undefined && cursor === null)
      throw new ValidationFailedException({ cursor: ['cursor is not valid'] });

    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (query.q) where.push(`u.display_name ILIKE ${param(containsPattern(query.q))}`);
    if (query.status) where.push(`v.status = ${param(query.status)}`);
    if (cursor)
      where.push(
        `(lower(u.display_name), v.id) > (${param(cursor.sortName)}, ${param(cursor.id)}::uuid)`,
      );
    const required = param([...REQUIRED_VETTING_STEPS]);
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT v.id, v.user_id, u.display_name, lower(u.display_name) AS sort_name, v.status, v.district,
              v.languages, v.capacity, c.renewal_due_on::text AS renewal_due_on,
              ${OPEN_PAIRINGS_OF_V_SQL} AS open_pairings,
              (SELECT count(*)::int FROM vetting_step s
                WHERE s.volunteer_id = v.id AND s.kind = ANY(${required}::text[])) AS required_steps_done
         FROM volunteer v
         JOIN user_account u ON u.id = v.user_id
         LEFT JOIN conduct_certificate_check c ON c.volunteer_id = v.id
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY lower(u.display_name), v.id
        LIMIT ${param(limit + 1)}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => ({
        id: row.id,
        userId: row.user_id,
        displayName: row.display_name,
        status: row.status,
        district: row.district,
        languages: row.languages,
        capacity: row.capacity,
        openPairings: row.open_pairings,
        vettingProgress: { done: row.required_steps_done, required: REQUIRED_VETTING_STEPS.length },
        certificateRenewalDueOn: row.renewal_due_on,
      })),
      nextCursor:
        rows.length > limit && last
          ? encodeVolunteerListCursor({ sortName: last.sort_name, id: last.id })
          : null,
    };
  }

  /** The detail view shows the § 72a ledger, so each read is recorded as `volunteer.viewed`. */
  async detail(actor: ActingUser, volunteerId: string): Promise<VolunteerDetail> {
    return this.dataSource.transaction(async (manager) => {
      const detail = await loadVolunteerDetail(manager, volunteerId);
      if (!detail) throw new VolunteerNotFoundException();
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'volunteer.viewed',
        subjectType: 'volunteer',
        subjectId: detail.id,
        requestId: actor.requestId,
      });
      return detail;
    });
  }
}
