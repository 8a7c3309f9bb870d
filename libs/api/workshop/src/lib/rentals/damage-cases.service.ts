import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { AuditLog, type ActingUser } from '@zusammen/api/identity';
import {
  WorkshopErrorCode,
  type DamageCaseView,
  type DamageDecision,
  type DamageDecisionRequest,
  type DepositStatus,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { WorkshopException } from '../bikes/workshop.exception';
import { DamageCase } from './damage-case.entity';
import { loadDamageCaseViews } from './damage-views';
import { workshopToday } from './rental-dates';
import { Rental } from './rental.entity';

/** What happens to a held deposit after the decision: kept for a charge or an offset, else returned. */
export function depositAfterDecision(
  decision: DamageDecision,
  current: DepositStatus,
): DepositStatus {
  if (current !== 'held') return current;
  return decision === 'charge' || decision === 'offset_deposit' ? 'kept' : 'returned';
}

/** The decision on a damage case; with no open case left the rental is closed. */
@Injectable()
export class DamageCasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async decide(actor: ActingUser, id: string, dto: DamageDecisionRequest): Promise<DamageCaseView> {
    if (dto.decision === 'charge' && (dto.chargedCents ?? null) === null)
      throw new ValidationFailedException({ chargedCents: ['a charge needs the amount'] });
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(DamageCase, { id });
      if (!found) throw new WorkshopException(WorkshopErrorCode.DamageCaseNotFound);
      const rental = await manager.findOneOrFail(Rental, {
        where: { id: found.rentalId },
        lock: { mode: 'pessimistic_write' },
      });
      const damage = await manager.findOneOrFail(DamageCase, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (damage.status !== 'open')
        throw new WorkshopException(WorkshopErrorCode.RentalNotChangeable);
      const chargedCents =
        dto.decision === 'charge'
          ? (dto.chargedCents ?? null)
          : dto.decision === 'offset_deposit'
            ? (dto.chargedCents ??
              Math.min(damage.estimateCents ?? rental.depositCents, rental.depositCents))
            : null;
      await manager.update(
        DamageCase,
        { id },
        {
          status: 'decided',
          decision: dto.decision,
          chargedCents,
          decidedById: actor.id,
          decidedAt: now,
        },
      );
      const stillOpen = await manager.exists(DamageCase, {
        where: { rentalId: rental.id, status: 'open' },
      });
      if (!stillOpen)
        await manager.update(
          Rental,
          { id: rental.id },
          {
            depositStatus: depositAfterDecision(dto.decision, rental.depositStatus),
            ...(rental.status === 'returned' ? { status: 'closed' as const } : {}),
          },
        );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'workshop.damage-decided',
        subjectType: 'damage_case',
        subjectId: id,
        details: { decision: dto.decision, chargedCents },
        requestId: actor.requestId,
      });
    });
    const [view] = await loadDamageCaseViews(
      this.dataSource.manager,
      'd.id = $1',
      [id],
      workshopToday(now),
    );
    return view;
  }
}
