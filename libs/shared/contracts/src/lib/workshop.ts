/**
 * Fahrradwerkstatt / Fahrradverleih (domain brief workshop.md): bikes with two status axes, provenance, work
 * orders, parts stock, StVZO inspections, borrowers with eligibility and briefing, rentals, damage cases.
 * Dates without a time (`YYYY-MM-DD`) are local dates in Europe/Berlin; instants are ISO 8601 in UTC.
 */

/** Where a bike came from (Herkunft). */
export const BIKE_SOURCES = ['donation', 'lost_and_found', 'purchase'] as const;
export type BikeSource = (typeof BIKE_SOURCES)[number];

/** Legal basis on which the workshop owns a bike (lost-and-found: §§ 973, 976 BGB). */
export const OWNERSHIP_BASES = ['donation', 'finder_waived', 'municipality', 'purchase'] as const;
export type OwnershipBasis = (typeof OWNERSHIP_BASES)[number];

export const POLICE_CHECK_RESULTS = ['clear', 'flagged', 'not_possible'] as const;
export type PoliceCheckResult = (typeof POLICE_CHECK_RESULTS)[number];

export const FRAME_NO_STATUSES = ['present', 'none', 'illegible'] as const;
export type FrameNoStatus = (typeof FRAME_NO_STATUSES)[number];

export const CYCLE_TYPES = ['city', 'trekking', 'mtb', 'children', 'cargo', 'tricycle'] as const;
export type CycleType = (typeof CYCLE_TYPES)[number];

/** Pedelecs (≤ 250 W, ≤ 25 km/h) are bicycles; S-pedelecs and throttle e-bikes are motor vehicles: never lent. */
export const PROPULSIONS = ['pedal', 'pedelec', 's_pedelec', 'throttle'] as const;
export type Propulsion = (typeof PROPULSIONS)[number];
export const UNLENDABLE_PROPULSIONS = [
  's_pedelec',
  'throttle',
] as const satisfies readonly Propulsion[];

export const LIGHTING_KINDS = ['dynamo', 'battery', 'detachable', 'none'] as const;
export type LightingKind = (typeof LIGHTING_KINDS)[number];

/** Condition grade at intake (Zustand). */
export const CONDITION_GRADES = ['like_new', 'good', 'fair', 'poor', 'parts_only'] as const;
export type ConditionGrade = (typeof CONDITION_GRADES)[number];

/** Technical state axis (technischer Zustand), workshop.md § 2. */
export const TECHNICAL_STATES = [
  'intake',
  'assessment',
  'on_hold',
  'in_repair',
  'awaiting_parts',
  'inspection',
  'roadworthy',
  'defective',
  'retired',
  'missing',
  'stolen',
] as const;
export type TechnicalState = (typeof TECHNICAL_STATES)[number];

/** Availability axis (Verfügbarkeit); "overdue" is derived, never stored. */
export const BIKE_AVAILABILITIES = ['not_lendable', 'available', 'reserved', 'on_loan'] as const;
export type BikeAvailability = (typeof BIKE_AVAILABILITIES)[number];
export const LENDABLE_AVAILABILITIES = [
  'available',
  'reserved',
] as const satisfies readonly BikeAvailability[];

export const RETIREMENT_REASONS = [
  'scrap',
  'parts_donor',
  'sold',
  'given_away',
  'returned_to_owner',
] as const;
export type RetirementReason = (typeof RETIREMENT_REASONS)[number];

export const WORK_ORDER_STATUSES = [
  'draft',
  'queued',
  'in_progress',
  'awaiting_parts',
  'done',
  'cancelled',
] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];
export const OPEN_WORK_ORDER_STATUSES = [
  'draft',
  'queued',
  'in_progress',
  'awaiting_parts',
] as const satisfies readonly WorkOrderStatus[];

/** Stock movement kinds; `quantity` is signed (receipt > 0, consumption/cannibalised < 0, correction either). */
export const STOCK_MOVEMENT_KINDS = [
  'receipt',
  'consumption',
  'cannibalised',
  'correction',
] as const;
export type StockMovementKind = (typeof STOCK_MOVEMENT_KINDS)[number];

/** Work programmes whose hours are counted (volunteer, § 5 AsylbLG, § 16d SGB II). */
export const WORK_PROGRAMMES = ['volunteer', 'asylblg_5', 'sgb2_16d'] as const;
export type WorkProgramme = (typeof WORK_PROGRAMMES)[number];

export const INSPECTION_ITEM_RESULTS = ['pass', 'fail', 'na'] as const;
export type InspectionItemResult = (typeof INSPECTION_ITEM_RESULTS)[number];
export const INSPECTION_RESULTS = ['passed', 'failed'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

/** One item of the versioned inspection checklist (labels live in the web catalogs under `workshop.check.<key>`). */
export interface InspectionTemplateItem {
  key: string;
  /** Legal reference shown next to the item, e.g. "§ 65 StVZO"; null for workshop practice items. */
  stvzoRef: string | null;
  /** A mandatory item must pass: `na` is not accepted. */
  mandatory: boolean;
}

/** Checklist version 1 (workshop.md § 3). A new version is a new row in `inspection_template`, never an edit. */
export const INSPECTION_TEMPLATE_V1: readonly InspectionTemplateItem[] = [
  { key: 'brakes', stvzoRef: '§ 65 StVZO', mandatory: true },
  { key: 'bell', stvzoRef: '§ 64a StVZO', mandatory: true },
  { key: 'headlight', stvzoRef: '§ 67 StVZO', mandatory: true },
  { key: 'front_reflector', stvzoRef: '§ 67 StVZO', mandatory: true },
  { key: 'rear_light', stvzoRef: '§ 67 StVZO', mandatory: true },
  { key: 'rear_reflector', stvzoRef: '§ 67 StVZO', mandatory: true },
  { key: 'side_reflectors', stvzoRef: '§ 67 StVZO', mandatory: true },
  { key: 'pedal_reflectors', stvzoRef: '§ 67 StVZO', mandatory: true },
  { key: 'tyres', stvzoRef: null, mandatory: true },
  { key: 'spokes_wheels', stvzoRef: null, mandatory: true },
  { key: 'chain', stvzoRef: null, mandatory: true },
  { key: 'frame_fork', stvzoRef: null, mandatory: true },
  { key: 'saddle_handlebar', stvzoRef: null, mandatory: true },
  { key: 'quick_releases', stvzoRef: null, mandatory: false },
];

/** Legal basis of the benefit (never a copy of the notice: only the verification result). */
export const ELIGIBILITY_BASES = ['asylblg', 'sgb2', 'sgb12'] as const;
export type EligibilityBasis = (typeof ELIGIBILITY_BASES)[number];

/** What the desk saw when verifying (no copy is kept). */
export const ELIGIBILITY_DOCUMENTS = [
  'benefit_notice',
  'residence_permit',
  'jobcenter_letter',
  'other',
] as const;
export type EligibilityDocument = (typeof ELIGIBILITY_DOCUMENTS)[number];

/** How a borrower wants to be reminded; `phone` means the desk calls (call list), there is no message. */
export const REMINDER_CHANNELS = ['email', 'in_app', 'phone'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

export const RENTAL_STATUSES = [
  'reserved',
  'active',
  'returned',
  'closed',
  'cancelled',
  'lost',
] as const;
export type RentalStatus = (typeof RENTAL_STATUSES)[number];
/** Open rentals: at most one per bike (partial unique index). */
export const OPEN_RENTAL_STATUSES = [
  'reserved',
  'active',
] as const satisfies readonly RentalStatus[];

/** With a fee the contract is a rental (Miete, §§ 535 ff. BGB); free of charge a loan (Leihe, §§ 598 ff.). */
export const CONTRACT_TYPES = ['miete', 'leihe'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const FEE_STATUSES = ['paid', 'waived', 'open'] as const;
export type FeeStatus = (typeof FEE_STATUSES)[number];

export const DEPOSIT_STATUSES = ['held', 'returned', 'kept', 'waived'] as const;
export type DepositStatus = (typeof DEPOSIT_STATUSES)[number];

export const SIGNATURE_KINDS = ['on_screen', 'paper'] as const;
export type SignatureKind = (typeof SIGNATURE_KINDS)[number];

export const RENTAL_ACCESSORIES = ['lock', 'lights', 'helmet', 'basket', 'child_seat'] as const;
export type RentalAccessory = (typeof RENTAL_ACCESSORIES)[number];

/** Decision on a damage case; a claim must be raised within 6 months of the return (§ 548 BGB). */
export const DAMAGE_DECISIONS = ['none', 'repair', 'charge', 'offset_deposit'] as const;
export type DamageDecision = (typeof DAMAGE_DECISIONS)[number];
export const DAMAGE_CASE_STATUSES = ['open', 'decided', 'time_barred'] as const;
export type DamageCaseStatus = (typeof DAMAGE_CASE_STATUSES)[number];
/** § 548 BGB: claims for deterioration expire six months after the return. */
export const CLAIM_DEADLINE_MONTHS = 6;

export const BIKE_WAITLIST_STATUSES = [
  'waiting',
  'offered',
  'fulfilled',
  'cancelled',
  'expired',
] as const;
export type BikeWaitlistStatus = (typeof BIKE_WAITLIST_STATUSES)[number];
export const OPEN_BIKE_WAITLIST_STATUSES = [
  'waiting',
  'offered',
] as const satisfies readonly BikeWaitlistStatus[];

/** What a photo shows. */
export const WORKSHOP_PHOTO_KINDS = ['bike', 'damage', 'handout', 'return'] as const;
export type WorkshopPhotoKind = (typeof WORKSHOP_PHOTO_KINDS)[number];

/** Handout refusal codes (workshop.md § 6), each a 409/422 `code` of the API. */
export const HANDOUT_REFUSALS = [
  'BIKE_NOT_AVAILABLE',
  'INSPECTION_MISSING',
  'INSPECTION_EXPIRED',
  'ELIGIBILITY_MISSING',
  'ELIGIBILITY_EXPIRED',
  'BRIEFING_MISSING',
  'BORROWER_BLOCKED',
  'RENTAL_LIMIT_REACHED',
] as const;
export type HandoutRefusal = (typeof HANDOUT_REFUSALS)[number];

/** Inventory numbers are shown as `FR-0042` (Fahrrad) on labels, contracts and in the UI. */
export function formatInventoryNo(n: number): string {
  return `FR-${String(n).padStart(4, '0')}`;
}

/** Accepts `FR-0042`, `fr42`, `42` or a label URL ending in the number; null when nothing matches. */
export function parseInventoryNo(input: string): number | null {
  const match = /(?:^|[^0-9])0*([1-9][0-9]{0,8})\s*$/.exec(input.trim());
  return match ? Number(match[1]) : null;
}
