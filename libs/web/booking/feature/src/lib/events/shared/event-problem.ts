import { HttpStatusCode } from '@angular/common/http';
import { CommonErrorCode, EventErrorCode } from '@zusammen/shared/contracts';
import type { ProfileFailure } from '@zusammen/web/core';

/** Why a request of the events pages failed, as a key of `events.problems`. */
export type EventProblem =
  | 'full'
  | 'alreadyRegistered'
  | 'closed'
  | 'busy'
  | 'changedMeanwhile'
  | 'offerExpired'
  | 'dateCancelled'
  | 'capacityExceedsRoom'
  | 'capacityBelowTaken'
  | 'eventExists'
  | 'bookingNotEligible'
  | 'invalid'
  | 'notFound'
  | 'forbidden'
  | 'signedOut'
  | 'network'
  | 'tooManyRequests'
  | 'unexpected';

const BY_CODE: Readonly<Record<string, EventProblem>> = {
  [EventErrorCode.EventFull]: 'full',
  [EventErrorCode.AlreadyRegistered]: 'alreadyRegistered',
  [EventErrorCode.RegistrationClosed]: 'closed',
  [EventErrorCode.SeatsBusy]: 'busy',
  [EventErrorCode.StateChanged]: 'changedMeanwhile',
  [EventErrorCode.OfferExpired]: 'offerExpired',
  [EventErrorCode.OccurrenceNotScheduled]: 'dateCancelled',
  [EventErrorCode.CapacityExceedsRoom]: 'capacityExceedsRoom',
  [EventErrorCode.CapacityBelowTaken]: 'capacityBelowTaken',
  [EventErrorCode.EventAlreadyExists]: 'eventExists',
  [EventErrorCode.BookingNotEligible]: 'bookingNotEligible',
  [EventErrorCode.EventNotFound]: 'notFound',
  [EventErrorCode.OccurrenceNotFound]: 'notFound',
  [EventErrorCode.RegistrationNotFound]: 'notFound',
  [EventErrorCode.WaitlistEntryNotFound]: 'notFound',
  [CommonErrorCode.NotFound]: 'notFound',
  [CommonErrorCode.Forbidden]: 'forbidden',
  [CommonErrorCode.Unauthenticated]: 'signedOut',
  [CommonErrorCode.TooManyRequests]: 'tooManyRequests',
};

export function eventProblemOf(failure: ProfileFailure): EventProblem {
  if (failure.code !== null && Object.hasOwn(BY_CODE, failure.code)) return BY_CODE[failure.code];
  switch (failure.status) {
    case 0:
      return 'network';
    case HttpStatusCode.Unauthorized:
      return 'signedOut';
    case HttpStatusCode.Forbidden:
      return 'forbidden';
    case HttpStatusCode.NotFound:
      return 'notFound';
    case HttpStatusCode.UnprocessableEntity:
    case HttpStatusCode.BadRequest:
      return 'invalid';
    case HttpStatusCode.TooManyRequests:
      return 'tooManyRequests';
    case HttpStatusCode.ServiceUnavailable:
      return 'busy';
    default:
      return 'unexpected';
  }
}
