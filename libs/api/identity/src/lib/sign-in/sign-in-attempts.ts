import { Injectable } from '@nestjs/common';
import { AccountLockedException } from '../identity.exception';
import { sha256Hex } from '../session/session-token';
import { EMAIL_LOCKOUT, evaluateLockout, IP_LOCKOUT, normaliseEmail } from './lockout';
import { LockoutStore } from './lockout-store';

/** The lockout key of an address: SHA-256 of its normalised form, so no store holds a readable address. */
export function emailLockoutKey(email: string): string {
  return sha256Hex(normaliseEmail(email));
}

/** The lockout key of an account: its address, or its id when it has none (desk accounts). */
export function accountLockoutKey(account: { id: string; email: string | null }): string {
  return account.email ? emailLockoutKey(account.email) : sha256Hex(`user:${account.id}`);
}

/**
 * Failed sign-ins (and wrong current passwords) per address and per client address, in the {@link LockoutStore}
 * every API replica shares; the rules and the arithmetic are in lockout.ts.
 */
@Injectable()
export class SignInAttempts {
  constructor(private readonly store: LockoutStore) {}

  /** Throws {@link AccountLockedException} while the address or the client address is locked. */
  async assertNotLocked(emailHash: string, ip: string | undefined): Promise<void> {
    const { now, byEmail, byIp } = await this.store.readSignInFailures(emailHash, ip);
    const email = evaluateLockout(byEmail, now, EMAIL_LOCKOUT);
    const client = evaluateLockout(byIp, now, IP_LOCKOUT);
    const retryAfter = Math.max(
      email.locked ? email.retryAfterSeconds : 0,
      client.locked ? client.retryAfterSeconds : 0,
    );
    if (retryAfter > 0) throw new AccountLockedException(retryAfter);
  }

  recordFailure(emailHash: string, ip: string | undefined): Promise<void> {
    return this.store.recordSignInFailure(emailHash, ip);
  }

  /** After a successful sign-in (or a password reset) the address starts afresh; the per-IP failures stay. */
  clearFailures(emailHash: string): Promise<void> {
    return this.store.clearSignInFailures(emailHash);
  }
}
