import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import { AccountErrorCode } from '@zusammen/shared/contracts';

/** The link errors of verification and reset (EMAIL_NOT_VERIFIED is thrown by identity's sign-in). */
export type AccountLinkErrorCode = AccountErrorCode.TokenInvalid | AccountErrorCode.TokenExpired;

const MESSAGE: Record<AccountLinkErrorCode, string> = {
  [AccountErrorCode.TokenInvalid]: 'This link is not valid (any more). Please ask for a new one.',
  [AccountErrorCode.TokenExpired]: 'This link has expired. Please ask for a new one.',
};

/** 400 for a link that cannot be used; mapped by the global filter. */
export class AccountLinkException extends DomainException {
  constructor(code: AccountLinkErrorCode) {
    super(code, MESSAGE[code], HttpStatus.BAD_REQUEST);
  }
}

/** The error of a failed `AccountTokens.consume`: an unknown, used or superseded link is INVALID. */
export function accountLinkError(reason: 'invalid' | 'expired'): AccountLinkException {
  return new AccountLinkException(
    reason === 'expired' ? AccountErrorCode.TokenExpired : AccountErrorCode.TokenInvalid,
  );
}
