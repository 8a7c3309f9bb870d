import type { Locale } from './locale';
import type { Role } from './role';

/** Routes of the session API (identity). */
export const AUTH_ROUTES = {
  signIn: '/api/auth/sign-in',
  signOut: '/api/auth/sign-out',
  session: '/api/auth/session',
} as const;

/** The session cookie: opaque random token, HttpOnly, SameSite=Lax, Secure outside localhost. */
export const SESSION_COOKIE = 'zl_session';
/**
 * CSRF double-submit: the API sets this readable cookie with the session; every state-changing request
 * (POST/PUT/PATCH/DELETE) of a signed-in user must repeat its value in {@link CSRF_HEADER}.
 */
export const CSRF_COOKIE = 'zl_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

export interface SignInRequest {
  email: string;
  password: string;
}

/** The signed-in user as the web app needs it. */
export interface SessionUser {
  id: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  locale: Locale;
}

export interface SessionResponse {
  user: SessionUser;
  /** Absolute end of the session (ISO 8601); idle expiry may end it earlier. */
  expiresAt: string;
}

/** Error codes of the identity feature (besides the common ones). */
export enum AuthErrorCode {
  InvalidCredentials = 'INVALID_CREDENTIALS',
  AccountLocked = 'ACCOUNT_LOCKED',
  CsrfTokenInvalid = 'CSRF_TOKEN_INVALID',
}

/** Routes of the signed-in user's own profile. */
export const PROFILE_ROUTES = {
  /** GET → ProfileResponse; PATCH ← UpdateProfileRequest → ProfileResponse. */
  profile: '/api/me/profile',
  /** POST ← ChangePasswordRequest → 204; revokes every other session of the user. */
  password: '/api/me/password',
} as const;

/** Minimum password length (NIST SP 800-63B: at least 8; we ask for 12). */
export const PASSWORD_MIN_LENGTH = 12;

export interface ProfileResponse {
  displayName: string;
  email: string | null;
  phone: string | null;
  locale: Locale;
}

export interface UpdateProfileRequest {
  displayName?: string;
  /** E.164-ish free form, optional; empty string removes it. */
  phone?: string;
  locale?: Locale;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** Error codes of the profile routes. */
export enum ProfileErrorCode {
  WrongPassword = 'WRONG_PASSWORD',
  WeakPassword = 'WEAK_PASSWORD',
}
