import { Injectable } from '@nestjs/common';
import type { MyBikeRentals } from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { workshopToday } from '../rentals/rental-dates';
import { loadRentalSummaries } from '../rentals/rental-views';
import { loadBorrowerGateFacts, loadSettings } from './borrower-facts';
import { Borrower } from './borrower.entity';
import { loadWaitlistViews } from './waitlist-views';

/** A resident's own bike rentals, waiting-list places and eligibility (only their own borrower record). */
@Injectable()
export class MyRentalsService {
  constructor(private readonly dataSource: DataSource) {}

  async mine(userId: string): Promise<MyBikeRentals> {
    const manager = this.dataSource.manager;
    const borrower = await manager.findOneBy(Borrower, { userId });
    if (!borrower) return { rentals: [], waitlist: [], eligibleUntil: null, briefed: false };
    const today = workshopToday(new Date());
    const settings = await loadSettings(manager);
    const facts = (
      await loadBorrowerGateFacts(manager, [borrower.id], today, settings.rentalLimit)
    ).get(borrower.id);
    const rentals = await loadRentalSummaries(
      manager,
      `r.borrower_id = $1 AND r.status <> 'cancelled'`,
      [borrower.id],
      today,
    );
    const waitlist = await loadWaitlistViews(manager, 'w.borrower_id = $1', [borrower.id]);
    return {
      rentals: rentals.map((r) => ({
        id: r.id,
        bikeLabel: r.bikeLabel,
        status: r.status,
        handedOutAt: r.handedOutAt,
        dueOn: r.dueOn,
        reservedUntil: r.reservedUntil,
        returnedAt: r.returnedAt,
        overdueDays: r.overdueDays,
      })),
      waitlist: waitlist.map((w) => ({
        id: w.id,
        cycleType: w.cycleType,
        status: w.status,
        position: w.position,
        offeredBikeLabel: w.offeredBikeLabel,
        offerExpiresAt: w.offerExpiresAt,
      })),
      eligibleUntil: facts?.eligibleUntil ?? null,
      briefed: facts?.briefed ?? false,
    };
  }
}
