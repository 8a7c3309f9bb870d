import { HttpStatusCode } from '@angular/common/http';
import { CommonErrorCode, SponsorshipErrorCode } from '@zusammen/shared/contracts';
import type { ProfileFailure } from '@zusammen/web/core';
import { adminProblemOf } from '@zusammen/web/core';

/**
 * Why a volunteer's request on a pairing failed, as a key of `volunteerPairings.problems`.
 * `changedMeanwhile`: the pairing is no longer in a state that allows it (someone else acted first); the
 * page then re-reads the pairing and shows the current state.
 */
export type PairingProblem =
  | 'changedMeanwhile'
  | 'capacity'
  | 'invalid'
  | 'notFound'
  | 'forbidden'
  | 'network'
  | 'tooManyRequests'
  | 'unexpected';

export function pairingProblemOf(failure: ProfileFailure): PairingProblem {
  switch (failure.code) {
    case SponsorshipErrorCode.PairingInvalidTransition:
    case SponsorshipErrorCode.CheckInNotAllowed:
      return 'changedMeanwhile';
    case SponsorshipErrorCode.CapacityExceeded:
      return 'capacity';
    case SponsorshipErrorCode.PairingNotFound:
      return 'notFound';
    case CommonErrorCode.TooManyRequests:
      return 'tooManyRequests';
  }
  if (failure.status === HttpStatusCode.UnprocessableEntity) return 'invalid';
  if (failure.status === HttpStatusCode.TooManyRequests) return 'tooManyRequests';
  const general = adminProblemOf(failure);
  return general === 'notFound' || general === 'forbidden' || general === 'network'
    ? general
    : 'unexpected';
}
