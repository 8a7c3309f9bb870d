import type { Locale } from './locale';
import type { Role } from './role';

/**
 * Self-service account routes (identity): sign-up with email verification and password reset by email.
 * Every answer that concerns an address is the same whether the address exists or not (202), so the API
 * never tells a stranger who has an account.
 */
export const ACCOUNT_ROUTES = {
  /** POST ← SignUpRequest → 202. A new account waits for its email to be verified. */
  signUp: '/api/auth/sign-up',
  /** POST ← TokenRequest → 200 VerifyEmailResponse; 400 TOKEN_INVALID / TOKEN_EXPIRED. */
  verifyEmail: '/api/auth/verify-email',
  /** POST ← EmailRequest → 202: a fresh verification mail if the address waits for one. */
  resendVerification: '/api/auth/verify-email/resend',
  /** POST ← EmailRequest → 202: a reset mail if the address has an active account. */
  requestPasswordReset: '/api/auth/password-reset',
  /** POST ← ConfirmPasswordResetRequest → 204; every session of the account is revoked. */
  confirmPasswordReset: '/api/auth/password-reset/confirm',
} as const;

/**
 * Web pages the account mails link to. The token travels in the URL fragment (`#token=…`), which browsers
 * never send to a server, so it cannot end up in access logs or `Referer` headers.
 */
export const ACCOUNT_PAGES = {
  signUp: '/registrieren',
  verifyEmail: '/e-mail-bestaetigen',
  forgotPassword: '/passwort-vergessen',
  resetPassword: '/passwort-neu',
} as const;

/** Roles a person may choose when signing up; staff, admin and workshop accounts are made by an admin. */
export const SELF_SIGN_UP_ROLES = [
  'volunteer',
  'organizer',
  'resident',
] as const satisfies readonly Role[];
export type SelfSignUpRole = (typeof SELF_SIGN_UP_ROLES)[number];

/** How long the links in account mails work. */
export const ACCOUNT_TOKEN_LIFETIME = {
  verifyEmailHours: 48,
  resetPasswordMinutes: 60,
  invitationDays: 7,
} as const;

export interface SignUpRequest {
  email: string;
  displayName: string;
  password: string;
  locale: Locale;
  /** At least one of {@link SELF_SIGN_UP_ROLES}. */
  roles: SelfSignUpRole[];
  /** The person agreed to the privacy notice (must be true). */
  acceptPrivacyNotice: boolean;
}

export interface TokenRequest {
  token: string;
}

export interface VerifyEmailResponse {
  /** The verified address, so the page can offer to sign in with it. */
  email: string;
}

export interface EmailRequest {
  email: string;
}

export interface ConfirmPasswordResetRequest {
  token: string;
  newPassword: string;
}

/** Error codes of sign-up, verification and reset (besides the common and auth ones). */
export enum AccountErrorCode {
  /** Unknown, already used or superseded link. */
  TokenInvalid = 'TOKEN_INVALID',
  TokenExpired = 'TOKEN_EXPIRED',
  /** Right password, but the address is not verified yet (a new mail can be requested). */
  EmailNotVerified = 'EMAIL_NOT_VERIFIED',
}
