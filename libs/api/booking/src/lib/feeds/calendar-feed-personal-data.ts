import {
  ErasesPersonalData,
  ProvidesPersonalData,
  type PersonalDataErasureHook,
  type PersonalDataSource,
} from '@zusammen/api/identity';
import type { EntityManager } from 'typeorm';

interface FeedExportRow {
  id: string;
  kind: string;
  room_id: string | null;
  created_at: Date;
  revoked_at: Date | null;
}

/**
 * The person's calendar links in their export (Art. 15): kind, room, created, revoked; never the secret. Nothing
 * (undefined, so the JSON has no `calendarFeeds` key) for people who never created one.
 */
@ProvidesPersonalData()
export class CalendarFeedPersonalData implements PersonalDataSource {
  readonly section = 'calendarFeeds';

  async collect(manager: EntityManager, userId: string): Promise<unknown> {
    const rows: FeedExportRow[] = await manager.query(
      `SELECT id, kind, room_id, created_at, revoked_at FROM calendar_feed
        WHERE owner_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    if (rows.length === 0) return undefined;
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      roomId: row.room_id,
      createdAt: new Date(row.created_at).toISOString(),
      revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
    }));
  }
}

/** Erasure (Art. 17): the person's calendar links go; their URLs stop working. */
@ErasesPersonalData()
export class CalendarFeedErasure implements PersonalDataErasureHook {
  readonly name = 'calendar-feeds';

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM calendar_feed WHERE owner_id = $1`, [userId]);
  }
}
