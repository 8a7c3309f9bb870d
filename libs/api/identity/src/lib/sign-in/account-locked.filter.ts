import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { AccountLockedException } from '../identity.exception';

interface ReplyLike {
  status(code: number): ReplyLike;
  header(name: string, value: string): ReplyLike;
  send(body: unknown): unknown;
}

/** 429 ACCOUNT_LOCKED with `Retry-After` (seconds), in the API's error shape. */
@Catch(AccountLockedException)
export class AccountLockedFilter implements ExceptionFilter<AccountLockedException> {
  catch(exception: AccountLockedException, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<ReplyLike>()
      .status(exception.status)
      .header('retry-after', String(exception.retryAfterSeconds))
      .header('content-type', 'application/json; charset=utf-8')
      .send(exception.toBody());
  }
}
