import { containsPattern } from '@zusammen/api/core';
import { Injectable } from '@nestjs/common';
import { type ActingUser, AuditLog } from '@zusammen/api/identity';
import type {
  CreateDeskResidentRequest,
  DeskResident,
  DeskResidentListResponse,
  Locale,
  UpdateDeskResidentRequest,
} from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { UserNotFoundException } from './admin-user.exception';

/** The desk lists at most this many residents; staff narrow the search rather than page. */
export const DESK_RESIDENT_LIST_MAX = 50;

/**
 * A desk-managed resident: a resident without address and without password, not erased. Nobody signs in
 * to such an account; staff act for the person, and every change names them as `on_behalf_of`.
 */
const DESK_MANAGED = `u.email IS NULL AND u.password_hash IS NULL AND u.erased_at IS NULL
  AND 'resident' = ANY(u.roles)`;

interface DeskResidentRow {
  id: string;
  display_name: string;
  phone: string | null;
  locale: Locale;
  created_at: Date;
}

const COLUMNS = `u.id, u.display_name, u.phone, u.locale, u.created_at`;

/** Registration and upkeep of residents without email at the desk (staff and admins). */
@Injectable()
export class DeskResidentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async list(q: string | undefined): Promise<DeskResidentListResponse> {
    const params: unknown[] = [DESK_RESIDENT_LIST_MAX];
    if (q) params.push(containsPattern(q));
    const rows: DeskResidentRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM user_account u
        WHERE ${DESK_MANAGED} ${q ? 'AND u.display_name ILIKE $2' : ''}
        ORDER BY lower(u.display_name), u.id
        LIMIT $1`,
      params,
    );
    return { items: rows.map(toDeskResident) };
  }

  async create(actor: ActingUser, request: CreateDeskResidentRequest): Promise<DeskResident> {
    return this.dataSource.transaction(async (manager) => {
      const rows: DeskResidentRow[] = await manager.query(
        `INSERT INTO user_account AS u (display_name, phone, roles, locale, created_by_id)
         VALUES ($1, $2, ARRAY['resident']::text[], $3, $4)
         RETURNING ${COLUMNS}`,
        [request.displayName, request.phone ? request.phone : null, request.locale, actor.id],
      );
      const resident = rows[0];
      await this.audit.record(manager, {
        actorId: actor.id,
        onBehalfOfId: resident.id,
        action: 'resident.created',
        subjectType: 'user_account',
        subjectId: resident.id,
        requestId: actor.requestId,
      });
      return toDeskResident(resident);
    });
  }

  /** Changes only the fields given; the audit entry names the fields that really changed, never values. */
  async update(
    actor: ActingUser,
    residentId: string,
    changes: UpdateDeskResidentRequest,
  ): Promise<DeskResident> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockResident(manager, residentId);
      const next: DeskResidentRow = {
        ...current,
        display_name: changes.displayName ?? current.display_name,
        phone: changes.phone === undefined ? current.phone : changes.phone || null,
        locale: changes.locale ?? current.locale,
      };
      const fields = [
        next.display_name !== current.display_name ? 'displayName' : null,
        next.phone !== current.phone ? 'phone' : null,
        next.locale !== current.locale ? 'locale' : null,
      ].filter((field): field is string => field !== null);
      if (fields.length === 0) return toDeskResident(current);
      await manager.query(
        `UPDATE user_account SET display_name = $2, phone = $3, locale = $4, updated_at = now()
          WHERE id = $1`,
        [residentId, next.display_name, next.phone, next.locale],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        onBehalfOfId: residentId,
        action: 'resident.updated',
        subjectType: 'user_account',
        subjectId: residentId,
        details: { fields },
        requestId: actor.requestId,
      });
      return toDeskResident(next);
    });
  }

  /** 404 unless the id is a desk-managed resident (other accounts are not the desk's to edit). */
  private async lockResident(manager: EntityManager, residentId: string): Promise<DeskResidentRow> {
    const rows: DeskResidentRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM user_account u WHERE u.id = $1 AND ${DESK_MANAGED} FOR UPDATE`,
      [residentId],
    );
    if (rows.length === 0) throw new UserNotFoundException();
    return rows[0];
  }
}

function toDeskResident(row: DeskResidentRow): DeskResident {
  return {
    id: row.id,
    displayName: row.display_name,
    phone: row.phone,
    locale: row.locale,
    createdAt: row.created_at.toISOString(),
  };
}
