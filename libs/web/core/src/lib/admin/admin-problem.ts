import { HttpStatusCode } from '@angular/common/http';
import { AdminUserErrorCode, CommonErrorCode } from '@zusammen/shared/contracts';
import type { ProfileFailure } from '../profile/profile-error';

/** What went wrong with an admin or desk action, as a key the pages translate. */
export type AdminProblem =
  | 'emailTaken'
  | 'selfChange'
  | 'lastAdmin'
  | 'erased'
  | 'notFound'
  | 'forbidden'
  | 'network'
  | 'unexpected';

const BY_CODE: Readonly<Record<string, AdminProblem>> = {
  [AdminUserErrorCode.EmailTaken]: 'emailTaken',
  [AdminUserErrorCode.SelfChangeForbidden]: 'selfChange',
  [AdminUserErrorCode.LastAdmin]: 'lastAdmin',
  [AdminUserErrorCode.AccountErased]: 'erased',
  [CommonErrorCode.NotFound]: 'notFound',
  [CommonErrorCode.Forbidden]: 'forbidden',
};

/**
 * Maps a failed request (read with `profileFailureOf`) to one explanation. Field errors (422) are
 * shown at their fields by the forms and are not handled here.
 */
export function adminProblemOf(failure: ProfileFailure): AdminProblem {
  if (failure.code !== null && Object.hasOwn(BY_CODE, failure.code)) {
    return BY_CODE[failure.code];
  }
  if (failure.status === 0) return 'network';
  if (failure.status === HttpStatusCode.NotFound) return 'notFound';
  if (failure.status === HttpStatusCode.Forbidden) return 'forbidden';
  return 'unexpected';
}
