import { WORKSHOP_ROUTES, type RentalDetail } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { rentalNotFound } from './counter.exception';
import { loadDamageCaseViews, loadRentalPhotos } from './damage-views';
import { Rental } from './rental.entity';
import { loadRentalSummaries } from './rental-views';

/** Everything the desk sees of one rental (404 RENTAL_NOT_FOUND when unknown). */
export async function loadRentalDetail(
  manager: EntityManager,
  id: string,
  today: string,
): Promise<RentalDetail> {
  const [summary] = await loadRentalSummaries(manager, 'r.id = $1', [id], today);
  const rental = await manager.findOneBy(Rental, { id });
  if (!summary || !rental) throw rentalNotFound();
  const names: {
    handed_out_by: string | null;
    received_by: string | null;
    valid_until: Date | null;
  }[] = await manager.query(
    `SELECT h.display_name AS handed_out_by, v.display_name AS received_by, i.valid_until
         FROM rental r
         LEFT JOIN user_account h ON h.id = r.handed_out_by_id
         LEFT JOIN user_account v ON v.id = r.received_by_id
         LEFT JOIN bike_inspection i ON i.id = r.inspection_id
        WHERE r.id = $1`,
    [id],
  );
  const photos = await loadRentalPhotos(manager, [id]);
  return {
    ...summary,
    contractType: rental.contractType,
    contractVersion: rental.contractVersion,
    contractLocale: rental.contractLocale,
    feeCents: rental.feeCents,
    feeStatus: rental.feeStatus,
    depositCents: rental.depositCents,
    depositStatus: rental.depositStatus,
    accessoriesOut: rental.accessoriesOut,
    accessoriesBack: rental.accessoriesBack,
    signatureKind: rental.signatureKind,
    handedOutByName: names[0]?.handed_out_by ?? null,
    receivedByName: names[0]?.received_by ?? null,
    extensions: rental.extensions.map((e) => ({
      fromDueOn: e.fromDueOn,
      toDueOn: e.toDueOn,
      at: e.at,
    })),
    returnChecks: rental.returnChecks,
    returnNotes: rental.returnNotes,
    inspectionValidUntil: names[0]?.valid_until?.toISOString() ?? null,
    damage: await loadDamageCaseViews(manager, 'd.rental_id = $1', [id], today),
    photos: photos.get(id) ?? [],
    contractUrl: `${WORKSHOP_ROUTES.rentals}/${id}/contract.pdf`,
  };
}
