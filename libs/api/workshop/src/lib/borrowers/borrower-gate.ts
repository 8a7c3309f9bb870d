import {
  HANDOUT_REFUSALS,
  type BorrowerGate,
  type EligibilityBasis,
  type HandoutRefusal,
} from '@zusammen/shared/contracts';

/** What the borrower gate looks at (workshop.md invariant 3), as of one local day. */
export interface BorrowerGateFacts {
  today: string;
  /** Latest `valid_until` of the recorded eligibility checks (null: none recorded). */
  eligibleUntil: string | null;
  eligibilityBasis: EligibilityBasis | null;
  /** At least one acknowledged briefing. */
  briefed: boolean;
  blockedUntil: string | null;
  /** Open (reserved or active) rentals, without the one being handed out. */
  openRentals: number;
  rentalLimit: number;
  isMinor: boolean;
  guardianConsentOn: string | null;
}

/**
 * The borrower gate: every reason that stops a handout to this person today, in the order of
 * HANDOUT_REFUSALS (empty: the person may rent). Eligibility counts through its last day; a block holds through
 * `blocked_until`. A minor without the guardian's written consent counts as not eligible.
 */
export function borrowerRefusals(facts: BorrowerGateFacts): HandoutRefusal[] {
  const found = new Set<HandoutRefusal>();
  if (facts.eligibleUntil === null) found.add('ELIGIBILITY_MISSING');
  else if (facts.eligibleUntil < facts.today) found.add('ELIGIBILITY_EXPIRED');
  if (facts.isMinor && facts.guardianConsentOn === null) found.add('ELIGIBILITY_MISSING');
  if (!facts.briefed) found.add('BRIEFING_MISSING');
  if (facts.blockedUntil !== null && facts.blockedUntil >= facts.today)
    found.add('BORROWER_BLOCKED');
  if (facts.openRentals >= facts.rentalLimit) found.add('RENTAL_LIMIT_REACHED');
  return HANDOUT_REFUSALS.filter((code) => found.has(code));
}

/** The gate as the API shows it. */
export function toBorrowerGate(facts: BorrowerGateFacts): BorrowerGate {
  return {
    eligibleUntil: facts.eligibleUntil,
    eligibilityBasis: facts.eligibilityBasis,
    briefed: facts.briefed,
    blockedUntil: facts.blockedUntil,
    openRentals: facts.openRentals,
    refusals: borrowerRefusals(facts),
  };
}
