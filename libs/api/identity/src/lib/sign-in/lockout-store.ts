import type { LockoutRule, LockoutState } from './lockout';

/** Failed sign-ins inside their windows, newest first (at most the rule's limit), and the store's clock. */
export interface SignInFailures {
  now: Date;
  byEmail: Date[];
  byIp: Date[];
}

/**
 * Where the sliding-window events of the lockout and the rate limits live, shared by every API replica:
 * Redis when REDIS_URL is set, PostgreSQL otherwise (see lockout-store.provider.ts). The arithmetic stays in
 * lockout.ts; a store only keeps timestamps. Email keys are SHA-256 hashes, never readable addresses.
 */
export abstract class LockoutStore {
  /** The sign-in failures of the address (`emailHash`) and of the client address (`ip`). */
  abstract readSignInFailures(emailHash: string, ip: string | undefined): Promise<SignInFailures>;

  /** Records one failed sign-in of the address and of the client address. */
  abstract recordSignInFailure(emailHash: string, ip: string | undefined): Promise<void>;

  /** Forgets the failures of the address (the per-IP failures stay). */
  abstract clearSignInFailures(emailHash: string): Promise<void>;

  /**
   * Rate limit: when `key` has fewer than `rule.maxFailures` events inside the window, records one more and
   * answers `{ locked: false }`; otherwise records nothing and answers how long to wait. Atomic per key, so
   * parallel requests on several replicas cannot pass the limit together.
   */
  abstract admit(key: string, rule: LockoutRule): Promise<LockoutState>;
}
