import type { ProfileFailure } from '@zusammen/web/core';
import { adminProblemOf } from '@zusammen/web/core';
import type { VettingStepKind } from '@zusammen/shared/contracts';
import { SponsorshipErrorCode, VETTING_STEP_KINDS } from '@zusammen/shared/contracts';

/** Why a staff action on a volunteer failed, as a key of `staffVolunteers.problems`. */
export type VolunteerProblem =
  | 'vettingIncomplete'
  | 'relevantEntry'
  | 'invalidTransition'
  | 'certificateDates'
  | 'invalid'
  | ReturnType<typeof adminProblemOf>;

/**
 * One explanation for a failed request. VETTING_INCOMPLETE is about the certificate when the ledger holds
 * a relevant entry and nothing else is missing; otherwise the page lists the missing steps.
 */
export function volunteerProblemOf(
  failure: ProfileFailure,
  missingSteps: readonly VettingStepKind[],
  relevantEntry: boolean,
): VolunteerProblem {
  switch (failure.code) {
    case SponsorshipErrorCode.VettingIncomplete:
      return missingSteps.length === 0 && relevantEntry ? 'relevantEntry' : 'vettingIncomplete';
    case SponsorshipErrorCode.VolunteerInvalidTransition:
      return 'invalidTransition';
    case SponsorshipErrorCode.CertificateDatesInvalid:
      return 'certificateDates';
  }
  if (failure.status === 422) return 'invalid';
  return adminProblemOf(failure);
}

/**
 * The missing steps the server names in `details` (any field holding step kinds, e.g. `missing`), else
 * the ones the page computed from the steps it shows.
 */
export function missingStepsOf(
  failure: ProfileFailure,
  fallback: readonly VettingStepKind[],
): VettingStepKind[] {
  const named = Object.values(failure.fields)
    .flat()
    .filter((text): text is VettingStepKind =>
      (VETTING_STEP_KINDS as readonly string[]).includes(text),
    );
  return named.length > 0 ? [...new Set(named)] : [...fallback];
}
