import {
  formatInventoryNo,
  type BikeAvailability,
  type BikeProvenance,
  type BikeSource,
  type BikeSummary,
  type ConditionGrade,
  type CycleType,
  type FrameNoStatus,
  type LightingKind,
  type OwnershipBasis,
  type PoliceCheckResult,
  type Propulsion,
  type RetirementReason,
  type TechnicalState,
} from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { isoDate, isoInstant } from '../settings/workshop-clock';
import type { BikeStateFacts } from './bike-transitions';

/** A bike row as {@link BIKE_SELECT} reads it (dates as `YYYY-MM-DD` text). */
export interface BikeRow {
  id: string;
  inventory_no: number;
  frame_no: string | null;
  frame_no_status: FrameNoStatus;
  make: string;
  model: string | null;
  colours: string[];
  cycle_type: CycleType;
  frame_size_cm: number | null;
  wheel_etrto: string | null;
  wheel_inches: number | null;
  propulsion: Propulsion;
  lighting: LightingKind;
  condition: ConditionGrade;
  notes: string | null;
  technical_state: TechnicalState;
  availability: BikeAvailability;
  roadworthy_until: Date | null;
  retirement_reason: RetirementReason | null;
  source: BikeSource;
  received_on: string;
  donor_name: string | null;
  receipt_issued: boolean;
  fundbuero_ref: string | null;
  found_on: string | null;
  hold_ends_on: string | null;
  ownership_basis: OwnershipBasis | null;
  police_check_on: string | null;
  police_check_result: PoliceCheckResult | null;
  version: number;
  overdue: boolean;
  open_work_orders: number;
}

/** Every column of `bike b`, dates as text, plus the derived overdue flag and the open work orders ($1 = today). */
export const BIKE_SELECT = `
  SELECT b.id, b.inventory_no, b.frame_no, b.frame_no_status, b.make, b.model, b.colours, b.cycle_type,
         b.frame_size_cm, b.wheel_etrto, b.wheel_inches, b.propulsion, b.lighting, b.condition, b.notes,
         b.technical_state, b.availability, b.roadworthy_until, b.retirement_reason, b.source,
         b.received_on::text AS received_on, b.donor_name, b.receipt_issued, b.fundbuero_ref,
         b.found_on::text AS found_on, b.hold_ends_on::text AS hold_ends_on, b.ownership_basis,
         b.police_check_on::text AS police_check_on, b.police_check_result, b.version,
         EXISTS (SELECT 1 FROM rental r WHERE r.bike_id = b.id AND r.status = 'active' AND r.due_on < $1::date)
           AS overdue,
         (SELECT count(*)::int FROM work_order w
           WHERE w.bike_id = b.id AND w.status IN ('draft', 'queued', 'in_progress', 'awaiting_parts'))
           AS open_work_orders
    FROM bike b`;

/** The bike with this id, or undefined; `lock` takes the row lock for the caller's transaction. */
export async function loadBikeRow(
  manager: EntityManager,
  where: { id: string } | { inventoryNo: number },
  today: string,
  lock = false,
): Promise<BikeRow | undefined> {
  const [column, value] =
    'id' in where ? ['b.id', where.id] : ['b.inventory_no', where.inventoryNo];
  const rows: BikeRow[] = await manager.query(
    `${BIKE_SELECT} WHERE ${column} = $2${lock ? ' FOR UPDATE OF b' : ''}`,
    [today, value],
  );
  return rows[0];
}

export function toBikeSummary(row: BikeRow): BikeSummary {
  return {
    id: row.id,
    inventoryNo: row.inventory_no,
    label: formatInventoryNo(row.inventory_no),
    make: row.make,
    model: row.model,
    cycleType: row.cycle_type,
    frameSizeCm: row.frame_size_cm,
    wheelInches: row.wheel_inches,
    colours: row.colours,
    technicalState: row.technical_state,
    availability: row.availability,
    roadworthyUntil: isoInstant(row.roadworthy_until),
    overdue: row.overdue,
    source: row.source,
    receivedOn: isoDate(row.received_on) ?? row.received_on,
  };
}

export function toBikeProvenance(row: BikeRow): BikeProvenance {
  return {
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

export function bikeFacts(row: BikeRow): BikeStateFacts {
  return {
    technicalState: row.technical_state,
    availability: row.availability,
    propulsion: row.propulsion,
    source: row.source,
    holdEndsOn: row.hold_ends_on,
    ownershipBasis: row.ownership_basis,
    policeCheckResult: row.police_check_result,
    roadworthyUntil: row.roadworthy_until === null ? null : new Date(row.roadworthy_until),
    openWorkOrders: row.open_work_orders,
  };
}
