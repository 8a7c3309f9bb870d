import type { HandoutRefusal } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';

/** What the inspection gate looks at for one bike (workshop.md invariant 2). */
export interface InspectionFacts {
  /** The latest passed inspection, if any. */
  inspectionId: string | null;
  performedAt: Date | null;
  validUntil: Date | null;
  lastReturnAt: Date | null;
  lastRepairAt: Date | null;
}

/**
 * The inspection gate (the same rule as the trigger `tr_rental_handout_gate`): the latest passed inspection must
 * be done after the bike's last return and last completed work order, and still valid at the handout time.
 */
export function inspectionRefusal(facts: InspectionFacts, handoutAt: Date): HandoutRefusal | null {
  if (facts.inspectionId === null || facts.performedAt === null) return 'INSPECTION_MISSING';
  const since = Math.max(
    facts.lastReturnAt?.getTime() ?? -Infinity,
    facts.lastRepairAt?.getTime() ?? -Infinity,
  );
  if (facts.performedAt.getTime() < since) return 'INSPECTION_MISSING';
  if (facts.validUntil !== null && facts.validUntil.getTime() < handoutAt.getTime())
    return 'INSPECTION_EXPIRED';
  return null;
}

/** Loads the inspection facts of a bike (one query). */
export async function loadInspectionFacts(
  manager: EntityManager,
  bikeId: string,
): Promise<InspectionFacts> {
  const rows: {
    inspection_id: string | null;
    performed_at: Date | null;
    valid_until: Date | null;
    last_return_at: Date | null;
    last_repair_at: Date | null;
  }[] = await manager.query(
    `SELECT i.id AS inspection_id, i.performed_at, i.valid_until,
            (SELECT max(r.returned_at) FROM rental r WHERE r.bike_id = $1) AS last_return_at,
            (SELECT max(w.completed_at) FROM work_order w WHERE w.bike_id = $1 AND w.status = 'done') AS last_repair_at
       FROM (SELECT 1) one
       LEFT JOIN LATERAL (
         SELECT id, performed_at, valid_until FROM bike_inspection
          WHERE bike_id = $1 AND result = 'passed' ORDER BY performed_at DESC LIMIT 1
       ) i ON true`,
    [bikeId],
  );
  const row = rows[0];
  return {
    inspectionId: row.inspection_id,
    performedAt: row.performed_at,
    validUntil: row.valid_until,
    lastReturnAt: row.last_return_at,
    lastRepairAt: row.last_repair_at,
  };
}
