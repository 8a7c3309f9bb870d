import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import { SponsorshipErrorCode } from '@zusammen/shared/contracts';

export type ProposalErrorCode =
  | SponsorshipErrorCode.MatchRunNotFound
  | SponsorshipErrorCode.ProposalNotFound
  | SponsorshipErrorCode.ProposalNotOpen;

const STATUS: Record<ProposalErrorCode, HttpStatus> = {
  [SponsorshipErrorCode.MatchRunNotFound]: HttpStatus.NOT_FOUND,
  [SponsorshipErrorCode.ProposalNotFound]: HttpStatus.NOT_FOUND,
  [SponsorshipErrorCode.ProposalNotOpen]: HttpStatus.CONFLICT,
};

const MESSAGE: Record<ProposalErrorCode, string> = {
  [SponsorshipErrorCode.MatchRunNotFound]: 'Match run not found.',
  [SponsorshipErrorCode.ProposalNotFound]: 'Proposal not found.',
  [SponsorshipErrorCode.ProposalNotOpen]:
    'The proposal was already offered, rejected or overridden.',
};

/** Errors of match runs and proposal decisions, mapped by the global filter. */
export class ProposalException extends DomainException {
  constructor(code: ProposalErrorCode, details?: unknown) {
    super(code, MESSAGE[code], STATUS[code], details);
  }
}

/** 404 for an unknown or malformed run id, and for `latest` before the first batch run. */
export class MatchRunNotFoundException extends ProposalException {
  constructor() {
    super(SponsorshipErrorCode.MatchRunNotFound);
  }
}

/** 404 for an unknown or malformed proposal id. */
export class ProposalNotFoundException extends ProposalException {
  constructor() {
    super(SponsorshipErrorCode.ProposalNotFound);
  }
}
