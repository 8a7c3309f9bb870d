import type { SessionUser } from '@zusammen/shared/contracts';

/** Why a sign-in failed, as the sign-in page explains it. */
export type SignInError =
  'invalidCredentials' | 'accountLocked' | 'emailNotVerified' | 'network' | 'unexpected';

/** The result of {@link SessionStore.signIn}; failures are values, never thrown. */
export type SignInOutcome = { ok: true; user: SessionUser } | { ok: false; error: SignInError };

/** Where the session stands: `unknown` until the first answer of the session API. */
export type SessionStatus = 'unknown' | 'anonymous' | 'signedIn';
