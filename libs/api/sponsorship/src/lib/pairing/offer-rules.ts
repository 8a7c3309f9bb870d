import type { FieldErrors } from '@zusammen/api/core';
import { SponsorshipErrorCode, type HardFilterCode } from '@zusammen/shared/contracts';

export const OVERRIDE_REASON_MAX_LENGTH = 500;

/** The offer request as the DTO lets it through: either a proposal, or a family and a volunteer. */
export interface OfferInput {
  proposalId?: string;
  familyId?: string;
  volunteerId?: string;
  overrideReason?: string;
}

/** The two shapes of OfferPairingRequest are exclusive; a reason belongs to a free choice only. */
export function offerRequestProblems(input: OfferInput): FieldErrors {
  const problems: FieldErrors = {};
  const add = (field: string, message: string) => {
    (problems[field] ??= []).push(message);
  };
  if (input.proposalId !== undefined) {
    for (const field of ['familyId', 'volunteerId', 'overrideReason'] as const)
      if (input[field] !== undefined) add(field, `${field} is not used with proposalId`);
    return problems;
  }
  if (input.familyId === undefined) add('familyId', 'familyId or proposalId is required');
  if (input.volunteerId === undefined) add('volunteerId', 'volunteerId or proposalId is required');
  if (
    input.overrideReason !== undefined &&
    input.overrideReason.length > OVERRIDE_REASON_MAX_LENGTH
  )
    add(
      'overrideReason',
      `overrideReason must be at most ${OVERRIDE_REASON_MAX_LENGTH} characters`,
    );
  return problems;
}

export interface OfferFailure {
  code:
    | SponsorshipErrorCode.ConsentMissing
    | SponsorshipErrorCode.CapacityExceeded
    | SponsorshipErrorCode.FamilyHasOpenPairing
    | SponsorshipErrorCode.PairNotFeasible;
  details: Record<string, unknown>;
}

/** The facts the offer knows after locking both rows (the matching core's view plus raw counts). */
export interface OfferFacts {
  volunteerEligible: boolean;
  capacity: number;
  openPairings: number;
  familyHasOpenPairing: boolean;
  consentGiven: boolean;
}

/**
 * Why an offer cannot go ahead, from the first failing hard filter (null: it can). Consent comes first, as it is
 * the family's precondition for any matching; the filters that have their own error code use it (H1 with the
 * volunteer approved but full → CAPACITY_EXCEEDED, H7 with an open pairing → FAMILY_HAS_OPEN_PAIRING), every
 * other one is PAIR_NOT_FEASIBLE naming the filter.
 */
export function offerFailure(
  filter: HardFilterCode | null,
  facts: OfferFacts,
): OfferFailure | null {
  if (!facts.consentGiven) return { code: SponsorshipErrorCode.ConsentMissing, details: {} };
  if (filter === null) return null;
  if (filter === 'H1_ELIGIBLE' && facts.volunteerEligible)
    return {
      code: SponsorshipErrorCode.CapacityExceeded,
      details: { capacity: facts.capacity, openPairings: facts.openPairings },
    };
  if (filter === 'H7_FAMILY_OPEN' && facts.familyHasOpenPairing)
    return { code: SponsorshipErrorCode.FamilyHasOpenPairing, details: {} };
  return { code: SponsorshipErrorCode.PairNotFeasible, details: { filter } };
}

/**
 * A free choice needs a reason when it departs from what the software suggested: the family's best candidate
 * now, or an open batch proposal naming someone else.
 */
export function overrideReasonRequired(choice: {
  volunteerId: string;
  topCandidateId: string | null;
  openProposalVolunteerIds: readonly string[];
}): boolean {
  return (
    choice.topCandidateId !== choice.volunteerId ||
    choice.openProposalVolunteerIds.some((id) => id !== choice.volunteerId)
  );
}
