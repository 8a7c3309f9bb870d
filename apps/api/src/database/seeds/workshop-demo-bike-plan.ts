import type {
  BikeAvailability,
  BikeSource,
  ConditionGrade,
  CycleType,
  DepositStatus,
  FeeStatus,
  LightingKind,
  OwnershipBasis,
  PoliceCheckResult,
  Propulsion,
  RentalStatus,
  RetirementReason,
  TechnicalState,
  WorkOrderStatus,
} from '@zusammen/shared/contracts';
import { WORKSHOP_DESK, WORKSHOP_LEAD } from './workshop-demo-people';

/**
 * Fahrradwerkstatt demo, part 2: the shape of a demo bike (the sixteen bikes are in workshop-demo-bikes-*.ts),
 * each a scenario with its history in order (work orders with parts and hours, inspections, rentals, damage).
 * Every technical state, every availability and every work order status appears. Days are relative to the seed
 * date (negative = ago); the natural key of a bike is its frame number, or its Fundbüro reference when the frame
 * number is illegible.
 */

export interface DemoWorkOrder {
  kind: 'workOrder';
  day: number;
  problem: string;
  evaluation: string | null;
  tasks: [string, boolean][];
  status: WorkOrderStatus;
  delayReason?: string;
  assignee: string | null;
  completedDay?: number;
  /** [sku, units, taken from a donor bike] */
  parts: [string, number, boolean?][];
  /** [worker, day, minutes, approved] */
  time: [string, number, number, boolean][];
}

export interface DemoInspection {
  kind: 'inspection';
  day: number;
  inspector: string;
  /** Items that failed (a failed inspection); none: passed. */
  failed?: string[];
  notes?: string;
}

export interface DemoRental {
  kind: 'rental';
  borrower: string;
  status: Extract<RentalStatus, 'reserved' | 'active' | 'returned' | 'closed' | 'lost'>;
  /** reserved: hours left of the reservation */
  reservedHours?: number;
  handedOutDay?: number;
  dueDay?: number;
  returnedDay?: number;
  feeStatus: FeeStatus;
  depositStatus: DepositStatus;
  accessories: string[];
  returnNotes?: string;
  damage?: {
    description: string;
    estimateCents: number;
    decided?: { chargedCents: number; day: number };
  };
}

export type DemoBikeEvent = DemoWorkOrder | DemoInspection | DemoRental;

export interface DemoBike {
  frameNo: string | null;
  make: string;
  model: string | null;
  colours: string[];
  cycleType: CycleType;
  frameSizeCm: number | null;
  wheelEtrto: string | null;
  wheelInches: number | null;
  propulsion: Propulsion;
  lighting: LightingKind;
  condition: ConditionGrade;
  notes: string | null;
  technicalState: TechnicalState;
  availability: BikeAvailability;
  retirementReason?: RetirementReason;
  source: BikeSource;
  receivedDay: number;
  donorName?: string;
  fundbuero?: {
    ref: string;
    foundDay: number;
    holdEndsDay: number;
    ownershipBasis: OwnershipBasis | null;
    policeCheckDay: number | null;
    policeCheck: PoliceCheckResult | null;
  };
  events: DemoBikeEvent[];
}

const LEAD = WORKSHOP_LEAD;
export const DESK = WORKSHOP_DESK;
export const LOCK_LIGHTS = ['lock', 'lights'];
export const wo = (o: Omit<DemoWorkOrder, 'kind'>): DemoWorkOrder => ({ kind: 'workOrder', ...o });
export const passed = (day: number, inspector = LEAD, notes?: string): DemoInspection => ({
  kind: 'inspection',
  day,
  inspector,
  notes,
});
export const CITY = {
  cycleType: 'city',
  wheelEtrto: '47-622',
  wheelInches: 28,
  propulsion: 'pedal',
  lighting: 'dynamo',
} as const;
