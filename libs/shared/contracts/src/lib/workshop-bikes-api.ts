import type {
  BikeAvailability,
  BikeSource,
  ConditionGrade,
  CycleType,
  FrameNoStatus,
  InspectionItemResult,
  InspectionResult,
  InspectionTemplateItem,
  LightingKind,
  OwnershipBasis,
  PoliceCheckResult,
  Propulsion,
  RetirementReason,
  StockMovementKind,
  TechnicalState,
  WorkOrderStatus,
  WorkProgramme,
  WorkshopPhotoKind,
} from './workshop';
import type { RentalSummary } from './workshop-rentals-api';

// ---------------------------------------------------------------- bikes

export interface BikeSummary {
  id: string;
  inventoryNo: number;
  /** `FR-0042` */
  label: string;
  make: string;
  model: string | null;
  cycleType: CycleType;
  frameSizeCm: number | null;
  wheelInches: number | null;
  colours: string[];
  technicalState: TechnicalState;
  availability: BikeAvailability;
  roadworthyUntil: string | null;
  /** Derived: on loan and the due date has passed. */
  overdue: boolean;
  source: BikeSource;
  receivedOn: string;
}

export interface BikeProvenance {
  source: BikeSource;
  receivedOn: string;
  donorName: string | null;
  receiptIssued: boolean;
  fundbueroRef: string | null;
  foundOn: string | null;
  holdEndsOn: string | null;
  ownershipBasis: OwnershipBasis | null;
  policeCheckOn: string | null;
  policeCheckResult: PoliceCheckResult | null;
}

export interface BikeDetail extends BikeSummary {
  frameNo: string | null;
  frameNoStatus: FrameNoStatus;
  wheelEtrto: string | null;
  propulsion: Propulsion;
  lighting: LightingKind;
  condition: ConditionGrade;
  notes: string | null;
  retirementReason: RetirementReason | null;
  provenance: BikeProvenance;
  photos: WorkshopPhotoView[];
  /** Latest first. */
  inspections: InspectionView[];
  workOrders: WorkOrderSummary[];
  /** Latest first; borrower names only for the workshop role. */
  rentals: RentalSummary[];
  /** Which actions the current state allows (the UI shows only these). */
  allowedActions: BikeAction[];
  version: number;
}

export interface BikeIntakeRequest {
  frameNo?: string | null;
  frameNoStatus: FrameNoStatus;
  make: string;
  model?: string | null;
  colours: string[];
  cycleType: CycleType;
  frameSizeCm?: number | null;
  wheelEtrto?: string | null;
  wheelInches?: number | null;
  propulsion: Propulsion;
  lighting: LightingKind;
  condition: ConditionGrade;
  notes?: string | null;
  source: BikeSource;
  receivedOn: string;
  donorName?: string | null;
  receiptIssued?: boolean;
  fundbueroRef?: string | null;
  foundOn?: string | null;
  holdEndsOn?: string | null;
  ownershipBasis?: OwnershipBasis | null;
  policeCheckOn?: string | null;
  policeCheckResult?: PoliceCheckResult | null;
}

/** Everything of the intake except the source, plus the optimistic-lock version. */
export type BikeUpdateRequest = Partial<Omit<BikeIntakeRequest, 'source'>> & { version: number };

/**
 * State changes of a bike (workshop.md § 2). Inspections, handouts and returns change the state too, through
 * their own endpoints; `make_available` / `withdraw` toggle the availability of a roadworthy bike.
 */
export const BIKE_ACTIONS = [
  'start_assessment',
  'hold',
  'start_repair',
  'await_parts',
  'resume_repair',
  'send_to_inspection',
  'make_available',
  'withdraw',
  'report_defect',
  'retire',
  'report_missing',
  'report_stolen',
] as const;
export type BikeAction = (typeof BIKE_ACTIONS)[number];

export interface BikeTransitionRequest {
  action: BikeAction;
  version: number;
  /** await_parts, report_defect, hold, report_missing/stolen: why (free text). */
  reason?: string | null;
  retirementReason?: RetirementReason | null;
}

export interface WorkshopPhotoView {
  id: string;
  kind: WorkshopPhotoKind;
  /** `/api/workshop/photos/<id>` */
  url: string;
  createdAt: string;
}

/** Photos are sent as base64 in JSON (the web app scales them to ≤ 1600 px JPEG first); ≤ 2 MB decoded. */
export interface PhotoUploadRequest {
  kind: WorkshopPhotoKind;
  contentType: 'image/jpeg' | 'image/png' | 'image/webp';
  dataBase64: string;
  rentalId?: string | null;
}

// ---------------------------------------------------------------- repair

export interface WorkOrderSummary {
  id: string;
  bikeId: string;
  bikeLabel: string;
  problem: string;
  status: WorkOrderStatus;
  assigneeName: string | null;
  tasksDone: number;
  tasksTotal: number;
  createdAt: string;
  completedAt: string | null;
}

export interface WorkOrderPartLine {
  movementId: string;
  partId: string;
  sku: string;
  name: string;
  /** Positive number of units used. */
  quantity: number;
  unitCostCents: number;
  kind: Extract<StockMovementKind, 'consumption' | 'cannibalised'>;
  createdAt: string;
}

export interface TimeEntryView {
  id: string;
  workerId: string;
  workerName: string;
  programme: WorkProgramme;
  workOrderId: string | null;
  bikeLabel: string | null;
  workedOn: string;
  minutes: number;
  note: string | null;
  approved: boolean;
}

export interface WorkOrderDetail extends WorkOrderSummary {
  evaluation: string | null;
  tasks: { title: string; done: boolean }[];
  delayReason: string | null;
  assigneeId: string | null;
  parts: WorkOrderPartLine[];
  time: TimeEntryView[];
  partsCostCents: number;
  minutesTotal: number;
  version: number;
}

export interface WorkOrderCreateRequest {
  bikeId: string;
  problem: string;
  evaluation?: string | null;
  tasks: string[];
  assigneeId?: string | null;
}

export interface WorkOrderUpdateRequest {
  version: number;
  status?: WorkOrderStatus;
  evaluation?: string | null;
  tasks?: { title: string; done: boolean }[];
  delayReason?: string | null;
  assigneeId?: string | null;
}

export interface PartUseRequest {
  partId: string;
  quantity: number;
  /** Taken from a donor bike rather than from stock bought. */
  cannibalised?: boolean;
}

export interface TimeEntryRequest {
  workerId: string;
  workedOn: string;
  minutes: number;
  note?: string | null;
}

export interface WorkshopWorkerView {
  id: string;
  displayName: string;
  programme: WorkProgramme;
  userId: string | null;
  safetyInstructionOn: string | null;
  mayInspect: boolean;
  active: boolean;
}

export interface WorkshopWorkerRequest {
  displayName: string;
  programme: WorkProgramme;
  safetyInstructionOn?: string | null;
  mayInspect?: boolean;
  active?: boolean;
}

// ---------------------------------------------------------------- parts

export interface SparePartView {
  id: string;
  sku: string;
  name: string;
  unit: string;
  onHand: number;
  reorderLevel: number;
  unitCostCents: number;
  /** on_hand below reorder level */
  low: boolean;
  active: boolean;
}

export interface SparePartRequest {
  sku: string;
  name: string;
  unit: string;
  reorderLevel: number;
  unitCostCents: number;
  active?: boolean;
}

export interface StockMovementRequest {
  kind: Extract<StockMovementKind, 'receipt' | 'correction'>;
  /** receipt > 0; correction ≠ 0 (negative takes away) */
  quantity: number;
  note?: string | null;
}

export interface StockMovementView {
  id: string;
  kind: StockMovementKind;
  quantity: number;
  onHandAfter: number;
  unitCostCents: number;
  workOrderId: string | null;
  bikeLabel: string | null;
  note: string | null;
  createdAt: string;
}

// ---------------------------------------------------------------- inspection

export interface InspectionTemplateView {
  version: number;
  items: InspectionTemplateItem[];
}

export interface InspectionRequest {
  templateVersion: number;
  items: Record<string, InspectionItemResult>;
  notes?: string | null;
}

export interface InspectionView {
  id: string;
  bikeId: string;
  templateVersion: number;
  items: Record<string, InspectionItemResult>;
  result: InspectionResult;
  notes: string | null;
  inspectorName: string;
  performedAt: string;
  validUntil: string | null;
}
