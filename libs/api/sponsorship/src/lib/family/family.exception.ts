import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import { CommonErrorCode, SponsorshipErrorCode } from '@zusammen/shared/contracts';

export type FamilyErrorCode = CommonErrorCode.NotFound | SponsorshipErrorCode.ConsentMissing;

const STATUS: Record<FamilyErrorCode, HttpStatus> = {
  [CommonErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [SponsorshipErrorCode.ConsentMissing]: HttpStatus.CONFLICT,
};

const MESSAGE: Record<FamilyErrorCode, string> = {
  [CommonErrorCode.NotFound]: 'Family not found.',
  [SponsorshipErrorCode.ConsentMissing]: 'The family has no active consent.',
};

/** Errors of the family routes, mapped by the global filter. */
export class FamilyException extends DomainException {
  constructor(code: FamilyErrorCode) {
    super(code, MESSAGE[code], STATUS[code]);
  }
}

/** 404 for an unknown or malformed family id. */
export class FamilyNotFoundException extends FamilyException {
  constructor() {
    super(CommonErrorCode.NotFound);
  }
}
