import { sqlList } from '@zusammen/api/core';
import { OPEN_PAIRING_STATES } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';

/** `('offered', …, 'paused')`: the open states, as the partial unique index `uq_pairing_family_id_open` lists them. */
export const OPEN_PAIRING_STATES_SQL = `(${sqlList(OPEN_PAIRING_STATES)})`;

/** SQL expression: the open pairings of the volunteer row aliased `v`. */
export const OPEN_PAIRINGS_OF_V_SQL = `(SELECT count(*)::int FROM pairing p
    WHERE p.volunteer_id = v.id AND p.state IN ${OPEN_PAIRING_STATES_SQL})`;

/** Open pairings of one volunteer (counts against capacity; blocks `inactive` and erasure). */
export async function countOpenPairings(
  manager: EntityManager,
  volunteerId: string,
): Promise<number> {
  const [{ count }]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count FROM pairing WHERE volunteer_id = $1 AND state IN ${OPEN_PAIRING_STATES_SQL}`,
    [volunteerId],
  );
  return count;
}
