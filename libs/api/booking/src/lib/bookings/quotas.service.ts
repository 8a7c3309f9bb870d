import { Inject, Injectable } from '@nestjs/common';
import { AuditLog } from '@zusammen/api/identity';
import {
  BOOKING_TIME_ZONE,
  BookingErrorCode,
  type OrganizerQuotaRow,
  type OrganizerQuotaUpdateRequest,
} from '@zusammen/shared/contracts';
import { isoWeekBounds } from '@zusammen/shared/util';
import { DataSource, type EntityManager } from 'typeorm';
import type { BookingActor } from './booking-actor';
import { bookingConfig, type BookingConfig } from './booking-config';
import { BookingException } from './booking.exception';

interface QuotaRow {
  organizer_id: string;
  name: string;
  weekly_minutes: number | null;
  used: number;
}

/** Staff view and settings of the organizers' weekly quotas (pending and confirmed minutes per ISO week). */
@Injectable()
export class QuotasService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(bookingConfig.KEY) private readonly config: BookingConfig,
  ) {}

  /** Every active organizer with their quota and this week's use, by name. */
  async list(): Promise<OrganizerQuotaRow[]> {
    const rows = await this.query(this.dataSource.manager, null);
    return rows.map((row) => this.toRow(row));
  }

  async update(
    actor: BookingActor,
    organizerId: string,
    request: OrganizerQuotaUpdateRequest,
  ): Promise<OrganizerQuotaRow> {
    return this.dataSource.transaction(async (manager) => {
      const [organizer]: { id: string }[] = await manager.query(
        `SELECT id FROM user_account WHERE id = $1 AND 'organizer' = ANY(roles)`,
        [organizerId],
      );
      if (!organizer) throw new BookingException(BookingErrorCode.OrganizerNotFound);
      await manager.query(
        `INSERT INTO organizer_quota (organizer_id, weekly_minutes, updated_by_id) VALUES ($1, $2, $3)
         ON CONFLICT (organizer_id) DO UPDATE
           SET weekly_minutes = EXCLUDED.weekly_minutes, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
        [organizerId, request.weeklyMinutes, actor.id],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'quota.updated',
        subjectType: 'user_account',
        subjectId: organizerId,
        details: { weeklyMinutes: request.weeklyMinutes },
        requestId: actor.requestId,
      });
      const [row] = await this.query(manager, organizerId);
      return this.toRow(row);
    });
  }

  private query(manager: EntityManager, organizerId: string | null): Promise<QuotaRow[]> {
    const week = isoWeekBounds(new Date(), BOOKING_TIME_ZONE);
    return manager.query(
      `SELECT u.id AS organizer_id, u.display_name AS name, q.weekly_minutes,
              coalesce((
                SELECT round(sum(extract(epoch FROM least(b.ends_at, $2::timestamptz) - greatest(b.starts_at, $1::timestamptz)) / 60))
                  FROM room_booking b
                 WHERE b.organizer_id = u.id AND b.kind = 'booking' AND b.status IN ('pending', 'confirmed')
                   AND b.starts_at < $2::timestamptz AND b.ends_at > $1::timestamptz
              ), 0)::int AS used
         FROM user_account u
         LEFT JOIN organizer_quota q ON q.organizer_id = u.id
        WHERE 'organizer' = ANY(u.roles) AND ($3::uuid IS NULL AND u.is_active OR u.id = $3::uuid)
        ORDER BY u.display_name, u.id`,
      [week.start.toISOString(), week.end.toISOString(), organizerId],
    );
  }

  private toRow(row: QuotaRow): OrganizerQuotaRow {
    return {
      organizerId: row.organizer_id,
      name: row.name,
      weeklyMinutes: row.weekly_minutes ?? this.config.defaultWeeklyMinutes,
      isDefault: row.weekly_minutes === null,
      usedThisWeekMinutes: row.used,
    };
  }
}
