import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { AccountLockedException } from '../identity.exception';
import { TooManyRequestsException } from './too-many-requests.exception';

interface ReplyLike {
  status(code: number): ReplyLike;
  header(name: string, value: string): ReplyLike;
  send(body: unknown): unknown;
}

/** 429 ACCOUNT_LOCKED or TOO_MANY_REQUESTS with `Retry-After` (seconds), in the API's error shape. */
@Catch(AccountLockedException, TooManyRequestsException)
export class AccountLockedFilter implements ExceptionFilter<
  AccountLockedException | TooManyRequestsException
> {
  catch(exception: AccountLockedException | TooManyRequestsException, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<ReplyLike>()
      .status(exception.status)
      .header('retry-after', String(exception.retryAfterSeconds))
      .header('content-type', 'application/json; charset=utf-8')
      .send(exception.toBody());
  }
}
