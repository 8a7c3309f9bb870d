import type { EligibilityBasis } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { WorkshopSettings } from '../settings/workshop-settings.entity';
import type { BorrowerGateFacts } from './borrower-gate';

interface FactsRow {
  id: string;
  blocked_until: string | null;
  is_minor: boolean;
  guardian_consent_on: string | null;
  eligible_until: string | null;
  eligibility_basis: EligibilityBasis | null;
  briefed: boolean;
  open_rentals: number;
}

/** The settings row (id 1, created by the migration). */
export function loadSettings(manager: EntityManager): Promise<WorkshopSettings> {
  return manager.findOneByOrFail(WorkshopSettings, { id: 1 });
}

/**
 * The gate facts of several borrowers in one query: latest eligibility, an acknowledged briefing, the block and
 * the open rentals (without `excludeRentalId`: the reserved rental a handout turns active).
 */
export async function loadBorrowerGateFacts(
  manager: EntityManager,
  borrowerIds: readonly string[],
  today: string,
  rentalLimit: number,
  excludeRentalId: string | null = null,
): Promise<Map<string, BorrowerGateFacts>> {
  if (borrowerIds.length === 0) return new Map();
  const rows: FactsRow[] = await manager.query(
    `SELECT b.id, b.blocked_until::text AS blocked_until, b.is_minor,
            b.guardian_consent_on::text AS guardian_consent_on,
            e.valid_until::text AS eligible_until, e.legal_basis AS eligibility_basis,
            EXISTS (SELECT 1 FROM briefing f WHERE f.borrower_id = b.id AND f.acknowledged) AS briefed,
            (SELECT count(*)::int FROM rental r
              WHERE r.borrower_id = b.id AND r.status IN ('reserved', 'active')
                AND r.id IS DISTINCT FROM $2::uuid) AS open_rentals
       FROM borrower b
       LEFT JOIN LATERAL (
         SELECT valid_until, legal_basis FROM eligibility_check c
          WHERE c.borrower_id = b.id ORDER BY c.valid_until DESC, c.created_at DESC LIMIT 1
       ) e ON true
      WHERE b.id = ANY($1::uuid[])`,
    [borrowerIds, excludeRentalId],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        today,
        eligibleUntil: row.eligible_until,
        eligibilityBasis: row.eligibility_basis,
        briefed: row.briefed,
        blockedUntil: row.blocked_until,
        openRentals: row.open_rentals,
        rentalLimit,
        isMinor: row.is_minor,
        guardianConsentOn: row.guardian_consent_on,
      },
    ]),
  );
}
