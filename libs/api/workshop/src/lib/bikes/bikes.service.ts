import { Inject, Injectable } from '@nestjs/common';
import {
  appConfig,
  containsPattern,
  ValidationFailedException,
  type AppConfig,
} from '@zusammen/api/core';
import { AuditLog } from '@zusammen/api/identity';
import {
  parseInventoryNo,
  WorkshopErrorCode,
  type BikeDetail,
  type BikeSummary,
  type BikeUpdateRequest,
  type Page,
} from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { workshopClock } from '../settings/workshop-clock';
import { toBikeDetail } from './bike-detail';
import { renderLabelSvg } from './bike-label';
import {
  BIKE_RECORD_COLUMNS,
  bikeRecordProblems,
  intakeRecord,
  type BikeRecord,
} from './bike-record';
import { BIKE_SELECT, loadBikeRow, toBikeSummary, type BikeRow } from './bike-rows';
import { isMotorVehicle } from './bike-transitions';
import type { BikeListQueryDto } from './bike-action.dto';
import type { BikeIntakeDto } from './bike.dto';
import type { WorkshopActor } from './workshop-actor';
import { WorkshopException } from './workshop.exception';

const PAGE_SIZE = 50;

/** Reads the bike or answers 404 BIKE_NOT_FOUND. */
export async function requireBike(
  manager: EntityManager,
  id: string,
  today: string,
  lock = false,
): Promise<BikeRow> {
  const row = await loadBikeRow(manager, { id }, today, lock);
  if (!row) throw new WorkshopException(WorkshopErrorCode.BikeNotFound);
  return row;
}

/** Intake, list, detail, edit and label of bikes (WORKSHOP_ROUTES.bikes). State changes: BikeTransitionService. */
@Injectable()
export class BikesService {
  private readonly publicUrl: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(appConfig.KEY) app: AppConfig,
  ) {
    this.publicUrl = app.publicUrl;
  }

  async list(query: BikeListQueryDto): Promise<Page<BikeSummary>> {
    const { today } = workshopClock();
    const params: unknown[] = [today];
    const where: string[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.availability) where.push(`b.availability = ${param(query.availability)}`);
    if (query.technicalState) where.push(`b.technical_state = ${param(query.technicalState)}`);
    if (query.cycleType) where.push(`b.cycle_type = ${param(query.cycleType)}`);
    if (query.cursor) where.push(`b.inventory_no < ${param(Number(query.cursor))}`);
    if (query.q) {
      const like = param(containsPattern(query.q));
      const number = parseInventoryNo(query.q);
      where.push(
        `(b.make ILIKE ${like} OR b.model ILIKE ${like} OR b.frame_no ILIKE ${like}
          OR b.fundbuero_ref ILIKE ${like} OR array_to_string(b.colours, ' ') ILIKE ${like}
          ${number === null ? '' : `OR b.inventory_no = ${param(number)}`})`,
      );
    }
    const rows: BikeRow[] = await this.dataSource.query(
      `${BIKE_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY b.inventory_no DESC LIMIT ${PAGE_SIZE + 1}`,
      params,
    );
    const page = rows.slice(0, PAGE_SIZE);
    return {
      items: page.map(toBikeSummary),
      nextCursor: rows.length > PAGE_SIZE ? String(page[page.length - 1].inventory_no) : null,
    };
  }

  async intake(actor: WorkshopActor, request: BikeIntakeDto): Promise<BikeDetail> {
    const record = intakeRecord(request);
    const problems = bikeRecordProblems(record);
    if (Object.keys(problems).length > 0) throw new ValidationFailedException(problems);
    const clock = workshopClock();
    return this.dataSource.transaction(async (manager) => {
      const columns = BIKE_RECORD_COLUMNS.map(([, column]) => column);
      const values = BIKE_RECORD_COLUMNS.map(([field]) => record[field]);
      const [{ id, inventory_no }]: { id: string; inventory_no: number }[] = await manager.query(
        `INSERT INTO bike (${columns.join(', ')}, created_by_id)
         VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}, $${columns.length + 1})
         RETURNING id, inventory_no`,
        [...values, actor.id],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'workshop.bike-intake',
        subjectType: 'bike',
        subjectId: id,
        details: { inventoryNo: inventory_no, source: record.source },
        requestId: actor.requestId,
      });
      return toBikeDetail(manager, await requireBike(manager, id, clock.today), clock, actor.team);
    });
  }

  async get(actor: WorkshopActor, id: string): Promise<BikeDetail> {
    const clock = workshopClock();
    const manager = this.dataSource.manager;
    return toBikeDetail(manager, await requireBike(manager, id, clock.today), clock, actor.team);
  }

  /** `FR-0042`, `42` or a scanned label URL. */
  async byNumber(actor: WorkshopActor, text: string): Promise<BikeDetail> {
    const inventoryNo = parseInventoryNo(text);
    if (inventoryNo === null) throw new WorkshopException(WorkshopErrorCode.BikeNotFound);
    const clock = workshopClock();
    const manager = this.dataSource.manager;
    const row = await loadBikeRow(manager, { inventoryNo }, clock.today);
    if (!row) throw new WorkshopException(WorkshopErrorCode.BikeNotFound);
    return toBikeDetail(manager, row, clock, actor.team);
  }

  /** Edits the record (optimistic lock on `version`); the state axes change only through transitions. */
  async update(actor: WorkshopActor, id: string, request: BikeUpdateRequest): Promise<BikeDetail> {
    const clock = workshopClock();
    return this.dataSource.transaction(async (manager) => {
      const bike = await requireBike(manager, id, clock.today, true);
      if (bike.version !== request.version)
        throw new WorkshopException(WorkshopErrorCode.StaleVersion, { version: bike.version });
      const current = recordOf(bike);
      const merged = { ...current } as Record<keyof BikeRecord, unknown>;
      const changed: string[] = [];
      for (const [field] of BIKE_RECORD_COLUMNS) {
        if (field === 'source' || !(field in request)) continue;
        const value = (request as Record<string, unknown>)[field];
        // null clears optional fields only; required ones keep their value
        if (
          value === undefined ||
          (value === null && current[field] !== null && REQUIRED.has(field))
        )
          continue;
        if (JSON.stringify(value) !== JSON.stringify(current[field])) {
          merged[field] = value;
          changed.push(field);
        }
      }
      const record = merged as BikeRecord;
      const problems = bikeRecordProblems(record);
      if (Object.keys(problems).length > 0) throw new ValidationFailedException(problems);
      if (isMotorVehicle(record.propulsion) && bike.availability !== 'not_lendable')
        throw new WorkshopException(WorkshopErrorCode.BikeActionNotAllowed, {
          technicalState: bike.technical_state,
          availability: bike.availability,
          reason: 'motor_vehicle_lendable',
        });
      if (changed.length > 0) {
        const sets = BIKE_RECORD_COLUMNS.filter(([field]) => changed.includes(field));
        await manager.query(
          `UPDATE bike SET ${sets.map(([, column], i) => `${column} = $${i + 2}`).join(', ')},
                  version = version + 1, updated_at = now()
            WHERE id = $1`,
          [id, ...sets.map(([field]) => record[field])],
        );
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'workshop.bike-updated',
          subjectType: 'bike',
          subjectId: id,
          details: { fields: changed },
          requestId: actor.requestId,
        });
      }
      return toBikeDetail(manager, await requireBike(manager, id, clock.today), clock, actor.team);
    });
  }

  async label(id: string): Promise<string> {
    const bike = await requireBike(this.dataSource.manager, id, workshopClock().today);
    return renderLabelSvg({
      inventoryNo: bike.inventory_no,
      make: bike.make,
      cycleType: bike.cycle_type,
      baseUrl: this.publicUrl,
    });
  }
}

const REQUIRED = new Set<keyof BikeRecord>([
  'frameNoStatus',
  'make',
  'colours',
  'cycleType',
  'propulsion',
  'lighting',
  'condition',
  'receivedOn',
  'receiptIssued',
]);

function recordOf(row: BikeRow): BikeRecord {
  return {
    frameNo: row.frame_no,
    frameNoStatus: row.frame_no_status,
    make: row.make,
    model: row.model,
    colours: row.colours,
    cycleType: row.cycle_type,
    frameSizeCm: row.frame_size_cm,
    wheelEtrto: row.wheel_etrto,
    wheelInches: row.wheel_inches,
    propulsion: row.propulsion,
    lighting: row.lighting,
    condition: row.condition,
    notes: row.notes,
    source: row.source,
    receivedOn: row.received_on,
    donorName: row.donor_name,
    receiptIssued: row.receipt_issued,
    fundbueroRef: row.fundbuero_ref,
    foundOn: row.found_on,
    holdEndsOn: row.hold_ends_on,
    ownershipBasis: row.ownership_basis,
    policeCheckOn: row.police_check_on,
    policeCheckResult: row.police_check_result,
  };
}
