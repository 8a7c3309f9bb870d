import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { AuditLog } from '@zusammen/api/identity';
import {
  WorkshopErrorCode,
  type BikeDetail,
  type BikeTransitionRequest,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { offerBikeToWaitlist } from '../borrowers/bike-offers';
import { workshopClock } from '../settings/workshop-clock';
import { toBikeDetail } from './bike-detail';
import { bikeFacts } from './bike-rows';
import { allowedBikeActions, planBikeTransition, REASON_REQUIRED } from './bike-transitions';
import { requireBike } from './bikes.service';
import type { WorkshopActor } from './workshop-actor';
import { WorkshopException } from './workshop.exception';

/**
 * State changes of a bike through the transition table (bike-transitions.ts), in one transaction: lock the bike
 * row, check the version, plan, write both axes (roadworthy_until only survives while roadworthy), audit. A bike
 * made available is offered to the waiting list in the same transaction.
 */
@Injectable()
export class BikeTransitionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async transition(
    actor: WorkshopActor,
    id: string,
    request: BikeTransitionRequest,
  ): Promise<BikeDetail> {
    const reason = request.reason?.trim() || null;
    if (REASON_REQUIRED.includes(request.action) && reason === null)
      throw new ValidationFailedException({
        reason: [`a reason is required for ${request.action}`],
      });
    if (request.action === 'retire' && !request.retirementReason)
      throw new ValidationFailedException({ retirementReason: ['required to retire a bike'] });
    const clock = workshopClock();

    return this.dataSource.transaction(async (manager) => {
      const bike = await requireBike(manager, id, clock.today, true);
      if (bike.version !== request.version)
        throw new WorkshopException(WorkshopErrorCode.StaleVersion, { version: bike.version });
      const facts = bikeFacts(bike);
      const plan = planBikeTransition(facts, request.action, clock);
      if (!plan.ok)
        throw new WorkshopException(plan.code, {
          technicalState: bike.technical_state,
          availability: bike.availability,
          allowedActions: allowedBikeActions(facts, clock),
          reason: plan.reason,
        });
      const note =
        reason === null ? null : `${clock.today} ${request.action.replace(/_/g, ' ')}: ${reason}`;
      await manager.query(
        `UPDATE bike
            SET technical_state = $2, availability = $3,
                roadworthy_until = CASE WHEN $2 = 'roadworthy' THEN roadworthy_until END,
                retirement_reason = $4,
                notes = CASE WHEN $5::text IS NULL THEN notes
                             ELSE concat_ws(E'\\n', notes, $5::text) END,
                version = version + 1, updated_at = now()
          WHERE id = $1`,
        [
          id,
          plan.technicalState,
          plan.availability,
          plan.technicalState === 'retired' ? request.retirementReason : null,
          note,
        ],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'workshop.bike-transition',
        subjectType: 'bike',
        subjectId: id,
        details: {
          action: request.action,
          from: bike.technical_state,
          to: plan.technicalState,
          availability: plan.availability,
          retirementReason: request.retirementReason ?? null,
        },
        requestId: actor.requestId,
      });
      if (plan.availability === 'available' && bike.availability !== 'available')
        await offerBikeToWaitlist(manager, id, clock.now);
      return toBikeDetail(manager, await requireBike(manager, id, clock.today), clock, actor.team);
    });
  }
}
