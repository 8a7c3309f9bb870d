import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import { AccountErrorCode } from '@zusammen/shared/contracts';

/** 403 EMAIL_NOT_VERIFIED: the password was right, but the address waits for its confirmation. */
export class EmailNotVerifiedException extends DomainException {
  constructor() {
    super(
      AccountErrorCode.EmailNotVerified,
      'Please confirm your email address first; we can send the link again.',
      HttpStatus.FORBIDDEN,
    );
  }
}
