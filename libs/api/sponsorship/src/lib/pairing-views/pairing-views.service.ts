import { Injectable } from '@nestjs/common';
import { ValidationFailedException, containsPattern, sqlList } from '@zusammen/api/core';
import { type ActingUser, AuditLog } from '@zusammen/api/identity';
import {
  OPEN_PAIRING_STATES,
  type MyPairingsResponse,
  type PairingDetail,
  type PairingListResponse,
} from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { loadCurrentSettings } from '../settings/current-settings';
import { todayInBorken } from '../volunteer/calendar-dates';
import { attentionCondition } from './attention-sql';
import { loadPairingDetail } from './pairing-detail';
import { decodePairingListCursor, encodePairingListCursor } from './pairing-list-cursor';
import { querySummaryRows, toPairingSummary, type ViewClock } from './pairing-summaries';
import { PAIRING_PAGE_DEFAULT, type PairingListQueryDto } from './pairing-views.dto';
import { PairingNotFoundException } from '../pairing/pairing.exception';

/** Ended and declined pairings stay in the volunteer's own list this long. */
export const MY_CLOSED_PAIRINGS_DAYS = 365;

/**
 * Reading pairings: the staff list ("needs attention" queue included), the audited staff detail and the
 * volunteer's own pairings. The staff detail shows contact data and staff-only notes, so reading it is
 * recorded as `pairing.viewed` in the transaction that read it.
 */
@Injectable()
export class PairingViewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** Newest state change first, keyset paging; open states unless `state` is given. */
  async list(query: PairingListQueryDto): Promise<PairingListResponse> {
    const limit = query.limit ?? PAIRING_PAGE_DEFAULT;
    const cursor = query.cursor === undefined ? null : decodePairingListCursor(query.cursor);
    if (query.cursor !== undefined && cursor === null)
      throw new ValidationFailedException({ cursor: ['cursor is not valid'] });

    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const clock = await viewClock(manager);
      const settings = await loadCurrentSettings(manager);
      const where: string[] = [];
      const params: unknown[] = [];
      const param = (value: unknown): string => `$${params.push(value)}`;

      where.push(
        query.state
          ? `p.state = ${param(query.state)}`
          : `p.state IN (${sqlList(OPEN_PAIRING_STATES)})`,
      );
      if (query.q) {
        const pattern = param(containsPattern(query.q));
        where.push(`(f.contact_name ILIKE ${pattern} OR u.display_name ILIKE ${pattern})`);
      }
      if (query.attention === '1')
        where.push(
          attentionCondition({
            now: param(clock.now),
            today: param(clock.today),
            noContactDays: param(settings.noContactDays),
            trialMeetingsRequired: param(settings.trialMeetingsRequired),
          }),
        );
      if (cursor)
        // state_since descending, id ascending: the row comparison flips the timestamps
        where.push(
          `(${param(cursor.stateSince)}::timestamptz, p.id) > (p.state_since, ${param(cursor.id)}::uuid)`,
        );

      const rows = await querySummaryRows(manager, where, params, { limit: limit + 1 });
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return {
        items: page.map((row) => toPairingSummary(row, settings, clock.now)),
        nextCursor:
          rows.length > limit && last
            ? encodePairingListCursor({ stateSince: last.state_since_key, id: last.id })
            : null,
      };
    });
  }

  /** Staff view: everything, recorded as `pairing.viewed`. */
  async staffDetail(actor: ActingUser, pairingId: string): Promise<PairingDetail> {
    return this.dataSource.transaction(async (manager) => {
      const clock = await viewClock(manager);
      const detail = await loadPairingDetail(manager, pairingId, { kind: 'staff' }, clock.now);
      if (!detail) throw new PairingNotFoundException();
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'pairing.viewed',
        subjectType: 'pairing',
        subjectId: pairingId,
        details: { state: detail.state },
        requestId: actor.requestId,
      });
      return detail;
    });
  }

  /** The caller's own pairings: open ones first, then those ended or declined in the last year. */
  async myPairings(actor: ActingUser): Promise<MyPairingsResponse> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const volunteerId = await ownVolunteerId(manager, actor);
      if (volunteerId === null) return { items: [] };
      const clock = await viewClock(manager);
      const settings = await loadCurrentSettings(manager);
      const open = `p.state IN (${sqlList(OPEN_PAIRING_STATES)})`;
      const rows = await querySummaryRows(
        manager,
        [
          `p.volunteer_id = $1`,
          `(${open} OR p.state_since >= $2::timestamptz - interval '${MY_CLOSED_PAIRINGS_DAYS} days')`,
        ],
        [volunteerId, clock.now],
        { orderBy: `${open} DESC, p.state_since DESC, p.id` },
      );
      return { items: rows.map((row) => toPairingSummary(row, settings, clock.now, 'volunteer')) };
    });
  }

  /** The volunteer view of one of the caller's pairings; anyone else's answers 404. */
  async myDetail(actor: ActingUser, pairingId: string): Promise<PairingDetail> {
    return this.dataSource.transaction(async (manager) => {
      const volunteerId = await ownVolunteerId(manager, actor);
      if (volunteerId === null) throw new PairingNotFoundException();
      const clock = await viewClock(manager);
      const detail = await loadPairingDetail(
        manager,
        pairingId,
        { kind: 'volunteer', volunteerId },
        clock.now,
      );
      if (!detail) throw new PairingNotFoundException();
      return detail;
    });
  }
}

/** The database's clock, so thresholds in SQL and in TS see the same instant. */
export async function viewClock(manager: EntityManager): Promise<ViewClock> {
  const [{ now }]: { now: Date }[] = await manager.query(`SELECT now() AS now`);
  return { now, today: todayInBorken(now) };
}

/** The caller's volunteer profile id, or null when they have none. */
export async function ownVolunteerId(
  manager: EntityManager,
  actor: ActingUser,
): Promise<string | null> {
  const [row]: { id: string }[] = await manager.query(
    `SELECT id FROM volunteer WHERE user_id = $1`,
    [actor.id],
  );
  return row?.id ?? null;
}
