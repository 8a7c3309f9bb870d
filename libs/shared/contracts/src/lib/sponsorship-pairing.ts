import type {
  BorkenDistrict,
  ContactChannel,
  FamilyMember,
  MatchComponent,
  MatchWeights,
  ScoreBreakdown,
  SpokenLanguage,
  SupportArea,
  VolunteerStatus,
} from './sponsorship';

/**
 * Patenmodell, second half: proposals, pairings (Patenschaften) with their transition history, contacts
 * (check-ins), follow-up settings and reports. The transition table below drives the API and the UI alike
 * (sponsorship.md § 2, invariant 7).
 */

/**
 * Pairing states. `accepted` sits between `offered` and `intro_scheduled`: the issue names the volunteer's
 * acceptance as its own step, and staff need to see "accepted, first meeting still to arrange" in their queue.
 */
export const PAIRING_STATES = [
  'offered',
  'accepted',
  'intro_scheduled',
  'trial',
  'active',
  'paused',
  'declined',
  'ended',
] as const;
export type PairingState = (typeof PAIRING_STATES)[number];

/** States that count against the volunteer's capacity and block another pairing for the family. */
export const OPEN_PAIRING_STATES: readonly PairingState[] = [
  'offered',
  'accepted',
  'intro_scheduled',
  'trial',
  'active',
  'paused',
];
/** States in which contacts can be logged (invariant 8). */
export const CHECK_IN_STATES: readonly PairingState[] = ['trial', 'active', 'paused'];

export const PAIRING_ACTIONS = [
  'accept',
  'decline',
  'schedule_intro',
  'hold_intro',
  'confirm',
  'pause',
  'resume',
  'end',
] as const;
export type PairingAction = (typeof PAIRING_ACTIONS)[number];

/** Who may take an action: the pairing's volunteer, or staff (any staff member or admin). */
export type PairingActor = 'volunteer' | 'staff';

export interface PairingTransitionRule {
  from: readonly PairingState[];
  to: PairingState;
  actors: readonly PairingActor[];
}

/**
 * The only allowed state changes; anything else is PAIRING_INVALID_TRANSITION (409).
 * - accept: the volunteer (or staff for them, e.g. after a phone call) says yes to the offer.
 * - decline: either side says no before the trial starts; reason required; the pair is never proposed again.
 * - schedule_intro: staff arrange the moderated first meeting (date, time, place); contact details are shared now.
 * - hold_intro: staff record that the first meeting took place; the trial starts.
 * - confirm: after at least `trialMeetingsRequired` contacts both sides want to go on (staff record it).
 * - pause / resume: reason and expected resume date.
 * - end: from trial (trial not continued), active or paused; end reason from END_REASONS.
 */
export const PAIRING_TRANSITIONS: Record<PairingAction, PairingTransitionRule> = {
  accept: { from: ['offered'], to: 'accepted', actors: ['volunteer', 'staff'] },
  decline: {
    from: ['offered', 'accepted', 'intro_scheduled'],
    to: 'declined',
    actors: ['volunteer', 'staff'],
  },
  schedule_intro: {
    from: ['accepted', 'intro_scheduled'],
    to: 'intro_scheduled',
    actors: ['staff'],
  },
  hold_intro: { from: ['intro_scheduled'], to: 'trial', actors: ['staff'] },
  confirm: { from: ['trial'], to: 'active', actors: ['staff'] },
  pause: { from: ['active'], to: 'paused', actors: ['volunteer', 'staff'] },
  resume: { from: ['paused'], to: 'active', actors: ['volunteer', 'staff'] },
  end: { from: ['trial', 'active', 'paused'], to: 'ended', actors: ['volunteer', 'staff'] },
};

/** Actions the actor may take in a state, in display order. */
export function allowedPairingActions(state: PairingState, actor: PairingActor): PairingAction[] {
  return PAIRING_ACTIONS.filter((action) => {
    const rule = PAIRING_TRANSITIONS[action];
    return rule.from.includes(state) && rule.actors.includes(actor);
  });
}

export const DECLINE_REASONS = [
  'no_time',
  'distance',
  'language',
  'not_a_fit',
  'family_declined',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** Closure pathways (sponsorship.md § 2, after Spencer et al.); `safeguarding` is staff only. */
export const END_REASONS = [
  'completed',
  'life_change',
  'volunteer_dissatisfied',
  'family_dissatisfied',
  'contact_faded',
  'volunteer_unresponsive',
  'family_independent',
  'safeguarding',
] as const;
export type EndReason = (typeof END_REASONS)[number];
export const STAFF_ONLY_END_REASONS: readonly EndReason[] = ['safeguarding'];

/**
 * Derived when the pairing ends: from `trial` → trial_not_continued; otherwise planned when the commitment
 * (active_since + commitment_months) was reached, else premature. Premature ends and trials not continued
 * add a pair exclusion; a planned end does not.
 */
export const END_KINDS = ['planned', 'premature', 'trial_not_continued'] as const;
export type EndKind = (typeof END_KINDS)[number];

export const COMMITMENT_MONTHS = [6, 12] as const;
export type CommitmentMonths = (typeof COMMITMENT_MONTHS)[number];

export const PAIR_EXCLUSION_CAUSES = ['declined', 'dissolved', 'staff'] as const;
export type PairExclusionCause = (typeof PAIR_EXCLUSION_CAUSES)[number];

export const CHECK_IN_KINDS = ['meeting', 'phone', 'message', 'accompaniment'] as const;
export type CheckInKind = (typeof CHECK_IN_KINDS)[number];
/** `volunteer` = logged by the volunteer; `staff` = by a coordinator; `proxy` = staff entering for the family. */
export const CHECK_IN_ENTERED_BY = ['volunteer', 'staff', 'proxy'] as const;
export type CheckInEnteredBy = (typeof CHECK_IN_ENTERED_BY)[number];
export const NOTE_VISIBILITIES = ['shared', 'staff_only'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

export const PROPOSAL_STATUSES = ['open', 'offered', 'rejected', 'overridden'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
/** `single`: staff offered from the candidates of one family; `batch`: an optimal assignment run. */
export const MATCH_RUN_KINDS = ['single', 'batch'] as const;
export type MatchRunKind = (typeof MATCH_RUN_KINDS)[number];

export const PAIRING_ROUTES = {
  /**
   * Staff: GET ?state&attention&q&cursor → PairingListResponse; POST ← OfferPairingRequest → 201 PairingDetail.
   * `${pairings}/:id`: GET → PairingDetail (staff see staff-only notes, audited);
   * POST `${pairings}/:id/transitions` ← PairingTransitionRequest → PairingDetail;
   * POST `${pairings}/:id/check-ins` ← CheckInRequest → 201 CheckInRecord.
   */
  pairings: '/api/sponsorship/pairings',
  /**
   * Volunteer: GET → MyPairingsResponse; `${myPairings}/:id`: GET → PairingDetail (no staff-only notes);
   * POST `${myPairings}/:id/transitions` (accept, decline, pause, resume, end);
   * POST `${myPairings}/:id/check-ins` ← CheckInRequest (enteredBy is always `volunteer`).
   */
  myPairings: '/api/sponsorship/me/pairings',
  /**
   * Staff: POST ← StartMatchRunRequest → 201 MatchRunResponse (batch proposal for every waiting family with
   * consent); GET `${matchRuns}/latest` → MatchRunResponse (404 when none); GET `${matchRuns}/:id`.
   */
  matchRuns: '/api/sponsorship/match-runs',
  /** Staff: POST `${proposals}/:id/reject` ← RejectProposalRequest → MatchProposalItem. */
  proposals: '/api/sponsorship/proposals',
  /** Staff and admin: GET → SponsorshipSettingsResponse; PUT ← SponsorshipSettingsRequest → same (new version). */
  settings: '/api/sponsorship/settings',
  /** Staff: GET ?from&to → SponsorshipReport; GET `${reports}.csv?from&to` → text/csv (no personal data). */
  reports: '/api/sponsorship/reports',
} as const;

export interface SponsorshipSettingsRequest {
  /** Relative weights, any non-negative numbers with a positive sum (normalised before use). */
  weights: MatchWeights;
  /** Alert the coordinator when an active or trial pairing has no contact for this many days (7–90). */
  noContactDays: number;
  /** Contacts needed in the trial before staff can confirm the pairing (1–10). */
  trialMeetingsRequired: number;
  /** Minimum score (0–1) for a batch proposal edge (τ). */
  minScore: number;
}

export interface SponsorshipSettingsResponse extends SponsorshipSettingsRequest {
  /** Increases with every change; stored with every proposal. */
  version: number;
  /** The weights as used (Σ = 1). */
  normalisedWeights: MatchWeights;
  updatedAt: string;
  updatedBy: { id: string; displayName: string } | null;
}

/** Staff offer a family to a volunteer: either an open batch proposal, or a free choice with its reason. */
export type OfferPairingRequest =
  | { proposalId: string; commitmentMonths: CommitmentMonths }
  | {
      familyId: string;
      volunteerId: string;
      commitmentMonths: CommitmentMonths;
      /**
       * Required when the volunteer is not the first suggestion for the family (or differs from an open
       * batch proposal for it): why staff chose differently (≤ 500 characters).
       */
      overrideReason?: string;
    };

export interface PairingTransitionRequest {
  action: PairingAction;
  /** decline: required. */
  declineReason?: DeclineReason;
  /** schedule_intro: ISO date-time of the first meeting (future). */
  introAt?: string;
  /** schedule_intro: where they meet (≤ 200 characters), e.g. "Haus der Begegnung, Raum 2". */
  introPlace?: string;
  /** pause: expected resume date (YYYY-MM-DD, future). */
  resumeOn?: string;
  /** end: required. `safeguarding` only for staff. */
  endReason?: EndReason;
  /** Free text: required for decline `other`, pause and end; ≤ 1,000 characters. */
  note?: string;
}

export interface PairingTransitionRecord {
  from: PairingState | null;
  to: PairingState;
  action: PairingAction | 'offer';
  at: string;
  by: { id: string; displayName: string } | null;
  /** Decline or end reason code, when there is one. */
  reason: string | null;
  /** Free text; staff only (null in volunteer responses unless the volunteer wrote it). */
  note: string | null;
}

export interface CheckInRequest {
  /** YYYY-MM-DD, not in the future, not before the trial started. */
  occurredOn: string;
  kind: CheckInKind;
  /** 5–600. */
  durationMinutes: number;
  /** What they did together (at least one). */
  topics: SupportArea[];
  /** How it is going, 1 (badly) – 5 (very well); optional. */
  pulse?: number;
  /** ≤ 2,000 characters. */
  note?: string;
  /** Staff only: `proxy` when entering for the family (e.g. with an interpreter). Volunteers always `volunteer`. */
  enteredBy?: Exclude<CheckInEnteredBy, 'volunteer'>;
  /** Staff only: `staff_only` hides the note from the volunteer. */
  noteVisibility?: NoteVisibility;
}

export interface CheckInRecord {
  id: string;
  occurredOn: string;
  kind: CheckInKind;
  durationMinutes: number;
  topics: SupportArea[];
  pulse: number | null;
  note: string | null;
  noteVisibility: NoteVisibility;
  enteredBy: CheckInEnteredBy;
  author: { id: string; displayName: string } | null;
  createdAt: string;
}

/** Why a pairing appears in the "needs attention" queue. */
export const ATTENTION_REASONS = [
  'no_contact',
  'offer_waiting',
  'intro_overdue',
  'trial_ready',
  'low_pulse',
] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

export interface PairingSummary {
  id: string;
  state: PairingState;
  /** `contactName` is null for the volunteer until the first meeting is arranged (see PairingDetail). */
  family: { id: string; contactName: string | null; district: BorkenDistrict };
  volunteer: { id: string; displayName: string };
  coordinator: { id: string; displayName: string } | null;
  /** When the current state was entered. */
  stateSince: string;
  lastContactOn: string | null;
  checkInCount: number;
  attention: AttentionReason[];
}

export interface PairingListResponse {
  items: PairingSummary[];
  nextCursor: string | null;
}

export interface PairingDetail {
  id: string;
  state: PairingState;
  commitmentMonths: CommitmentMonths;
  family: {
    id: string;
    /**
     * The family's name and its members' first names reach the volunteer only from intro_scheduled on, with the
     * contact details (data minimisation: an offer they decline never told them who the family is); null and
     * `alias: null` before that. Always present for staff.
     */
    contactName: string | null;
    district: BorkenDistrict;
    languages: SpokenLanguage[];
    members: (Omit<FamilyMember, 'alias'> & { alias: string | null })[];
    needs: SupportArea[];
    /** Only from intro_scheduled on, like the name; always for staff. */
    contactChannel: ContactChannel | null;
    contactPhone: string | null;
  };
  volunteer: {
    id: string;
    displayName: string;
    /** Staff only (null for the volunteer's own view). */
    email: string | null;
    phone: string | null;
  };
  coordinator: { id: string; displayName: string } | null;
  introAt: string | null;
  introPlace: string | null;
  trialStartedOn: string | null;
  activeSince: string | null;
  pausedUntil: string | null;
  endedOn: string | null;
  endKind: EndKind | null;
  endReason: EndReason | null;
  /** The proposal it came from: score, weights version and whether staff overrode the suggestion. */
  proposal: {
    id: string;
    score: number;
    weightsVersion: number;
    overrideReason: string | null;
  };
  history: PairingTransitionRecord[];
  checkIns: CheckInRecord[];
  /** Actions the caller may take now (from PAIRING_TRANSITIONS). */
  allowedActions: PairingAction[];
  /** Contacts logged in the trial vs needed before `confirm`. */
  trialMeetings: { done: number; required: number };
  attention: AttentionReason[];
  createdAt: string;
  updatedAt: string;
}

/** The volunteer's own pairings: open ones first, then the ended and declined ones of the last year. */
export interface MyPairingsResponse {
  items: PairingSummary[];
}

export interface StartMatchRunRequest {
  /** Try other weights without saving them; the current settings otherwise. */
  weights?: MatchWeights;
}

export interface MatchProposalItem {
  id: string;
  status: ProposalStatus;
  family: { id: string; contactName: string; district: BorkenDistrict; waitingSince: string };
  volunteer: { id: string; displayName: string; district: BorkenDistrict };
  score: ScoreBreakdown;
  distanceKm: number;
  decidedAt: string | null;
  decidedBy: { id: string; displayName: string } | null;
  /** Rejection or override reason. */
  reason: string | null;
  /** Set once staff offered it. */
  pairingId: string | null;
}

export interface MatchRunResponse {
  id: string;
  kind: MatchRunKind;
  createdAt: string;
  createdBy: { id: string; displayName: string } | null;
  weightsVersion: number | null;
  weights: MatchWeights;
  familyCount: number;
  volunteerCount: number;
  totalScore: number;
  /** Share of the total score each component contributed (Σ = 1), so no term silently dominates. */
  componentShares: Record<MatchComponent, number>;
  proposals: MatchProposalItem[];
  /** Waiting families without a proposal, with the number of volunteers each hard filter removed. */
  unassigned: { familyId: string; contactName: string; feasibleCount: number }[];
  durationMs: number;
}

export interface RejectProposalRequest {
  /** ≤ 500 characters. */
  reason: string;
}

export interface SponsorshipReportRequest {
  /** YYYY-MM-DD inclusive; default: one year back until today. */
  from?: string;
  to?: string;
}

export interface SponsorshipReport {
  from: string;
  to: string;
  /** Pairings that entered the trial in the period, per calendar month (YYYY-MM). */
  createdByMonth: { month: string; count: number }[];
  created: number;
  /** Now: trial + active + paused. */
  activeNow: number;
  ended: number;
  endedByReason: Record<EndReason, number>;
  endedByKind: Record<EndKind, number>;
  /** Median days from active_since to ended_on over pairings ended in the period; null without any. */
  medianDurationDays: number | null;
  /** Share of ends in the period that were premature or trials not continued (0–1); null without ends. */
  earlyClosureRate: number | null;
  /** Share of pairings that became active and reached 6 / 12 months. */
  reached6Months: number | null;
  reached12Months: number | null;
  /** Median days families waited from waiting_since to their first offer (offers in the period). */
  medianWaitingDays: number | null;
  familiesWaitingNow: number;
  /** Volunteers per status now (vetting funnel). */
  volunteersByStatus: Record<VolunteerStatus, number>;
  /** Contacts logged in the period and the mean per active pairing and month. */
  checkIns: number;
}
