import { HttpStatus, type PipeTransform } from '@nestjs/common';
import { CommonErrorCode } from '@zusammen/shared/contracts';
import { DomainException } from '../errors/domain.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `:id` of a record route. A malformed id names no record, so it gets the same 404 as an unknown one (unlike
 * UuidParamDto's 422, and never a database error for a value that is not a uuid): the answer never tells more
 * than "no such record". Pass the feature's own not-found exception so both cases answer alike, e.g.
 * `@Param('id', new UuidOr404Pipe(() => new FamilyNotFoundException()))`.
 */
export class UuidOr404Pipe implements PipeTransform<unknown, string> {
  constructor(
    private readonly notFound: () => Error = () =>
      new DomainException(CommonErrorCode.NotFound, 'Not found.', HttpStatus.NOT_FOUND),
  ) {}

  transform(value: unknown): string {
    if (typeof value !== 'string' || !UUID.test(value)) throw this.notFound();
    return value.toLowerCase();
  }
}
