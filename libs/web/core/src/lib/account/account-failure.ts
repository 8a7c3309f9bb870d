import { HttpStatusCode } from '@angular/common/http';
import { AccountErrorCode, CommonErrorCode, ProfileErrorCode } from '@zusammen/shared/contracts';
import type { ProfileFailure, WeakPasswordReason } from '../profile/profile-error';
import { weakPasswordReasonOf } from '../profile/profile-error';

/** What went wrong with a request that has no field to point at. */
export type RequestProblem = 'network' | 'tooManyRequests' | 'unexpected';

/** Why the link of an account mail did not work. */
export type LinkTokenProblem = 'expired' | 'invalid';

/** The general problem of a failed request: no connection, too many tries, anything else. */
export function requestProblemOf(failure: ProfileFailure): RequestProblem {
  if (failure.status === 0) return 'network';
  if (
    failure.code === CommonErrorCode.TooManyRequests ||
    failure.status === HttpStatusCode.TooManyRequests
  ) {
    return 'tooManyRequests';
  }
  return 'unexpected';
}

/** `expired` / `invalid` for a refused mail link (400 TOKEN_*), `null` for any other failure. */
export function linkTokenProblemOf(failure: ProfileFailure): LinkTokenProblem | null {
  if (failure.code === AccountErrorCode.TokenExpired) return 'expired';
  if (failure.code === AccountErrorCode.TokenInvalid) return 'invalid';
  return null;
}

/**
 * Why the server refused a new password at `field` (`password` on sign-up, `newPassword` on reset),
 * or `null` when the failure is not about it. Reuses the wording rules of the profile's password form.
 */
export function passwordReasonAt(
  failure: ProfileFailure,
  field: string,
): WeakPasswordReason | null {
  const weak = failure.code === ProfileErrorCode.WeakPassword;
  const messages = failure.fields[field];
  if (!messages && !weak) {
    return null;
  }
  // A WEAK_PASSWORD answer is about the password whatever field name it uses.
  const texts = messages ?? Object.values(failure.fields).flat();
  return weakPasswordReasonOf({ ...failure, fields: { newPassword: texts } });
}
