import type { Locale } from './locale';
import type {
  BikeAvailability,
  BikeSource,
  BikeWaitlistStatus,
  ConditionGrade,
  ContractType,
  CycleType,
  DamageCaseStatus,
  DamageDecision,
  DepositStatus,
  EligibilityBasis,
  EligibilityDocument,
  FeeStatus,
  FrameNoStatus,
  HandoutRefusal,
  InspectionItemResult,
  InspectionResult,
  InspectionTemplateItem,
  LightingKind,
  OwnershipBasis,
  PoliceCheckResult,
  Propulsion,
  ReminderChannel,
  RentalStatus,
  RetirementReason,
  SignatureKind,
  StockMovementKind,
  TechnicalState,
  WorkOrderStatus,
  WorkProgramme,
  WorkshopPhotoKind,
} from './workshop';

/** Shapes of the workshop API (`/api/workshop/...`); money in euro cents, dates `YYYY-MM-DD`, instants ISO. */

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

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

// ---------------------------------------------------------------- borrowers

/** Where a borrower stands at the gate today (workshop.md invariant 3). */
export interface BorrowerGate {
  eligibleUntil: string | null;
  eligibilityBasis: EligibilityBasis | null;
  briefed: boolean;
  blockedUntil: string | null;
  openRentals: number;
  /** Empty when a handout is possible as far as the person is concerned. */
  refusals: HandoutRefusal[];
}

export interface BorrowerSummary {
  id: string;
  displayName: string;
  phone: string | null;
  hasAccount: boolean;
  preferredLocale: Locale;
  reminderChannel: ReminderChannel;
  gate: BorrowerGate;
}

export interface EligibilityView {
  id: string;
  legalBasis: EligibilityBasis;
  documentTypeSeen: EligibilityDocument;
  verifiedByName: string | null;
  verifiedOn: string;
  validUntil: string;
}

export interface BriefingView {
  id: string;
  topicVersion: number;
  language: Locale;
  interpreter: boolean;
  trainerName: string | null;
  heldOn: string;
  acknowledged: boolean;
  ridingCheckPassed: boolean | null;
}

export interface BorrowerDetail extends BorrowerSummary {
  email: string | null;
  isMinor: boolean;
  guardianName: string | null;
  guardianConsentOn: string | null;
  blockReason: string | null;
  strikes: number;
  eligibility: EligibilityView[];
  briefings: BriefingView[];
  rentals: RentalSummary[];
  waitlist: BikeWaitlistEntryView[];
}

export interface BorrowerCreateRequest {
  displayName: string;
  phone?: string | null;
  /** Links the borrower to an existing account with this e-mail address (reminders in the app and by mail). */
  accountEmail?: string | null;
  preferredLocale: Locale;
  reminderChannel: ReminderChannel;
  isMinor?: boolean;
  guardianName?: string | null;
  guardianConsentOn?: string | null;
}

export type BorrowerUpdateRequest = Partial<BorrowerCreateRequest> & {
  blockedUntil?: string | null;
  blockReason?: string | null;
};

export interface EligibilityRequest {
  legalBasis: EligibilityBasis;
  documentTypeSeen: EligibilityDocument;
  verifiedOn?: string;
  validUntil: string;
}

export interface BriefingRequest {
  language: Locale;
  interpreter: boolean;
  heldOn: string;
  acknowledged: boolean;
  ridingCheckPassed?: boolean | null;
}

export interface BikeWaitlistEntryView {
  id: string;
  borrowerId: string;
  borrowerName: string;
  cycleType: CycleType;
  frameSizeMinCm: number | null;
  frameSizeMaxCm: number | null;
  wheelInches: number | null;
  status: BikeWaitlistStatus;
  /** 1-based among waiting entries of the same type; null when not waiting. */
  position: number | null;
  offeredBikeId: string | null;
  offeredBikeLabel: string | null;
  offerExpiresAt: string | null;
  createdAt: string;
}

export interface BikeWaitlistRequest {
  borrowerId: string;
  cycleType: CycleType;
  frameSizeMinCm?: number | null;
  frameSizeMaxCm?: number | null;
  wheelInches?: number | null;
}

// ---------------------------------------------------------------- rentals

export interface RentalSummary {
  id: string;
  bikeId: string;
  bikeLabel: string;
  borrowerId: string;
  borrowerName: string;
  /** Shown on the call list for borrowers who are phoned. */
  borrowerPhone: string | null;
  reminderChannel: ReminderChannel;
  status: RentalStatus;
  handedOutAt: string | null;
  dueOn: string | null;
  reservedUntil: string | null;
  returnedAt: string | null;
  overdueDays: number;
  openDamage: boolean;
}

export interface DamageCaseView {
  id: string;
  rentalId: string;
  bikeId: string;
  bikeLabel: string;
  borrowerName: string;
  description: string;
  estimateCents: number | null;
  claimDeadline: string;
  /** § 548 BGB: days left until the claim deadline (negative: past). */
  daysToDeadline: number;
  status: DamageCaseStatus;
  decision: DamageDecision | null;
  chargedCents: number | null;
  photos: WorkshopPhotoView[];
  createdAt: string;
}

export interface RentalDetail extends RentalSummary {
  contractType: ContractType;
  contractVersion: number;
  contractLocale: Locale;
  feeCents: number;
  feeStatus: FeeStatus;
  depositCents: number;
  depositStatus: DepositStatus;
  accessoriesOut: string[];
  accessoriesBack: string[] | null;
  signatureKind: SignatureKind | null;
  handedOutByName: string | null;
  receivedByName: string | null;
  extensions: { fromDueOn: string; toDueOn: string; at: string }[];
  returnChecks: Record<string, InspectionItemResult> | null;
  returnNotes: string | null;
  inspectionValidUntil: string | null;
  damage: DamageCaseView[];
  photos: WorkshopPhotoView[];
  /** `/api/workshop/rentals/<id>/contract.pdf` */
  contractUrl: string;
}

/** Pre-check at the counter: what would stop a handout, and the terms it would get. */
export interface HandoutCheckRequest {
  bikeId: string;
  borrowerId: string;
}

export interface HandoutCheckResponse {
  refusals: HandoutRefusal[];
  contractType: ContractType;
  contractVersion: number;
  feeCents: number;
  depositCents: number;
  dueOn: string;
  inspectionValidUntil: string | null;
}

export interface HandoutRequest {
  bikeId: string;
  borrowerId: string;
  dueOn?: string;
  feeStatus: FeeStatus;
  depositStatus: Extract<DepositStatus, 'held' | 'waived'>;
  accessoriesOut: string[];
  signatureKind: SignatureKind;
  /** PNG data URL of the on-screen signature (required when signatureKind is on_screen). */
  signatureImage?: string | null;
  /** When a paper form is entered later: when the handout happened (not in the future, ≤ 7 days back). */
  handedOutAt?: string | null;
}

export interface ExtendRequest {
  dueOn: string;
}

export interface ReturnRequest {
  checks: Record<string, InspectionItemResult>;
  accessoriesBack: string[];
  notes?: string | null;
  damage?: { description: string; estimateCents?: number | null } | null;
  returnedAt?: string | null;
}

export interface DamageDecisionRequest {
  decision: DamageDecision;
  chargedCents?: number | null;
}

// ---------------------------------------------------------------- resident self-service

export interface MyBikeRentals {
  rentals: Pick<
    RentalSummary,
    | 'id'
    | 'bikeLabel'
    | 'status'
    | 'handedOutAt'
    | 'dueOn'
    | 'reservedUntil'
    | 'returnedAt'
    | 'overdueDays'
  >[];
  waitlist: Pick<
    BikeWaitlistEntryView,
    'id' | 'cycleType' | 'status' | 'position' | 'offeredBikeLabel' | 'offerExpiresAt'
  >[];
  eligibleUntil: string | null;
  briefed: boolean;
}

// ---------------------------------------------------------------- settings and reports

export interface WorkshopSettingsView {
  inspectionValidityDays: number;
  loanDays: number;
  feeCents: number;
  depositCents: number;
  contractType: ContractType;
  contractVersion: number;
  rentalLimit: number;
  reservationHours: number;
  updatedAt: string;
}

export type WorkshopSettingsRequest = Omit<WorkshopSettingsView, 'updatedAt' | 'contractVersion'>;

export interface WorkshopReportRow {
  /** `YYYY-MM` */
  month: string;
  takenIn: Record<BikeSource, number>;
  refurbished: number;
  handedOut: number;
  returned: number;
  retired: number;
}

export interface WorkshopReport {
  from: string;
  to: string;
  months: WorkshopReportRow[];
  /** Bikes on loan at the end of the period, and all bikes in the fleet (not retired/stolen). */
  inUse: number;
  fleet: number;
  /** Days on loan ÷ (lendable bikes × days), 0–1. */
  utilisation: number;
  partsUsed: { sku: string; name: string; quantity: number; costCents: number }[];
  partsCostCents: number;
  /** Approved and pending minutes per programme (no names: the person-level export is separate). */
  hours: {
    programme: WorkProgramme;
    minutesApproved: number;
    minutesPending: number;
    people: number;
  }[];
}

/** Error codes of the workshop API (`{ code, message, details }`), besides the common ones (VALIDATION_FAILED …). */
export enum WorkshopErrorCode {
  /** [404] */
  BikeNotFound = 'BIKE_NOT_FOUND',
  /** [404] */
  BorrowerNotFound = 'BORROWER_NOT_FOUND',
  /** [404] */
  RentalNotFound = 'RENTAL_NOT_FOUND',
  /** [404] */
  WorkOrderNotFound = 'WORK_ORDER_NOT_FOUND',
  /** [404] */
  PartNotFound = 'PART_NOT_FOUND',
  /** [404] */
  WorkerNotFound = 'WORKER_NOT_FOUND',
  /** [404] */
  PhotoNotFound = 'PHOTO_NOT_FOUND',
  /** [404] */
  WaitlistEntryNotFound = 'WAITLIST_ENTRY_NOT_FOUND',
  /** [404] */
  DamageCaseNotFound = 'DAMAGE_CASE_NOT_FOUND',
  /** [409] Someone else changed the record (optimistic lock `version`). */
  StaleVersion = 'STALE_VERSION',
  /** [409] The action is not allowed in the bike's current state. details: { technicalState, availability, allowedActions } */
  BikeActionNotAllowed = 'BIKE_ACTION_NOT_ALLOWED',
  /** [409] The work order's status does not allow this change. */
  WorkOrderNotChangeable = 'WORK_ORDER_NOT_CHANGEABLE',
  /** [409] Not enough stock. details: { onHand, requested } */
  OutOfStock = 'OUT_OF_STOCK',
  /** [409] A correction would take the stock below zero. */
  StockWouldBeNegative = 'STOCK_WOULD_BE_NEGATIVE',
  /** [422] Lost-and-found bike still in its holding period / without ownership basis or clear police check. */
  HoldingPeriodRunning = 'HOLDING_PERIOD_RUNNING',
  /** [422] The inspection does not cover every item of its checklist version, or a mandatory item is n.a. */
  InspectionIncomplete = 'INSPECTION_INCOMPLETE',
  /** [422] The worker has no occupational safety instruction on record. */
  SafetyInstructionMissing = 'SAFETY_INSTRUCTION_MISSING',
  /** [409] Handout refusals: one of HANDOUT_REFUSALS; details: { refusals: HandoutRefusal[] } */
  BikeNotAvailable = 'BIKE_NOT_AVAILABLE',
  InspectionMissing = 'INSPECTION_MISSING',
  InspectionExpired = 'INSPECTION_EXPIRED',
  EligibilityMissing = 'ELIGIBILITY_MISSING',
  EligibilityExpired = 'ELIGIBILITY_EXPIRED',
  BriefingMissing = 'BRIEFING_MISSING',
  BorrowerBlocked = 'BORROWER_BLOCKED',
  RentalLimitReached = 'RENTAL_LIMIT_REACHED',
  /** [422] On-screen signature missing, or the briefing was not acknowledged. */
  SignatureRequired = 'SIGNATURE_REQUIRED',
  /** [409] The rental is not in a state that allows this (e.g. returning a returned rental). */
  RentalNotChangeable = 'RENTAL_NOT_CHANGEABLE',
  /** [422] Extension refused: eligibility expired, or the new date is not after the current one / too far. */
  ExtensionNotAllowed = 'EXTENSION_NOT_ALLOWED',
  /** [409] Already on the waiting list for this type. */
  AlreadyWaiting = 'ALREADY_WAITING',
  /** [422] No account with this e-mail, or it is already linked to another borrower. */
  AccountNotLinkable = 'ACCOUNT_NOT_LINKABLE',
  /** [413/422] Photo too large or not an image. */
  PhotoInvalid = 'PHOTO_INVALID',
}

/**
 * Routes (roles: `workshop` = workshop team and desk; `staff` = coordinator; `admin` everywhere staff is).
 * Every route is listed in apps/api/src/identity/route-policy.integration-spec.ts.
 */
export const WORKSHOP_ROUTES = {
  /**
   * workshop: GET ?q&availability&technicalState&cycleType&cursor → Page<BikeSummary>; POST ← BikeIntakeRequest → 201
   * BikeDetail; GET/PATCH `/:id` (← BikeUpdateRequest); GET `/by-number/:no` (FR-0042 or 42) → BikeDetail;
   * POST `/:id/transition` ← BikeTransitionRequest → BikeDetail; GET `/:id/label.svg` (QR, image/svg+xml);
   * POST `/:id/photos` ← PhotoUploadRequest → 201 WorkshopPhotoView; GET|POST `/:id/inspections` (← InspectionRequest
   * → 201 InspectionView; a pass makes the bike roadworthy + available, and offers it to the waiting list).
   */
  bikes: '/api/workshop/bikes',
  /** workshop: GET `/:id` → the image bytes. */
  photos: '/api/workshop/photos',
  /** workshop: GET → InspectionTemplateView (current version); GET `/:version`. */
  inspectionTemplate: '/api/workshop/inspection-template',
  /**
   * workshop: GET ?status&bikeId → WorkOrderSummary[]; POST ← WorkOrderCreateRequest → 201 WorkOrderDetail;
   * GET/PATCH `/:id`; POST `/:id/parts` ← PartUseRequest → WorkOrderDetail; POST `/:id/time` ← TimeEntryRequest.
   */
  workOrders: '/api/workshop/work-orders',
  /** workshop: GET → WorkshopWorkerView[]; POST ← WorkshopWorkerRequest; PATCH `/:id`. */
  workers: '/api/workshop/workers',
  /** workshop: GET ?month=YYYY-MM&workerId → TimeEntryView[]; POST `/:id/approve`. staff too. */
  timeEntries: '/api/workshop/time-entries',
  /**
   * workshop: GET → SparePartView[]; POST ← SparePartRequest; PATCH `/:id`; GET `/:id/movements` →
   * StockMovementView[]; POST `/:id/movements` ← StockMovementRequest → SparePartView.
   */
  parts: '/api/workshop/parts',
  /**
   * workshop: GET ?q → BorrowerSummary[]; POST ← BorrowerCreateRequest → 201 BorrowerDetail; GET/PATCH `/:id`;
   * POST `/:id/eligibility` ← EligibilityRequest; POST `/:id/briefings` ← BriefingRequest → BorrowerDetail.
   */
  borrowers: '/api/workshop/borrowers',
  /** workshop: GET ?status → BikeWaitlistEntryView[]; POST ← BikeWaitlistRequest → 201; DELETE `/:id`. */
  waitlist: '/api/workshop/waitlist',
  /**
   * workshop: GET ?view=open|due_soon|overdue|returned|all&q → RentalSummary[]; POST `/check` ← HandoutCheckRequest
   * → HandoutCheckResponse; POST ← HandoutRequest (+ Idempotency-Key) → 201 RentalDetail; GET `/:id`;
   * GET `/:id/contract.pdf`; POST `/:id/extend` ← ExtendRequest; POST `/:id/return` ← ReturnRequest;
   * POST `/:id/cancel` (reserved); POST `/:id/lost`.
   */
  rentals: '/api/workshop/rentals',
  /** workshop: GET ?status → DamageCaseView[]; POST `/:id/decision` ← DamageDecisionRequest → DamageCaseView. */
  damageCases: '/api/workshop/damage-cases',
  /** resident: GET → MyBikeRentals (own rentals, waiting list, eligibility). */
  mine: '/api/workshop/mine',
  /** workshop, staff: GET → WorkshopSettingsView; PUT ← WorkshopSettingsRequest (staff, admin only). */
  settings: '/api/workshop/settings',
  /**
   * workshop, staff: GET ?from&to (YYYY-MM) → WorkshopReport; GET `/report.csv?from&to` (aggregates, cells < 5
   * suppressed); staff: GET `/hours.csv?month` (person-level hours per programme for the paying offices).
   */
  reports: '/api/workshop/reports',
} as const;
