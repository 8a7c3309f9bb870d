import { Injectable } from '@nestjs/common';
import {
  ACCOUNT_MAIL_PER_ADDRESS,
  ACCOUNT_MAIL_PER_IP,
  emailLockoutKey,
  LockoutStore,
  TooManyRequestsException,
} from '@zusammen/api/identity';

/** The account mails an address can be sent on request; each has its own hourly budget. */
export type AccountMailPurpose = 'verify-email' | 'password-reset' | 'account-exists';

/**
 * Rate limits of the account mails, in identity's shared lockout store (Redis or PostgreSQL): per client address
 * across all addresses (answered with 429, it reveals nothing), and per address and purpose (silent: the answer
 * stays 202, so nobody learns whether a mail went out).
 */
@Injectable()
export class AccountMailLimits {
  constructor(private readonly store: LockoutStore) {}

  /** Counts the request of the client; 429 TOO_MANY_REQUESTS (with Retry-After) once it asked too often. */
  async assertClientAllowed(ip: string | undefined): Promise<void> {
    if (!ip) return;
    const state = await this.store.admit(`account-mail-ip:${ip}`, ACCOUNT_MAIL_PER_IP);
    if (state.locked) throw new TooManyRequestsException(state.retryAfterSeconds);
  }

  /** Takes one mail of `purpose` from the address's budget; false when it is used up. */
  async addressAllows(purpose: AccountMailPurpose, email: string): Promise<boolean> {
    const state = await this.store.admit(
      `${purpose}:${emailLockoutKey(email)}`,
      ACCOUNT_MAIL_PER_ADDRESS,
    );
    return !state.locked;
  }
}
