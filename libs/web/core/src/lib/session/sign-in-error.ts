import { HttpErrorResponse, HttpStatusCode } from '@angular/common/http';
import type { ApiErrorBody } from '@zusammen/shared/contracts';
import { AccountErrorCode, AuthErrorCode, CommonErrorCode } from '@zusammen/shared/contracts';
import type { SignInError } from './sign-in-outcome';

function errorCodeOf(error: HttpErrorResponse): string | null {
  const body: unknown = error.error;
  if (body !== null && typeof body === 'object' && 'code' in body) {
    const code = (body as Partial<ApiErrorBody>).code;
    return typeof code === 'string' ? code : null;
  }
  return null;
}

/** Maps a failed sign-in request to what the visitor is told. */
export function signInErrorOf(error: unknown): SignInError {
  if (!(error instanceof HttpErrorResponse)) {
    return 'unexpected';
  }
  if (error.status === 0) {
    return 'network';
  }
  const code = errorCodeOf(error);
  if (code === AccountErrorCode.EmailNotVerified) {
    // Right password, address not confirmed yet: the page offers to send the mail again.
    return 'emailNotVerified';
  }
  if (
    code === AuthErrorCode.AccountLocked ||
    code === CommonErrorCode.TooManyRequests ||
    error.status === HttpStatusCode.TooManyRequests
  ) {
    return 'accountLocked';
  }
  if (
    code === AuthErrorCode.InvalidCredentials ||
    code === CommonErrorCode.ValidationFailed ||
    error.status === HttpStatusCode.Unauthorized ||
    error.status === HttpStatusCode.BadRequest ||
    error.status === HttpStatusCode.UnprocessableEntity
  ) {
    return 'invalidCredentials';
  }
  return 'unexpected';
}
