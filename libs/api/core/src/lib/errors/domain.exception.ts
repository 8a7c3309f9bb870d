import { HttpStatus } from '@nestjs/common';
import type { ApiErrorBody } from '@zusammen/shared/contracts';

/**
 * Base class of every expected, client-facing error (STYLE.md §4.4). Features subclass it with their
 * own string-enum codes, e.g. `class BookingException extends DomainException`, and the global
 * {@link ApiExceptionFilter} turns it into `{ code, message, details? }` with `status`.
 */
export class DomainException extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: HttpStatus,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }

  toBody(): ApiErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
