import { HttpErrorResponse } from '@angular/common/http';
import type { HardFilterCode } from '@zusammen/shared/contracts';
import { HARD_FILTER_CODES, SponsorshipErrorCode } from '@zusammen/shared/contracts';
import { adminProblemOf, profileFailureOf } from '@zusammen/web/core';

/** Why an offer or a rejection did not go through, as a key under `matchRuns.actionProblems`. */
export type ProposalProblemKey =
  | 'proposalStale'
  | 'proposalNotOpen'
  | 'capacityExceeded'
  | 'familyHasOpenPairing'
  | 'pairNotFeasible'
  | 'consentMissing'
  | 'notFound'
  | 'invalid'
  | 'forbidden'
  | 'network'
  | 'unexpected';

export interface ProposalProblem {
  key: ProposalProblemKey;
  /** For `pairNotFeasible`: the rule that fails now (`details.filter`), when the server named one. */
  filter: HardFilterCode | null;
}

const BY_CODE: Readonly<Partial<Record<string, ProposalProblemKey>>> = {
  [SponsorshipErrorCode.ProposalStale]: 'proposalStale',
  [SponsorshipErrorCode.ProposalNotOpen]: 'proposalNotOpen',
  [SponsorshipErrorCode.CapacityExceeded]: 'capacityExceeded',
  [SponsorshipErrorCode.FamilyHasOpenPairing]: 'familyHasOpenPairing',
  [SponsorshipErrorCode.PairNotFeasible]: 'pairNotFeasible',
  [SponsorshipErrorCode.ConsentMissing]: 'consentMissing',
  [SponsorshipErrorCode.ProposalNotFound]: 'notFound',
};

function filterOf(error: unknown): HardFilterCode | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body: unknown = error.error;
  const details =
    body !== null && typeof body === 'object' ? (body as { details?: unknown }).details : null;
  const filter =
    details !== null && typeof details === 'object'
      ? (details as { filter?: unknown }).filter
      : null;
  return HARD_FILTER_CODES.find((code) => code === filter) ?? null;
}

/** Words for a failed offer or rejection; the codes come from the API's pairing rules. */
export function proposalProblemOf(error: unknown): ProposalProblem {
  const failure = profileFailureOf(error);
  const byCode = failure.code === null ? undefined : BY_CODE[failure.code];
  if (byCode) {
    return { key: byCode, filter: byCode === 'pairNotFeasible' ? filterOf(error) : null };
  }
  if (failure.status === 422 || failure.status === 400) return { key: 'invalid', filter: null };
  const general = adminProblemOf(failure);
  const key: ProposalProblemKey =
    general === 'notFound' || general === 'forbidden' || general === 'network'
      ? general
      : 'unexpected';
  return { key, filter: null };
}
