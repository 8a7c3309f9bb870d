import { addNotification } from '@zusammen/api/notifications';
import { formatInventoryNo, type ContractType } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { Bike } from '../bikes/bike.entity';
import { Rental } from '../rentals/rental.entity';
import { WorkshopSettings } from '../settings/workshop-settings.entity';
import { loadSettings } from './borrower-facts';
import { BikeWaitlistEntry } from './bike-waitlist-entry.entity';
import { Borrower } from './borrower.entity';

/** The terms frozen on a rental (invariant 8): a Leihe is free of charge. */
export function rentalTerms(settings: WorkshopSettings): {
  contractType: ContractType;
  contractVersion: number;
  feeCents: number;
  depositCents: number;
} {
  return {
    contractType: settings.contractType,
    contractVersion: settings.contractVersion,
    feeCents: settings.contractType === 'leihe' ? 0 : settings.feeCents,
    depositCents: settings.depositCents,
  };
}

/**
 * Offers a bike that has just become available to the head of the waiting list (workshop.md § 1: "the next
 * person is notified and the bike is reserved for them"). In the caller's transaction: locks the bike; when it is
 * `available`, takes the first waiting entry (first come, first served) of the bike's cycle type whose size fits
 * (frame size within min/max where both are known, wheel size where both are known), marks it `offered`, creates
 * a `reserved` rental with the current terms until now + `reservation_hours`, reserves the bike and notifies the
 * borrower's account (if any). Does nothing when the bike is not available or nobody waits for it.
 */
export async function offerBikeToWaitlist(
  manager: EntityManager,
  bikeId: string,
  now: Date,
): Promise<void> {
  const bike = await manager.findOne(Bike, {
    where: { id: bikeId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!bike || bike.availability !== 'available') return;
  const entries: { id: string }[] = await manager.query(
    `SELECT w.id FROM bike_waitlist_entry w
      WHERE w.status = 'waiting' AND w.cycle_type = $1
        AND ($2::int IS NULL OR w.frame_size_min_cm IS NULL OR w.frame_size_min_cm <= $2::int)
        AND ($2::int IS NULL OR w.frame_size_max_cm IS NULL OR w.frame_size_max_cm >= $2::int)
        AND ($3::int IS NULL OR w.wheel_inches IS NULL OR w.wheel_inches = $3::int)
      ORDER BY w.created_at, w.id
      LIMIT 1
      FOR UPDATE SKIP LOCKED`,
    [bike.cycleType, bike.frameSizeCm, bike.wheelInches],
  );
  if (entries.length === 0) return;
  const entry = await manager.findOneByOrFail(BikeWaitlistEntry, { id: entries[0].id });
  const borrower = await manager.findOneByOrFail(Borrower, { id: entry.borrowerId });
  const settings = await loadSettings(manager);
  const expiresAt = new Date(now.getTime() + settings.reservationHours * 3_600_000);

  entry.status = 'offered';
  entry.offeredBikeId = bike.id;
  entry.offerExpiresAt = expiresAt;
  await manager.save(entry);
  await manager.insert(Rental, {
    bikeId: bike.id,
    borrowerId: borrower.id,
    status: 'reserved',
    reservedUntil: expiresAt,
    ...rentalTerms(settings),
    contractLocale: borrower.preferredLocale,
    feeStatus: 'open',
    depositStatus: 'held',
  });
  await manager.update(Bike, { id: bike.id }, { availability: 'reserved' });
  if (borrower.userId !== null) {
    await addNotification(manager, {
      type: 'bike-offer',
      recipientId: borrower.userId,
      idempotencyKey: `bike-offer/${entry.id}`,
      channel: borrower.reminderChannel === 'in_app' ? 'in_app' : 'email',
      payload: {
        waitlistEntryId: entry.id,
        bikeId: bike.id,
        inventoryNo: formatInventoryNo(bike.inventoryNo),
        cycleType: bike.cycleType,
        expiresAt: expiresAt.toISOString(),
      },
    });
  }
}

/**
 * Releases a reservation: the reserved rental of the offer becomes `cancelled`, the bike `available` again (when
 * it was still reserved) and is offered to the next person. `entryStatus` is what the entry becomes.
 */
export async function releaseOffer(
  manager: EntityManager,
  entry: BikeWaitlistEntry,
  entryStatus: 'expired' | 'cancelled',
  now: Date,
): Promise<void> {
  const bikeId = entry.offeredBikeId;
  await manager.update(
    BikeWaitlistEntry,
    { id: entry.id, status: 'offered' },
    { status: entryStatus, closedAt: now },
  );
  if (bikeId === null) return;
  await manager.query(
    `UPDATE rental SET status = 'cancelled', updated_at = now()
      WHERE bike_id = $1 AND borrower_id = $2 AND status = 'reserved'`,
    [bikeId, entry.borrowerId],
  );
  await manager.query(
    `UPDATE bike SET availability = 'available', updated_at = now(), version = version + 1
      WHERE id = $1 AND availability = 'reserved'
        AND NOT EXISTS (SELECT 1 FROM rental r WHERE r.bike_id = $1 AND r.status IN ('reserved', 'active'))`,
    [bikeId],
  );
  await offerBikeToWaitlist(manager, bikeId, now);
}

/**
 * Expires the offers whose reservation time has passed (the worker schedules this): entry `expired`, reserved
 * rental `cancelled`, bike `available` and offered to the next in line. Returns how many offers expired.
 */
export async function expireBikeOffers(manager: EntityManager, now: Date): Promise<number> {
  const due: { id: string; offered_bike_id: string }[] = await manager.query(
    `SELECT id, offered_bike_id FROM bike_waitlist_entry
      WHERE status = 'offered' AND offer_expires_at <= $1
      ORDER BY offer_expires_at, id`,
    [now.toISOString()],
  );
  let expired = 0;
  for (const { id, offered_bike_id: bikeId } of due) {
    // the bike first, then the entry: the lock order of a handout
    await manager.query(`SELECT id FROM bike WHERE id = $1 FOR UPDATE`, [bikeId]);
    const entry = await manager.findOne(BikeWaitlistEntry, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!entry || entry.status !== 'offered' || entry.offerExpiresAt === null) continue;
    if (entry.offerExpiresAt.getTime() > now.getTime()) continue;
    await releaseOffer(manager, entry, 'expired', now);
    expired += 1;
  }
  return expired;
}
