import { HttpStatus } from '@nestjs/common';
import { CommonErrorCode } from '@zusammen/shared/contracts';
import { DomainException } from './domain.exception';

/** Field path (nested paths dotted, e.g. `address.postcode`, `items.0.name`) → messages. */
export type FieldErrors = Record<string, string[]>;

/** 422 from the global ValidationPipe: `details` maps each invalid field to its messages. */
export class ValidationFailedException extends DomainException {
  constructor(readonly fieldErrors: FieldErrors) {
    super(
      CommonErrorCode.ValidationFailed,
      'The request is invalid.',
      HttpStatus.UNPROCESSABLE_ENTITY,
      fieldErrors,
    );
  }
}
