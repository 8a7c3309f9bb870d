import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import type { ActingUser } from '@zusammen/api/identity';
import {
  OPEN_BIKE_WAITLIST_STATUSES,
  WorkshopErrorCode,
  type BikeWaitlistEntryView,
  type BikeWaitlistRequest,
  type BikeWaitlistStatus,
} from '@zusammen/shared/contracts';
import { DataSource, QueryFailedError } from 'typeorm';
import { borrowerNotFound } from '../rentals/counter.exception';
import { WorkshopException } from '../bikes/workshop.exception';
import { releaseOffer } from './bike-offers';
import { BikeWaitlistEntry } from './bike-waitlist-entry.entity';
import { loadWaitlistViews } from './waitlist-views';

const OPEN_ENTRY_INDEX = 'uq_bike_waitlist_entry_borrower_open';

/** The waiting list for bikes by type and size: add, list with positions, cancel (an offer is released). */
@Injectable()
export class WaitlistService {
  constructor(private readonly dataSource: DataSource) {}

  list(status: BikeWaitlistStatus | undefined): Promise<BikeWaitlistEntryView[]> {
    const statuses = status ? [status] : [...OPEN_BIKE_WAITLIST_STATUSES];
    return loadWaitlistViews(this.dataSource.manager, 'w.status = ANY($1::text[])', [statuses]);
  }

  async add(actor: ActingUser, dto: BikeWaitlistRequest): Promise<BikeWaitlistEntryView> {
    const min = dto.frameSizeMinCm ?? null;
    const max = dto.frameSizeMaxCm ?? null;
    if (min !== null && max !== null && min > max)
      throw new ValidationFailedException({
        frameSizeMaxCm: ['frameSizeMaxCm must not be below frameSizeMinCm'],
      });
    let id: string;
    try {
      id = await this.dataSource.transaction(async (manager) => {
        const borrowers: unknown[] = await manager.query(
          `SELECT id FROM borrower WHERE id = $1 FOR UPDATE`,
          [dto.borrowerId],
        );
        if (borrowers.length === 0) throw borrowerNotFound();
        const open = await manager.exists(BikeWaitlistEntry, {
          where: [
            { borrowerId: dto.borrowerId, cycleType: dto.cycleType, status: 'waiting' },
            { borrowerId: dto.borrowerId, cycleType: dto.cycleType, status: 'offered' },
          ],
        });
        if (open) throw new WorkshopException(WorkshopErrorCode.AlreadyWaiting);
        const saved = await manager.save(
          manager.create(BikeWaitlistEntry, {
            borrowerId: dto.borrowerId,
            cycleType: dto.cycleType,
            frameSizeMinCm: min,
            frameSizeMaxCm: max,
            wheelInches: dto.wheelInches ?? null,
            createdById: actor.id,
          }),
        );
        return saved.id;
      });
    } catch (error: unknown) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === OPEN_ENTRY_INDEX
      )
        throw new WorkshopException(WorkshopErrorCode.AlreadyWaiting);
      throw error;
    }
    const [view] = await loadWaitlistViews(this.dataSource.manager, 'w.id = $1', [id]);
    return view;
  }

  /** Takes a person off the list; an offered bike is released and offered to the next in line. */
  async cancel(id: string): Promise<void> {
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(BikeWaitlistEntry, { id });
      if (!found) throw new WorkshopException(WorkshopErrorCode.WaitlistEntryNotFound);
      // the bike first, then the entry: the lock order of a handout
      if (found.offeredBikeId !== null)
        await manager.query(`SELECT id FROM bike WHERE id = $1 FOR UPDATE`, [found.offeredBikeId]);
      const entry = await manager.findOneOrFail(BikeWaitlistEntry, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (entry.status === 'offered') await releaseOffer(manager, entry, 'cancelled', now);
      else if (entry.status === 'waiting')
        await manager.update(BikeWaitlistEntry, { id }, { status: 'cancelled', closedAt: now });
    });
  }
}
