import type { Locale } from './locale';

/**
 * Patenmodell (town concept §7.1; ../shared/domain/sponsorship.md). Vocabulary shared by API and web; the
 * web app words every code in five languages (`sponsorship.<vocabulary>.<code>`).
 */

/** Districts (Ortsteile) of Borken; proximity is computed from their approximate centres. */
export const BORKEN_DISTRICTS = [
  'innenstadt',
  'gemen',
  'weseke',
  'burlo',
  'borkenwirthe',
  'marbeck',
  'hoxfeld',
  'rhedebruegge',
  'gruetlohn',
  'westenborken',
  'gemenwirthe',
  'hovesath',
] as const;
export type BorkenDistrict = (typeof BORKEN_DISTRICTS)[number];

/** What a volunteer helps with / what a family needs (one vocabulary, so needs ↔ help areas compare). */
export const SUPPORT_AREAS = [
  'authorities',
  'school',
  'german',
  'leisure',
  'work',
  'housing',
  'health',
] as const;
export type SupportArea = (typeof SUPPORT_AREAS)[number];

export const LANGUAGE_LEVELS = ['basic', 'good', 'fluent', 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** A spoken language: ISO 639-1 code (`de`, `ar`, `ku`, `ti`, …) and how well. */
export interface SpokenLanguage {
  code: string;
  level: LanguageLevel;
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
/** A weekly slot, e.g. `tue-evening`. */
export type AvailabilitySlot = `${(typeof WEEKDAYS)[number]}-${(typeof PARTS_OF_DAY)[number]}`;
export const AVAILABILITY_SLOTS: readonly AvailabilitySlot[] = WEEKDAYS.flatMap((d) =>
  PARTS_OF_DAY.map((p) => `${d}-${p}` as AvailabilitySlot),
);

export const GENDER_PREFERENCES = ['none', 'female', 'male'] as const;
export type GenderPreference = (typeof GENDER_PREFERENCES)[number];

/** A person's gender as they state it themselves (volunteers, family members). */
export const PERSON_GENDERS = ['female', 'male', 'diverse'] as const;
export type PersonGender = (typeof PERSON_GENDERS)[number];

export const VOLUNTEER_STATUSES = [
  'registered',
  'in_vetting',
  'approved',
  'rejected',
  'withdrawn',
  'paused',
  'inactive',
] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

/** Vetting steps recorded by staff; the certificate check (§ 72a SGB VIII) is its own ledger. */
export const VETTING_STEP_KINDS = [
  'info_event',
  'interview',
  'training',
  'self_commitment',
] as const;
export type VettingStepKind = (typeof VETTING_STEP_KINDS)[number];
/** Steps every volunteer needs before approval (plus a clear certificate when paired with minors). */
export const REQUIRED_VETTING_STEPS: readonly VettingStepKind[] = [
  'info_event',
  'interview',
  'training',
];

/** Re-inspection of the certificate, counted from its issue date (practice, configurable later). */
export const CERTIFICATE_VALID_YEARS = 5;
/** A certificate must be at most this old when staff inspect it (§ 30a BZRG practice). */
export const CERTIFICATE_MAX_AGE_MONTHS_AT_INSPECTION = 3;

export const SPONSORSHIP_ROUTES = {
  /** Volunteer's own profile: GET → VolunteerProfileResponse (404 before it exists); PUT ← VolunteerProfileRequest. */
  myProfile: '/api/sponsorship/me',
  /**
   * Staff: GET ?q&status&cursor → VolunteerListResponse. `${volunteers}/:id`: GET → VolunteerDetail;
   * POST `${volunteers}/:id/vetting-steps` ← RecordVettingStepRequest; PUT `${volunteers}/:id/certificate`
   * ← RecordCertificateRequest; POST `${volunteers}/:id/status` ← ChangeVolunteerStatusRequest.
   */
  volunteers: '/api/sponsorship/volunteers',
  /**
   * Staff: GET ?q&status&cursor → FamilyListResponse; POST ← FamilyRequest → 201 FamilyDetail.
   * `${families}/:id`: GET → FamilyDetail (staff note read is audited); PUT ← FamilyRequest;
   * POST `${families}/:id/consent` ← RecordConsentRequest; POST `${families}/:id/consent/withdraw`.
   */
  families: '/api/sponsorship/families',
} as const;

export interface VolunteerProfileRequest {
  languages: SpokenLanguage[];
  district: BorkenDistrict;
  /** How far the volunteer will travel, straight-line km between district centres (1–30). */
  maxDistanceKm: number;
  availability: AvailabilitySlot[];
  supportAreas: SupportArea[];
  /** How many families at once (1–5). */
  capacity: number;
  acceptsFamiliesWithChildren: boolean;
  /** Preferred gender of the person accompanied; `none` = no preference. */
  genderPreference: GenderPreference;
  /**
   * The volunteer's own gender, stated voluntarily; null = not stated. It is used only so that families who
   * wish for a female or a male sponsor can be matched (hard filter H5): a volunteer who did not state it
   * is proposed only to families without such a preference.
   */
  gender: PersonGender | null;
  /** Short free text (≤ 1,000 characters), shown to staff. */
  about: string;
}

export interface VettingStepRecord {
  kind: VettingStepKind;
  completedOn: string;
  recordedBy: { id: string; displayName: string } | null;
}

/** The § 72a ledger entry: dates and yes/no only, never a copy of the certificate. */
export interface CertificateRecord {
  issuedOn: string;
  inspectedOn: string;
  /** True when the certificate has an entry relevant under § 72a (then the volunteer cannot be approved). */
  relevantEntry: boolean;
  /** issuedOn + CERTIFICATE_VALID_YEARS. */
  renewalDueOn: string;
  recordedBy: { id: string; displayName: string } | null;
}

export interface VolunteerProfileResponse extends VolunteerProfileRequest {
  id: string;
  status: VolunteerStatus;
  vettingSteps: VettingStepRecord[];
  /** Only whether and until when — the volunteer sees their own ledger entry. */
  certificate: CertificateRecord | null;
  /** Open pairings (filled in once pairings exist). */
  openPairings: number;
  updatedAt: string;
}

export interface VolunteerSummary {
  id: string;
  userId: string;
  displayName: string;
  status: VolunteerStatus;
  district: BorkenDistrict;
  languages: SpokenLanguage[];
  capacity: number;
  openPairings: number;
  /** Required steps done / required. */
  vettingProgress: { done: number; required: number };
  certificateRenewalDueOn: string | null;
}

export interface VolunteerListResponse {
  items: VolunteerSummary[];
  nextCursor: string | null;
}

export interface VolunteerDetail extends VolunteerProfileResponse {
  userId: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  locale: Locale;
}

export interface RecordVettingStepRequest {
  kind: VettingStepKind;
  /** ISO date (YYYY-MM-DD), not in the future. */
  completedOn: string;
}

export interface RecordCertificateRequest {
  issuedOn: string;
  inspectedOn: string;
  relevantEntry: boolean;
}

export interface ChangeVolunteerStatusRequest {
  status: VolunteerStatus;
  /** Required for rejected, withdrawn, paused, inactive. */
  reason?: string;
}

export const FAMILY_STATUSES = ['waiting', 'in_pairing', 'closed'] as const;
export type FamilyStatus = (typeof FAMILY_STATUSES)[number];

export const AGE_BANDS = ['0-5', '6-11', '12-17', '18-26', '27-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
/** Age bands under 18: a household with one of them needs a volunteer with a clear certificate. */
export const MINOR_AGE_BANDS: readonly AgeBand[] = ['0-5', '6-11', '12-17'];

export const CONTACT_CHANNELS = ['phone', 'sms', 'messenger', 'email', 'via_staff'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export interface FamilyMember {
  /** First name or alias as the family wishes (no full names needed). */
  alias: string;
  ageBand: AgeBand;
  gender?: PersonGender;
}

export interface FamilyRequest {
  /** The contact person's name as they wish to be addressed. */
  contactName: string;
  contactChannel: ContactChannel;
  contactPhone?: string;
  preferredLocale: Locale;
  district: BorkenDistrict;
  languages: SpokenLanguage[];
  members: FamilyMember[];
  needs: SupportArea[];
  availability: AvailabilitySlot[];
  /** Gender of the volunteer the family prefers; `none` = no preference. */
  volunteerGenderPreference: GenderPreference;
  /** An interpreter can join meetings, so a shared language is not required. */
  interpreterAvailable: boolean;
  urgent: boolean;
  /** Sensitive free text for staff only (reads are audited); ≤ 2,000 characters. */
  staffNote?: string;
}

export interface ConsentRecord {
  /** Version of the consent text the family agreed to, e.g. `patenschaft-2026-11`. */
  textVersion: string;
  /** What the consent covers, e.g. `matching,contact-sharing`. */
  scope: string;
  grantedOn: string;
  withdrawnOn: string | null;
  recordedBy: { id: string; displayName: string } | null;
}

export interface RecordConsentRequest {
  textVersion: string;
  scope: string;
  grantedOn: string;
}

export interface FamilySummary {
  id: string;
  contactName: string;
  district: BorkenDistrict;
  status: FamilyStatus;
  waitingSince: string;
  memberCount: number;
  hasMinors: boolean;
  languages: SpokenLanguage[];
  needs: SupportArea[];
  urgent: boolean;
  consentGiven: boolean;
}

export interface FamilyListResponse {
  items: FamilySummary[];
  nextCursor: string | null;
}

export interface FamilyDetail extends Omit<FamilyRequest, 'staffNote'> {
  id: string;
  status: FamilyStatus;
  waitingSince: string;
  staffNote: string | null;
  consent: ConsentRecord | null;
  createdAt: string;
  updatedAt: string;
}

export enum SponsorshipErrorCode {
  VolunteerProfileMissing = 'VOLUNTEER_PROFILE_MISSING',
  /** A status change the volunteer state machine does not allow. */
  VolunteerInvalidTransition = 'VOLUNTEER_INVALID_TRANSITION',
  /** Approval without every required vetting step, or with a relevant certificate entry. */
  VettingIncomplete = 'VETTING_INCOMPLETE',
  /** Certificate dates break the 3-month rule or lie in the future. */
  CertificateDatesInvalid = 'CERTIFICATE_DATES_INVALID',
  /** Matching or pairing for a family without recorded consent. */
  ConsentMissing = 'CONSENT_MISSING',
  PairingNotFound = 'PAIRING_NOT_FOUND',
  ProposalNotFound = 'PROPOSAL_NOT_FOUND',
  /** No match run with this id, or no batch run yet (`${PAIRING_ROUTES.matchRuns}/latest`). */
  MatchRunNotFound = 'MATCH_RUN_NOT_FOUND',
  /** An action the pairing transition table does not allow in this state or for this actor (invariant 7). */
  PairingInvalidTransition = 'PAIRING_INVALID_TRANSITION',
  /** The volunteer has no free capacity left (invariant 1). */
  CapacityExceeded = 'CAPACITY_EXCEEDED',
  /** The family already has an open pairing (invariant 2). */
  FamilyHasOpenPairing = 'FAMILY_HAS_OPEN_PAIRING',
  /** A hard filter fails for this pair; `details.filter` names it (H1–H7). */
  PairNotFeasible = 'PAIR_NOT_FEASIBLE',
  /** The proposal is older than a change to the volunteer or the family. */
  ProposalStale = 'PROPOSAL_STALE',
  /** The proposal was already offered, rejected or overridden. */
  ProposalNotOpen = 'PROPOSAL_NOT_OPEN',
  /** Staff chose someone other than the suggestion without saying why. */
  OverrideReasonRequired = 'OVERRIDE_REASON_REQUIRED',
  /** `confirm` before enough trial contacts were logged. */
  TrialMeetingsMissing = 'TRIAL_MEETINGS_MISSING',
  /** Contacts can only be logged in trial, active or paused pairings (invariant 8). */
  CheckInNotAllowed = 'CHECK_IN_NOT_ALLOWED',
  /** A volunteer with open pairings cannot become inactive. */
  VolunteerHasOpenPairings = 'VOLUNTEER_HAS_OPEN_PAIRINGS',
}

/**
 * Hard filters H1–H7 (sponsorship.md § 6), in the order they are checked. A pair is feasible only when all
 * pass; the first failing one is the reason shown to the coordinator ("why no candidate?").
 */
export const HARD_FILTER_CODES = [
  'H1_ELIGIBLE',
  'H2_CERTIFICATE',
  'H3_LANGUAGE',
  'H4_DISTANCE',
  'H5_GENDER',
  'H6_EXCLUSION',
  'H7_FAMILY_OPEN',
] as const;
export type HardFilterCode = (typeof HARD_FILTER_CODES)[number];
/** How many candidates each filter removed (each counted at its first failing filter). */
export type ExclusionCounts = Record<HardFilterCode, number>;

/** Score components in display order (sponsorship.md § 6). */
export const MATCH_COMPONENTS = [
  'language',
  'proximity',
  'availability',
  'lifeStage',
  'needsFit',
  'waitingBonus',
  'urgency',
] as const;
export type MatchComponent = (typeof MATCH_COMPONENTS)[number];

/** Relative importance of each component; any non-negative numbers, normalised to sum 1 before use. */
export type MatchWeights = Record<MatchComponent, number>;

export interface ComponentScore {
  /** sᵢ ∈ [0, 1]. */
  value: number;
  /** wᵢ after normalisation (Σ wᵢ = 1). */
  weight: number;
  /** wᵢ·sᵢ. */
  contribution: number;
}

export interface ScoreBreakdown {
  /** Σ wᵢ·sᵢ ∈ [0, 1]. */
  total: number;
  components: Record<MatchComponent, ComponentScore>;
}

/** GET `${SPONSORSHIP_ROUTES.families}/:id/candidates` (staff): the best volunteers for one family. */
export const CANDIDATES_PATH_SUFFIX = '/candidates';

export interface FamilyCandidate {
  volunteer: {
    id: string;
    displayName: string;
    district: BorkenDistrict;
    languages: SpokenLanguage[];
    freeCapacity: number;
  };
  /** Straight-line km between the district centres. */
  distanceKm: number;
  score: ScoreBreakdown;
}

export interface FamilyCandidatesResponse {
  familyId: string;
  /** At most five, best first (ties: higher total, then volunteer id). */
  candidates: FamilyCandidate[];
  /** Volunteers looked at (every volunteer profile) and how many passed every hard filter. */
  consideredCount: number;
  feasibleCount: number;
  /** Why the others were left out: the first failing filter of each. */
  exclusions: ExclusionCounts;
  /** The weights used (normalised), so the proposal can be evaluated later. */
  weights: MatchWeights;
  /** The settings version the weights come from (SponsorshipSettingsResponse.version). */
  weightsVersion: number;
  /** Borken date the waiting bonus and certificate validity were computed for (YYYY-MM-DD). */
  today: string;
}
