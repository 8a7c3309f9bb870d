import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { AuditLog } from '@zusammen/api/identity';
import type { RoomDetail, RoomUpdateRequest } from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import type { BookingActor } from '../bookings/booking-actor';
import { returnedRows } from '../bookings/booking-rows';
import { RoomNotFoundException } from '../bookings/booking.exception';
import {
  ROOM_DETAIL_COLUMNS,
  sortOpeningHours,
  toRoomDetail,
  type RoomDetailRow,
} from './room-detail';
import { openingHoursProblems } from './room-rules';

/** Request field → column (only the fields staff may change). */
const COLUMNS: Record<keyof RoomUpdateRequest, string> = {
  capacity: 'capacity',
  features: 'features',
  accessibility: 'accessibility',
  setupMinutes: 'setup_minutes',
  teardownMinutes: 'teardown_minutes',
  requiresApproval: 'requires_approval',
  openingHours: 'opening_hours',
  maxDaysAhead: 'max_days_ahead',
  keyLocation: 'key_location',
};

/**
 * Rooms for the booking pages and the house manager's settings. Changing buffers changes only the room:
 * existing bookings keep the blocked range they were created with (booking.md invariant 4).
 */
@Injectable()
export class RoomAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async list(actor: BookingActor): Promise<RoomDetail[]> {
    const rows: RoomDetailRow[] = await this.dataSource.query(
      `SELECT ${ROOM_DETAIL_COLUMNS} FROM room ORDER BY name, slug`,
    );
    return rows.map((row) => toRoomDetail(row, actor.staff));
  }

  async update(
    actor: BookingActor,
    roomId: string,
    request: RoomUpdateRequest,
  ): Promise<RoomDetail> {
    if (request.openingHours !== undefined) {
      const problems = openingHoursProblems(request.openingHours);
      if (problems.length > 0) throw new ValidationFailedException({ openingHours: problems });
    }
    const fields = (Object.keys(COLUMNS) as (keyof RoomUpdateRequest)[]).filter(
      (field) => request[field] !== undefined,
    );
    return this.dataSource.transaction(async (manager) => {
      const values = fields.map((field) => {
        const value = request[field];
        if (field === 'openingHours')
          return JSON.stringify(
            sortOpeningHours(request.openingHours ?? []).map(({ weekday, opens, closes }) => ({
              weekday,
              opens,
              closes,
            })),
          );
        return value;
      });
      const assignments = fields.map(
        (field, i) => `${COLUMNS[field]} = $${i + 2}${field === 'openingHours' ? '::jsonb' : ''}`,
      );
      const [row] = returnedRows<RoomDetailRow>(
        await manager.query(
          fields.length === 0
            ? `SELECT ${ROOM_DETAIL_COLUMNS} FROM room WHERE id = $1`
            : `UPDATE room SET ${[...assignments, 'updated_at = now()'].join(', ')} WHERE id = $1
             RETURNING ${ROOM_DETAIL_COLUMNS}`,
          [roomId, ...values],
        ),
      );
      if (!row) throw new RoomNotFoundException();
      if (fields.length > 0)
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'room.updated',
          subjectType: 'room',
          subjectId: roomId,
          details: { fields },
          requestId: actor.requestId,
        });
      return toRoomDetail(row, true);
    });
  }
}
