import type { Locale } from './locale';
import type {
  BikeWaitlistStatus,
  ContractType,
  CycleType,
  DamageCaseStatus,
  DamageDecision,
  DepositStatus,
  EligibilityBasis,
  EligibilityDocument,
  FeeStatus,
  HandoutRefusal,
  InspectionItemResult,
  ReminderChannel,
  RentalStatus,
  SignatureKind,
} from './workshop';
import type { WorkshopPhotoView } from './workshop-bikes-api';

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
