import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import { CommonErrorCode, SponsorshipErrorCode } from '@zusammen/shared/contracts';

export type VolunteerExceptionCode =
  | SponsorshipErrorCode.VolunteerProfileMissing
  | SponsorshipErrorCode.VolunteerInvalidTransition
  | SponsorshipErrorCode.VettingIncomplete
  | SponsorshipErrorCode.CertificateDatesInvalid
  | SponsorshipErrorCode.VolunteerHasOpenPairings
  | CommonErrorCode.NotFound
  | CommonErrorCode.Conflict;

const STATUS: Record<VolunteerExceptionCode, HttpStatus> = {
  [SponsorshipErrorCode.VolunteerProfileMissing]: HttpStatus.NOT_FOUND,
  [SponsorshipErrorCode.VolunteerInvalidTransition]: HttpStatus.CONFLICT,
  [SponsorshipErrorCode.VettingIncomplete]: HttpStatus.CONFLICT,
  [SponsorshipErrorCode.CertificateDatesInvalid]: HttpStatus.UNPROCESSABLE_ENTITY,
  [SponsorshipErrorCode.VolunteerHasOpenPairings]: HttpStatus.CONFLICT,
  [CommonErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [CommonErrorCode.Conflict]: HttpStatus.CONFLICT,
};

const MESSAGE: Record<VolunteerExceptionCode, string> = {
  [SponsorshipErrorCode.VolunteerProfileMissing]: 'You have no volunteer profile yet.',
  [SponsorshipErrorCode.VolunteerInvalidTransition]:
    'This status change is not possible from the current status.',
  [SponsorshipErrorCode.VettingIncomplete]:
    'Vetting is not complete: required steps are missing or the certificate has a relevant entry.',
  [SponsorshipErrorCode.CertificateDatesInvalid]:
    'The certificate dates are invalid: none in the future, issued at most 3 months before inspection.',
  [SponsorshipErrorCode.VolunteerHasOpenPairings]:
    'The volunteer still has open pairings: end or decline them first.',
  [CommonErrorCode.NotFound]: 'Volunteer not found.',
  [CommonErrorCode.Conflict]:
    'The volunteer was rejected or has withdrawn; no certificate is kept for them.',
};

/** Errors of the volunteer side of the Patenmodell, mapped by the global filter. */
export class VolunteerException extends DomainException {
  constructor(code: VolunteerExceptionCode, details?: unknown) {
    super(code, MESSAGE[code], STATUS[code], details);
  }
}

/** 404 for an unknown or malformed id (never a hint that a record exists). */
export class VolunteerNotFoundException extends VolunteerException {
  constructor() {
    super(CommonErrorCode.NotFound);
  }
}
