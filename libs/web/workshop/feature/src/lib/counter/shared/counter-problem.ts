import { HttpStatusCode } from '@angular/common/http';
import type { HandoutRefusal } from '@zusammen/shared/contracts';
import { CommonErrorCode, WorkshopErrorCode } from '@zusammen/shared/contracts';
import type { ProfileFailure } from '@zusammen/web/core';
import { profileFailureOf } from '@zusammen/web/core';
import { isHandoutRefusal } from '@zusammen/web/workshop/data-access';

/** Why a request of the desk pages failed, as a key of `workshopCounter.problems`. */
export type CounterProblem =
  | 'refused'
  | 'bikeNotFound'
  | 'notFound'
  | 'stale'
  | 'notChangeable'
  | 'extensionNotAllowed'
  | 'alreadyWaiting'
  | 'accountNotLinkable'
  | 'photoInvalid'
  | 'signatureRequired'
  | 'invalid'
  | 'forbidden'
  | 'signedOut'
  | 'network'
  | 'unexpected';

const BY_CODE: Readonly<Record<string, CounterProblem>> = {
  [WorkshopErrorCode.BikeNotFound]: 'bikeNotFound',
  [WorkshopErrorCode.BorrowerNotFound]: 'notFound',
  [WorkshopErrorCode.RentalNotFound]: 'notFound',
  [WorkshopErrorCode.DamageCaseNotFound]: 'notFound',
  [WorkshopErrorCode.WaitlistEntryNotFound]: 'notFound',
  [WorkshopErrorCode.StaleVersion]: 'stale',
  [WorkshopErrorCode.RentalNotChangeable]: 'notChangeable',
  [WorkshopErrorCode.ExtensionNotAllowed]: 'extensionNotAllowed',
  [WorkshopErrorCode.AlreadyWaiting]: 'alreadyWaiting',
  [WorkshopErrorCode.AccountNotLinkable]: 'accountNotLinkable',
  [WorkshopErrorCode.PhotoInvalid]: 'photoInvalid',
  [WorkshopErrorCode.SignatureRequired]: 'signatureRequired',
  [CommonErrorCode.NotFound]: 'notFound',
  [CommonErrorCode.Forbidden]: 'forbidden',
  [CommonErrorCode.Unauthenticated]: 'signedOut',
};

/** A failed desk request: the problem, and the handout refusals when the gate said no. */
export interface CounterFailure {
  problem: CounterProblem;
  refusals: HandoutRefusal[];
  failure: ProfileFailure;
}

function refusalsIn(error: unknown, code: string | null): HandoutRefusal[] {
  const body = (error as { error?: { details?: { refusals?: unknown } } } | null)?.error;
  const listed = body?.details?.refusals;
  const refusals = Array.isArray(listed) ? listed.filter(isHandoutRefusal) : [];
  if (refusals.length === 0 && isHandoutRefusal(code)) return [code];
  return refusals;
}

export function counterFailureOf(error: unknown): CounterFailure {
  const failure = profileFailureOf(error);
  const refusals = refusalsIn(error, failure.code);
  if (refusals.length > 0) return { problem: 'refused', refusals, failure };
  return { problem: counterProblemOf(failure), refusals, failure };
}

export function counterProblemOf(failure: ProfileFailure): CounterProblem {
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
    case HttpStatusCode.Conflict:
      return 'notChangeable';
    case HttpStatusCode.UnprocessableEntity:
    case HttpStatusCode.BadRequest:
    case HttpStatusCode.PayloadTooLarge:
      return 'invalid';
    default:
      return 'unexpected';
  }
}
