import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import { type PairingState, SponsorshipErrorCode } from '@zusammen/shared/contracts';

/** 409 CHECK_IN_NOT_ALLOWED: the pairing is not in trial, active or paused (invariant 8). */
export class CheckInNotAllowedException extends DomainException {
  constructor(state: PairingState) {
    super(
      SponsorshipErrorCode.CheckInNotAllowed,
      'Contacts can only be logged while the pairing is in its trial, active or paused.',
      HttpStatus.CONFLICT,
      { state },
    );
  }
}
