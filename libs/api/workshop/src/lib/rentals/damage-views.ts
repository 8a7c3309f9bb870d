import {
  formatInventoryNo,
  WORKSHOP_ROUTES,
  type DamageCaseView,
  type WorkshopPhotoView,
} from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { daysToDeadline } from './rental-dates';

/** Photos of a rental (handout, return, damage) as the API shows them. */
export async function loadRentalPhotos(
  manager: EntityManager,
  rentalIds: readonly string[],
): Promise<Map<string, WorkshopPhotoView[]>> {
  const byRental = new Map<string, WorkshopPhotoView[]>();
  if (rentalIds.length === 0) return byRental;
  const rows: {
    id: string;
    rental_id: string;
    kind: WorkshopPhotoView['kind'];
    created_at: Date;
  }[] = await manager.query(
    `SELECT id, rental_id, kind, created_at FROM workshop_photo
        WHERE rental_id = ANY($1::uuid[]) ORDER BY created_at, id`,
    [rentalIds],
  );
  for (const row of rows) {
    const list = byRental.get(row.rental_id) ?? [];
    list.push({
      id: row.id,
      kind: row.kind,
      url: `${WORKSHOP_ROUTES.photos}/${row.id}`,
      createdAt: row.created_at.toISOString(),
    });
    byRental.set(row.rental_id, list);
  }
  return byRental;
}

/** Damage cases in one query; `where` is a SQL condition on `d` (case), `r` (rental), `b` (borrower). */
export async function loadDamageCaseViews(
  manager: EntityManager,
  where: string,
  params: unknown[],
  today: string,
): Promise<DamageCaseView[]> {
  const rows: {
    id: string;
    rental_id: string;
    bike_id: string;
    inventory_no: number;
    display_name: string;
    description: string;
    estimate_cents: number | null;
    claim_deadline: string;
    status: DamageCaseView['status'];
    decision: DamageCaseView['decision'];
    charged_cents: number | null;
    created_at: Date;
  }[] = await manager.query(
    `SELECT d.id, d.rental_id, d.bike_id, bk.inventory_no, b.display_name, d.description, d.estimate_cents,
            d.claim_deadline::text AS claim_deadline, d.status, d.decision, d.charged_cents, d.created_at
       FROM damage_case d
       JOIN rental r ON r.id = d.rental_id
       JOIN borrower b ON b.id = r.borrower_id
       JOIN bike bk ON bk.id = d.bike_id
      WHERE ${where}
      ORDER BY d.claim_deadline, d.created_at, d.id
      LIMIT 500`,
    params,
  );
  const photos = await loadRentalPhotos(manager, [...new Set(rows.map((row) => row.rental_id))]);
  return rows.map((row) => ({
    id: row.id,
    rentalId: row.rental_id,
    bikeId: row.bike_id,
    bikeLabel: formatInventoryNo(row.inventory_no),
    borrowerName: row.display_name,
    description: row.description,
    estimateCents: row.estimate_cents,
    claimDeadline: row.claim_deadline,
    daysToDeadline: daysToDeadline(row.claim_deadline, today),
    status: row.status,
    decision: row.decision,
    chargedCents: row.charged_cents,
    photos: (photos.get(row.rental_id) ?? []).filter((p) => p.kind === 'damage'),
    createdAt: row.created_at.toISOString(),
  }));
}
