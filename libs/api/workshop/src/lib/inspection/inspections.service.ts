import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { AuditLog } from '@zusammen/api/identity';
import {
  INSPECTION_ITEM_RESULTS,
  WorkshopErrorCode,
  type InspectionRequest,
  type InspectionTemplateView,
  type InspectionView,
} from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { offerBikeToWaitlist } from '../borrowers/bike-offers';
import { bikeFacts } from '../bikes/bike-rows';
import { allowedBikeActions, mayBeLent } from '../bikes/bike-transitions';
import { requireBike } from '../bikes/bikes.service';
import type { WorkshopActor } from '../bikes/workshop-actor';
import { WorkshopException } from '../bikes/workshop.exception';
import { readWorkshopSettings } from '../settings/workshop-settings.service';
import { workshopClock } from '../settings/workshop-clock';
import { InspectionTemplate } from './inspection-template.entity';
import { inspectionGaps, inspectionResult, isComplete } from './inspection-rules';
import { loadInspections } from './inspection-views';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The checklist versions and the inspections of bikes (StVZO safety check, workshop.md § 3). */
@Injectable()
export class InspectionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async template(version?: number): Promise<InspectionTemplateView> {
    const row = await this.dataSource.manager.findOne(InspectionTemplate, {
      where: version === undefined ? {} : { version },
      order: { version: 'DESC' },
    });
    if (!row) throw new ValidationFailedException({ version: ['no checklist with this version'] });
    return { version: row.version, items: row.items };
  }

  async list(bikeId: string): Promise<InspectionView[]> {
    const manager = this.dataSource.manager;
    await requireBike(manager, bikeId, workshopClock().today);
    return loadInspections(manager, 'i.bike_id = $1', [bikeId]);
  }

  /**
   * Records an inspection of a bike waiting for it (or a re-check of a roadworthy bike that is not out). Passed:
   * roadworthy until now + the configured validity, available unless it is a motor vehicle or a lost-and-found
   * bike whose hold still runs, and offered to the waiting list. Failed: back to repair, not lendable.
   */
  async record(
    actor: WorkshopActor,
    bikeId: string,
    request: InspectionRequest,
  ): Promise<InspectionView> {
    const badValues = Object.entries(request.items)
      .filter(([, value]) => !(INSPECTION_ITEM_RESULTS as readonly unknown[]).includes(value))
      .map(([key]) => key);
    if (badValues.length > 0)
      throw new ValidationFailedException(
        Object.fromEntries(badValues.map((key) => [`items.${key}`, ['must be pass, fail or na']])),
      );
    const clock = workshopClock();

    return this.dataSource.transaction(async (manager) => {
      const bike = await requireBike(manager, bikeId, clock.today, true);
      const recheck =
        bike.technical_state === 'roadworthy' &&
        (bike.availability === 'available' || bike.availability === 'not_lendable');
      if (bike.technical_state !== 'inspection' && !recheck)
        throw new WorkshopException(WorkshopErrorCode.BikeActionNotAllowed, {
          technicalState: bike.technical_state,
          availability: bike.availability,
          allowedActions: allowedBikeActions(bikeFacts(bike), clock),
        });
      const template = await this.requireTemplate(manager, request.templateVersion);
      const gaps = inspectionGaps(template.items, request.items);
      if (!isComplete(gaps))
        throw new WorkshopException(WorkshopErrorCode.InspectionIncomplete, gaps);
      const result = inspectionResult(request.items);
      const settings = await readWorkshopSettings(manager);
      const validUntil =
        result === 'passed'
          ? new Date(clock.now.getTime() + settings.inspectionValidityDays * DAY_MS)
          : null;

      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO bike_inspection (bike_id, template_version, items, result, notes, inspector_id,
                                      performed_at, valid_until)
         VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8) RETURNING id`,
        [
          bikeId,
          template.version,
          JSON.stringify(request.items),
          result,
          request.notes ?? null,
          actor.id,
          clock.now,
          validUntil,
        ],
      );
      const lendable = result === 'passed' && mayBeLent(bikeFacts(bike), clock.today);
      const availability = lendable ? 'available' : 'not_lendable';
      await manager.query(
        `UPDATE bike SET technical_state = $2, availability = $3, roadworthy_until = $4,
                         version = version + 1, updated_at = now()
          WHERE id = $1`,
        [bikeId, result === 'passed' ? 'roadworthy' : 'in_repair', availability, validUntil],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'workshop.inspection-recorded',
        subjectType: 'bike_inspection',
        subjectId: id,
        details: { bikeId, result, templateVersion: template.version, availability },
        requestId: actor.requestId,
      });
      if (lendable) await offerBikeToWaitlist(manager, bikeId, clock.now);
      const [view] = await loadInspections(manager, 'i.id = $1', [id]);
      return view;
    });
  }

  private async requireTemplate(
    manager: EntityManager,
    version: number,
  ): Promise<InspectionTemplate> {
    const template = await manager.findOne(InspectionTemplate, { where: { version } });
    if (!template)
      throw new ValidationFailedException({ templateVersion: ['no checklist with this version'] });
    return template;
  }
}
