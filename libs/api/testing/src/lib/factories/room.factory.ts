import type { RoomAccessibility } from '@zusammen/shared/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { uniqueSuffix } from './unique-suffix';

/**
 * A room as stored (the fields specs use). Declared here rather than imported from @zusammen/api/booking: that
 * library depends on notifications, whose specs use this one, and Nx counts even type imports as a dependency
 * (booking → notifications → testing → booking would be a cycle).
 */
export interface TestRoom {
  id: string;
  slug: string;
  name: string;
  capacity: number;
  accessibility: RoomAccessibility[];
  features: string[];
  setupMinutes: number;
  teardownMinutes: number;
  requiresApproval: boolean;
}

export type RoomOverrides = Partial<Omit<TestRoom, 'id'>>;

/** Inserts a room with unique slug/name (override anything) and returns the stored row. */
export async function createRoom(
  db: DataSource | EntityManager,
  overrides: RoomOverrides = {},
): Promise<TestRoom> {
  const suffix = uniqueSuffix();
  const room = {
    slug: `test-room-${suffix}`,
    name: `Testraum ${suffix}`,
    capacity: 10,
    accessibility: [] as RoomAccessibility[],
    features: [] as string[],
    setupMinutes: 0,
    teardownMinutes: 0,
    requiresApproval: false,
    ...overrides,
  };
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO room (slug, name, capacity, accessibility, features, setup_minutes, teardown_minutes,
                       requires_approval)
     VALUES ($1, $2, $3, $4::text[], $5::text[], $6, $7, $8)
     RETURNING id`,
    [
      room.slug,
      room.name,
      room.capacity,
      room.accessibility,
      room.features,
      room.setupMinutes,
      room.teardownMinutes,
      room.requiresApproval,
    ],
  );
  return { id, ...room };
}
