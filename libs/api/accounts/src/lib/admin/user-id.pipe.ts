import { Injectable, type PipeTransform } from '@nestjs/common';
import { UserNotFoundException } from './admin-user.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `:id` of a user route. A malformed id names no account, so it gets the same 404 as an unknown one (unlike
 * UuidParamDto's 422): the answer never tells a caller more than "no such user".
 */
@Injectable()
export class UserIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !UUID.test(value)) throw new UserNotFoundException();
    return value.toLowerCase();
  }
}
