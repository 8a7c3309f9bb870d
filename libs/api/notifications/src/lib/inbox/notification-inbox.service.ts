import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import type {
  NotificationChannel,
  NotificationItem,
  NotificationListResponse,
  NotificationStatus,
  NotificationType,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { NotificationNotFoundException } from '../errors/notification.exception';
import { decodeNotificationCursor, encodeNotificationCursor } from './notification-cursor';
import { NOTIFICATION_PAGE_DEFAULT } from './notification-list-query.dto';

interface InboxRow {
  id: string;
  type: NotificationType;
  channel: NotificationChannel;
  status: NotificationStatus;
  deliver_after: Date;
  created_at: Date;
  read_at: Date | null;
  /** created_at with microseconds, for the cursor (a JS Date keeps milliseconds only). */
  cursor_at: string;
}

/**
 * Only the recipient's own rows, never cancelled ones, and only once due (a reminder appears when it is
 * delivered, not when it is scheduled): every query of this service filters on all three.
 */
const OWN_VISIBLE = `recipient_id = $1 AND status <> 'cancelled' AND deliver_after <= now()`;

/** The signed-in user's own notifications: list (newest first, keyset pages), unread count, mark read. */
@Injectable()
export class NotificationInboxService {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    userId: string,
    options: { cursor?: string; limit?: number },
  ): Promise<NotificationListResponse> {
    const limit = options.limit ?? NOTIFICATION_PAGE_DEFAULT;
    const cursor = options.cursor === undefined ? null : decodeNotificationCursor(options.cursor);
    if (options.cursor !== undefined && cursor === null)
      throw new ValidationFailedException({ cursor: ['cursor is not valid'] });
    const rows: InboxRow[] = await this.dataSource.query(
      `SELECT id, type, channel, status, deliver_after, created_at, read_at,
              to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
         FROM notification
        WHERE ${OWN_VISIBLE}
          AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT $4`,
      [userId, cursor?.createdAt ?? null, cursor?.id ?? null, limit + 1],
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toItem),
      nextCursor:
        rows.length > limit && last
          ? encodeNotificationCursor({ createdAt: last.cursor_at, id: last.id })
          : null,
    };
  }

  async unreadCount(userId: string): Promise<number> {
    const rows: { unread: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS unread FROM notification WHERE ${OWN_VISIBLE} AND read_at IS NULL`,
      [userId],
    );
    return rows[0]?.unread ?? 0;
  }

  /** Idempotent: the first read time is kept. Another user's (or a cancelled) notification is "not found". */
  async markRead(userId: string, id: string): Promise<void> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH changed AS (
         UPDATE notification SET read_at = COALESCE(read_at, now())
          WHERE id = $2 AND ${OWN_VISIBLE}
         RETURNING id
       )
       SELECT id FROM changed`,
      [userId, id],
    );
    if (rows.length === 0) throw new NotificationNotFoundException();
  }

  async markAllRead(userId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification SET read_at = now() WHERE ${OWN_VISIBLE} AND read_at IS NULL`,
      [userId],
    );
  }
}

function toItem(row: InboxRow): NotificationItem {
  return {
    id: row.id,
    type: row.type,
    channel: row.channel,
    status: row.status,
    deliverAt: row.deliver_after.toISOString(),
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}
