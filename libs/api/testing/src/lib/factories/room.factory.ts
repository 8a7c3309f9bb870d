import { Room } from '@zusammen/api/booking';
import type { DataSource, EntityManager } from 'typeorm';
import { uniqueSuffix } from './unique-suffix';

export type RoomOverrides = Partial<
  Pick<
    Room,
    | 'slug'
    | 'name'
    | 'capacity'
    | 'accessibility'
    | 'features'
    | 'setupMinutes'
    | 'teardownMinutes'
    | 'requiresApproval'
  >
>;

/** Inserts a room with unique slug/name (override anything) and returns the stored row. */
export async function createRoom(
  db: DataSource | EntityManager,
  overrides: RoomOverrides = {},
): Promise<Room> {
  const suffix = uniqueSuffix();
  const repository = db.getRepository(Room);
  return repository.save(
    repository.create({
      slug: `test-room-${suffix}`,
      name: `Testraum ${suffix}`,
      capacity: 10,
      accessibility: [],
      features: [],
      setupMinutes: 0,
      teardownMinutes: 0,
      requiresApproval: false,
      ...overrides,
    }),
  );
}
