import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import { CommonErrorCode } from '@zusammen/shared/contracts';

/** 429 TOO_MANY_REQUESTS of a rate limit; {@link AccountLockedFilter} adds `Retry-After`. */
export class TooManyRequestsException extends DomainException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      CommonErrorCode.TooManyRequests,
      'Too many requests. Please wait and try again.',
      HttpStatus.TOO_MANY_REQUESTS,
      { retryAfterSeconds },
    );
  }
}
