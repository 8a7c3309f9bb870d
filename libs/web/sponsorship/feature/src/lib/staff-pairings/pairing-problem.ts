import type { HardFilterCode } from '@zusammen/shared/contracts';
import { HARD_FILTER_CODES, SponsorshipErrorCode } from '@zusammen/shared/contracts';
import { adminProblemOf, profileFailureOf } from '@zusammen/web/core';

/** Why a pairing request failed, as a key under `staffPairings.problems`. */
export type PairingProblemKey =
  | 'invalidTransition'
  | 'trialMeetingsMissing'
  | 'checkInNotAllowed'
  | 'capacityExceeded'
  | 'familyHasOpenPairing'
  | 'pairNotFeasible'
  | 'proposalStale'
  | 'proposalNotOpen'
  | 'overrideReasonRequired'
  | 'consentMissing'
  | 'invalid'
  | 'notFound'
  | 'forbidden'
  | 'network'
  | 'unexpected';

export interface PairingProblem {
  key: PairingProblemKey;
  /** PAIR_NOT_FEASIBLE: the hard filter that failed (`details.filter`), when the API names a known one. */
  filter: HardFilterCode | null;
}

const BY_CODE: Readonly<Record<string, PairingProblemKey>> = {
  [SponsorshipErrorCode.PairingInvalidTransition]: 'invalidTransition',
  [SponsorshipErrorCode.TrialMeetingsMissing]: 'trialMeetingsMissing',
  [SponsorshipErrorCode.CheckInNotAllowed]: 'checkInNotAllowed',
  [SponsorshipErrorCode.CapacityExceeded]: 'capacityExceeded',
  [SponsorshipErrorCode.FamilyHasOpenPairing]: 'familyHasOpenPairing',
  [SponsorshipErrorCode.PairNotFeasible]: 'pairNotFeasible',
  [SponsorshipErrorCode.ProposalStale]: 'proposalStale',
  [SponsorshipErrorCode.ProposalNotOpen]: 'proposalNotOpen',
  [SponsorshipErrorCode.OverrideReasonRequired]: 'overrideReasonRequired',
  [SponsorshipErrorCode.ConsentMissing]: 'consentMissing',
  [SponsorshipErrorCode.PairingNotFound]: 'notFound',
};

/** One explanation in words for a failed offer, transition or check-in (the API's code decides). */
export function pairingProblemOf(error: unknown): PairingProblem {
  const failure = profileFailureOf(error);
  const named = failure.fields['filter']?.[0] ?? failure.reason;
  const filter = HARD_FILTER_CODES.find((code) => code === named) ?? null;
  if (failure.code !== null && Object.hasOwn(BY_CODE, failure.code)) {
    return { key: BY_CODE[failure.code], filter };
  }
  if (failure.status === 422 || failure.status === 400) return { key: 'invalid', filter: null };
  const general = adminProblemOf(failure);
  const key: PairingProblemKey =
    general === 'notFound' || general === 'forbidden' || general === 'network'
      ? general
      : 'unexpected';
  return { key, filter: null };
}
