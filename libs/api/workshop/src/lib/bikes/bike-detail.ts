import { daysBetween } from '@zusammen/shared/util';
import {
  formatInventoryNo,
  type BikeDetail,
  type ReminderChannel,
  type RentalStatus,
  type RentalSummary,
  type WorkshopPhotoKind,
  type WorkshopPhotoView,
} from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { loadInspections } from '../inspection/inspection-views';
import { loadWorkOrderRows, toWorkOrderSummary } from '../repair/work-order-views';
import { isoInstant, type TransitionClockLike } from '../settings/workshop-clock';
import { toBikeProvenance, toBikeSummary, bikeFacts, type BikeRow } from './bike-rows';
import { allowedBikeActions } from './bike-transitions';

export const photoUrl = (id: string): string => `/api/workshop/photos/${id}`;

export async function loadPhotos(
  manager: EntityManager,
  where: string,
  params: unknown[],
): Promise<WorkshopPhotoView[]> {
  const rows: { id: string; kind: WorkshopPhotoKind; created_at: Date }[] = await manager.query(
    `SELECT p.id, p.kind, p.created_at FROM workshop_photo p WHERE ${where} ORDER BY p.created_at, p.id`,
    params,
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    url: photoUrl(row.id),
    createdAt: new Date(row.created_at).toISOString(),
  }));
}

interface RentalRow {
  id: string;
  borrower_id: string;
  borrower_name: string;
  borrower_phone: string | null;
  reminder_channel: ReminderChannel;
  status: RentalStatus;
  handed_out_at: Date | null;
  due_on: string | null;
  reserved_until: Date | null;
  returned_at: Date | null;
  open_damage: boolean;
}

/** The bike's rentals, latest first; names and phone numbers only for the workshop team (`showNames`). */
async function loadBikeRentals(
  manager: EntityManager,
  bike: BikeRow,
  today: string,
  showNames: boolean,
): Promise<RentalSummary[]> {
  const rows: RentalRow[] = await manager.query(
    `SELECT r.id, r.borrower_id, o.display_name AS borrower_name, o.phone AS borrower_phone,
            o.reminder_channel, r.status, r.handed_out_at, r.due_on::text AS due_on, r.reserved_until,
            r.returned_at,
            EXISTS (SELECT 1 FROM damage_case d WHERE d.rental_id = r.id AND d.status = 'open') AS open_damage
       FROM rental r JOIN borrower o ON o.id = r.borrower_id
      WHERE r.bike_id = $1
      ORDER BY r.created_at DESC, r.id
      LIMIT 100`,
    [bike.id],
  );
  return rows.map((row) => ({
    id: row.id,
    bikeId: bike.id,
    bikeLabel: formatInventoryNo(bike.inventory_no),
    borrowerId: row.borrower_id,
    borrowerName: showNames ? row.borrower_name : '',
    borrowerPhone: showNames ? row.borrower_phone : null,
    reminderChannel: row.reminder_channel,
    status: row.status,
    handedOutAt: isoInstant(row.handed_out_at),
    dueOn: row.due_on,
    reservedUntil: isoInstant(row.reserved_until),
    returnedAt: isoInstant(row.returned_at),
    overdueDays:
      row.status === 'active' && row.due_on !== null && row.due_on < today
        ? daysBetween(row.due_on, today)
        : 0,
    openDamage: row.open_damage,
  }));
}

/** Everything the bike page shows, read in the caller's transaction. */
export async function toBikeDetail(
  manager: EntityManager,
  bike: BikeRow,
  clock: TransitionClockLike,
  showNames: boolean,
): Promise<BikeDetail> {
  // one after the other: inside a transaction they share one connection
  const photos = await loadPhotos(manager, 'p.bike_id = $1 AND p.rental_id IS NULL', [bike.id]);
  const inspections = await loadInspections(manager, 'i.bike_id = $1', [bike.id]);
  const workOrders = await loadWorkOrderRows(manager, 'w.bike_id = $1', [bike.id]);
  const rentals = await loadBikeRentals(manager, bike, clock.today, showNames);
  return {
    ...toBikeSummary(bike),
    frameNo: bike.frame_no,
    frameNoStatus: bike.frame_no_status,
    wheelEtrto: bike.wheel_etrto,
    propulsion: bike.propulsion,
    lighting: bike.lighting,
    condition: bike.condition,
    notes: bike.notes,
    retirementReason: bike.retirement_reason,
    provenance: toBikeProvenance(bike),
    photos,
    inspections,
    workOrders: workOrders.map(toWorkOrderSummary),
    rentals,
    allowedActions: allowedBikeActions(bikeFacts(bike), clock),
    version: bike.version,
  };
}
