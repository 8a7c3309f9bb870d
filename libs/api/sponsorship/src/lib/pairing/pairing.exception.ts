import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import { SponsorshipErrorCode } from '@zusammen/shared/contracts';

export type PairingErrorCode =
  | SponsorshipErrorCode.PairingNotFound
  | SponsorshipErrorCode.ProposalNotFound
  | SponsorshipErrorCode.ConsentMissing
  | SponsorshipErrorCode.PairingInvalidTransition
  | SponsorshipErrorCode.CapacityExceeded
  | SponsorshipErrorCode.FamilyHasOpenPairing
  | SponsorshipErrorCode.PairNotFeasible
  | SponsorshipErrorCode.ProposalStale
  | SponsorshipErrorCode.ProposalNotOpen
  | SponsorshipErrorCode.OverrideReasonRequired
  | SponsorshipErrorCode.TrialMeetingsMissing;

const STATUS: Record<PairingErrorCode, HttpStatus> = {
  [SponsorshipErrorCode.PairingNotFound]: HttpStatus.NOT_FOUND,
  [SponsorshipErrorCode.ProposalNotFound]: HttpStatus.NOT_FOUND,
  [SponsorshipErrorCode.ConsentMissing]: HttpStatus.CONFLICT,
  [SponsorshipErrorCode.PairingInvalidTransition]: HttpStatus.CONFLICT,
  [SponsorshipErrorCode.CapacityExceeded]: HttpStatus.CONFLICT,
  [SponsorshipErrorCode.FamilyHasOpenPairing]: HttpStatus.CONFLICT,
  [SponsorshipErrorCode.PairNotFeasible]: HttpStatus.CONFLICT,
  [SponsorshipErrorCode.ProposalStale]: HttpStatus.CONFLICT,
  [SponsorshipErrorCode.ProposalNotOpen]: HttpStatus.CONFLICT,
  // the request lacks a field the situation requires: an input problem, like VALIDATION_FAILED
  [SponsorshipErrorCode.OverrideReasonRequired]: HttpStatus.UNPROCESSABLE_ENTITY,
  [SponsorshipErrorCode.TrialMeetingsMissing]: HttpStatus.CONFLICT,
};

const MESSAGE: Record<PairingErrorCode, string> = {
  [SponsorshipErrorCode.PairingNotFound]: 'Pairing not found.',
  [SponsorshipErrorCode.ProposalNotFound]: 'Proposal not found.',
  [SponsorshipErrorCode.ConsentMissing]: 'The family has no active consent.',
  [SponsorshipErrorCode.PairingInvalidTransition]:
    'This action is not possible in the pairing’s current state or not for you.',
  [SponsorshipErrorCode.CapacityExceeded]: 'The volunteer has no free capacity left.',
  [SponsorshipErrorCode.FamilyHasOpenPairing]: 'The family already has an open pairing.',
  [SponsorshipErrorCode.PairNotFeasible]: 'A hard filter rules this pair out.',
  [SponsorshipErrorCode.ProposalStale]:
    'The volunteer or the family changed after the proposal was made.',
  [SponsorshipErrorCode.ProposalNotOpen]:
    'The proposal was already offered, rejected or overridden.',
  [SponsorshipErrorCode.OverrideReasonRequired]:
    'This choice differs from the suggestion: please give a reason.',
  [SponsorshipErrorCode.TrialMeetingsMissing]:
    'Not enough contacts were logged in the trial to confirm the pairing.',
};

/** Errors of offers and pairing transitions, mapped by the global filter. */
export class PairingException extends DomainException {
  constructor(code: PairingErrorCode, details?: unknown) {
    super(code, MESSAGE[code], STATUS[code], details);
  }
}

/** 404 for an unknown or malformed pairing id, or a pairing that is not the caller's. */
export class PairingNotFoundException extends PairingException {
  constructor() {
    super(SponsorshipErrorCode.PairingNotFound);
  }
}
