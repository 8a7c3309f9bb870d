import { Injectable } from '@nestjs/common';
import { AuditLog, type ActingUser } from '@zusammen/api/identity';
import { WorkshopErrorCode, type RentalDetail } from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { Bike } from '../bikes/bike.entity';
import { offerBikeToWaitlist, releaseOffer } from '../borrowers/bike-offers';
import { BikeWaitlistEntry } from '../borrowers/bike-waitlist-entry.entity';
import { loadBorrowerGateFacts, loadSettings } from '../borrowers/borrower-facts';
import { Borrower } from '../borrowers/borrower.entity';
import { WorkshopException } from '../bikes/workshop.exception';
import { dueOnProblem, workshopToday } from './rental-dates';
import { loadRentalDetail } from './rental-detail';
import {
  addDueSoonReminder,
  cancelDueSoonReminder,
  cancelRentalReminders,
} from './rental-reminders';
import { Rental } from './rental.entity';
import { lockRental } from './return.service';

/** Extension, cancelling a reservation, and a bike reported lost during a rental. */
@Injectable()
export class RentalChangesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /**
   * A later due date: refused (422 EXTENSION_NOT_ALLOWED) when the borrower's eligibility has expired, or the date
   * is not after the current one or more than two loan periods ahead. The pending reminder moves with it.
   */
  async extend(actor: ActingUser, id: string, dueOn: string): Promise<RentalDetail> {
    const now = new Date();
    const today = workshopToday(now);
    await this.dataSource.transaction(async (manager) => {
      const rental = await lockRental(manager, id);
      if (rental.status !== 'active' || rental.dueOn === null)
        throw new WorkshopException(WorkshopErrorCode.RentalNotChangeable);
      const settings = await loadSettings(manager);
      const facts = (
        await loadBorrowerGateFacts(manager, [rental.borrowerId], today, settings.rentalLimit)
      ).get(rental.borrowerId);
      if (!facts?.eligibleUntil || facts.eligibleUntil < today)
        throw new WorkshopException(WorkshopErrorCode.ExtensionNotAllowed, {
          reason: 'eligibility',
        });
      const problem = dueOnProblem(dueOn, today, settings.loanDays, rental.dueOn);
      if (problem)
        throw new WorkshopException(WorkshopErrorCode.ExtensionNotAllowed, { reason: problem });
      const previous = { id, dueOn: rental.dueOn, extended: rental.extensions.length > 0 };
      await cancelDueSoonReminder(manager, previous);
      await manager.update(
        Rental,
        { id },
        {
          dueOn,
          extensions: [
            ...rental.extensions,
            { fromDueOn: rental.dueOn, toDueOn: dueOn, byId: actor.id, at: now.toISOString() },
          ],
        },
      );
      const borrower = await manager.findOneByOrFail(Borrower, { id: rental.borrowerId });
      const bike = await manager.findOneByOrFail(Bike, { id: rental.bikeId });
      await addDueSoonReminder(manager, { id, dueOn, extended: true }, borrower, bike.inventoryNo);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'workshop.rental-extended',
        subjectType: 'rental',
        subjectId: id,
        details: { fromDueOn: rental.dueOn, toDueOn: dueOn },
        requestId: actor.requestId,
      });
    });
    return loadRentalDetail(this.dataSource.manager, id, today);
  }

  /** Cancels a reservation: the bike is free again and offered to the next person waiting. */
  async cancel(actor: ActingUser, id: string): Promise<RentalDetail> {
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      const rental = await lockRental(manager, id);
      if (rental.status !== 'reserved')
        throw new WorkshopException(WorkshopErrorCode.RentalNotChangeable);
      const entry = await manager.findOne(BikeWaitlistEntry, {
        where: { offeredBikeId: rental.bikeId, borrowerId: rental.borrowerId, status: 'offered' },
        lock: { mode: 'pessimistic_write' },
      });
      if (entry) await releaseOffer(manager, entry, 'cancelled', now);
      else {
        await manager.update(Rental, { id, status: 'reserved' }, { status: 'cancelled' });
        await manager.update(
          Bike,
          { id: rental.bikeId, availability: 'reserved' },
          { availability: 'available' },
        );
        await offerBikeToWaitlist(manager, rental.bikeId, now);
      }
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'workshop.reservation-cancelled',
        subjectType: 'rental',
        subjectId: id,
        requestId: actor.requestId,
      });
    });
    return loadRentalDetail(this.dataSource.manager, id, workshopToday(now));
  }

  /** The bike did not come back (theft, loss): rental `lost`, bike `missing`, reminders cancelled. */
  async lost(actor: ActingUser, id: string): Promise<RentalDetail> {
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      const rental = await lockRental(manager, id);
      if (rental.status !== 'active')
        throw new WorkshopException(WorkshopErrorCode.RentalNotChangeable);
      await manager.update(Rental, { id, status: 'active' }, { status: 'lost' });
      await manager.update(
        Bike,
        { id: rental.bikeId },
        { availability: 'not_lendable', technicalState: 'missing', roadworthyUntil: null },
      );
      await cancelRentalReminders(manager, id);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'workshop.rental-lost',
        subjectType: 'rental',
        subjectId: id,
        requestId: actor.requestId,
      });
    });
    return loadRentalDetail(this.dataSource.manager, id, workshopToday(now));
  }
}
