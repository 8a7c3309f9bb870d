import type { Locale, SelfSignUpRole, SignUpRequest } from '@zusammen/shared/contracts';
import { PASSWORD_MIN_LENGTH, SELF_SIGN_UP_ROLES } from '@zusammen/shared/contracts';
import type { ProfileFailure, WeakPasswordReason } from '../profile/profile-error';
import { passwordReasonAt } from './account-failure';

/** The fields of the sign-up form, in the order the page shows them. */
export const SIGN_UP_FIELDS = [
  'displayName',
  'email',
  'password',
  'locale',
  'roles',
  'acceptPrivacyNotice',
] as const;
export type SignUpField = (typeof SIGN_UP_FIELDS)[number];

/** What the sign-up form holds before it is sent. */
export interface SignUpDraft {
  displayName: string;
  email: string;
  password: string;
  locale: Locale;
  roles: readonly SelfSignUpRole[];
  acceptPrivacyNotice: boolean;
}

/** Why a field is not accepted: `missing`, `invalid`, or a password reason. */
export type SignUpProblem = 'missing' | 'invalid' | WeakPasswordReason;
export type SignUpProblems = Partial<Record<SignUpField, SignUpProblem>>;

/** Longest display name the API accepts (as in the profile). */
export const DISPLAY_NAME_MAX_LENGTH = 100;

/** Loose on purpose: the server decides; this only catches typing slips such as a missing `@`. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

/** The problems the browser can see before sending (empty when the draft may be sent). */
export function signUpProblemsOf(draft: SignUpDraft): SignUpProblems {
  const problems: SignUpProblems = {};
  const name = draft.displayName.trim();
  if (!name) problems.displayName = 'missing';
  else if (name.length > DISPLAY_NAME_MAX_LENGTH) problems.displayName = 'invalid';
  if (!draft.email.trim()) problems.email = 'missing';
  else if (!looksLikeEmail(draft.email)) problems.email = 'invalid';
  if (!draft.password) problems.password = 'missing';
  else if ([...draft.password].length < PASSWORD_MIN_LENGTH) problems.password = 'tooShort';
  if (draft.roles.length === 0) problems.roles = 'missing';
  if (!draft.acceptPrivacyNotice) problems.acceptPrivacyNotice = 'missing';
  return problems;
}

/** The request for a draft without problems; roles in the order of {@link SELF_SIGN_UP_ROLES}. */
export function signUpRequestOf(draft: SignUpDraft): SignUpRequest {
  return {
    displayName: draft.displayName.trim(),
    email: draft.email.trim(),
    password: draft.password,
    locale: draft.locale,
    roles: SELF_SIGN_UP_ROLES.filter((role) => draft.roles.includes(role)),
    acceptPrivacyNotice: draft.acceptPrivacyNotice,
  };
}

/** The server's field errors (422) as problems at the sign-up fields; unknown fields are left out. */
export function signUpProblemsOfFailure(failure: ProfileFailure): SignUpProblems {
  const problems: SignUpProblems = {};
  for (const field of SIGN_UP_FIELDS) {
    if (field === 'password') {
      const reason = passwordReasonAt(failure, 'password');
      if (reason) problems.password = reason;
    } else if (field in failure.fields) {
      problems[field] = 'invalid';
    }
  }
  return problems;
}

/** The first field with a problem, in page order (where the error summary's first link leads). */
export function firstProblemField(problems: SignUpProblems): SignUpField | null {
  return SIGN_UP_FIELDS.find((field) => problems[field] !== undefined) ?? null;
}
