import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  AuthErrorCode,
  type SessionResponse,
  type SignInRequest,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { IdentityException } from '../identity.exception';
import { hashPassword, verifyPassword } from '../password-hashing';
import {
  SessionService,
  type ActiveSession,
  type ClientInfo,
  type IssuedSession,
} from '../session/session.service';
import { UserAccount } from '../user-account.entity';
import { EmailNotVerifiedException } from './email-not-verified.exception';
import { normaliseEmail } from './lockout';
import { emailLockoutKey, SignInAttempts } from './sign-in-attempts';

export interface SignInResult {
  issued: IssuedSession;
  response: SessionResponse;
}

/** Sign-in and sign-out: password check with lockout, session issue and revocation. */
@Injectable()
export class SignInService {
  /** A real argon2id hash of a random password: unknown addresses cost as much as known ones. */
  private dummyHash?: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly attempts: SignInAttempts,
    private readonly sessions: SessionService,
  ) {}

  /**
   * Unknown address, inactive account, account without password and wrong password all give the same
   * 401 INVALID_CREDENTIALS after the same argon2 work, and all count towards the lockout of the address.
   * A signed-in caller's previous session (`previous`) is revoked: a new sign-in never reuses a session.
   * An address that is not verified yet answers 403 EMAIL_NOT_VERIFIED, but only to the right password, so the
   * answer tells a stranger nothing.
   */
  async signIn(
    request: SignInRequest,
    client: ClientInfo,
    previous: ActiveSession | undefined,
  ): Promise<SignInResult> {
    const email = normaliseEmail(request.email);
    const emailHash = emailLockoutKey(email);
    await this.attempts.assertNotLocked(emailHash, client.ip);

    const account = await this.dataSource
      .getRepository(UserAccount)
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .where('account.email = :email', { email })
      .getOne();
    const usable = account?.isActive === true && account.passwordHash ? account : null;
    const matches = await verifyPassword(
      usable?.passwordHash ?? (await this.getDummyHash()),
      request.password,
    );
    if (!usable || !matches) {
      await this.attempts.recordFailure(emailHash, client.ip);
      throw new IdentityException(AuthErrorCode.InvalidCredentials);
    }

    if (usable.emailVerifiedAt === null) throw new EmailNotVerifiedException();

    await this.attempts.clearFailures(emailHash);
    await this.dataSource
      .getRepository(UserAccount)
      .update({ id: usable.id }, { lastSignInAt: () => 'now()' });
    if (previous) await this.sessions.revokeSession(previous.id);
    const issued = await this.sessions.createSession(usable.id, client);
    return {
      issued,
      response: {
        user: {
          id: usable.id,
          displayName: usable.displayName,
          email: usable.email,
          roles: usable.roles,
          locale: usable.locale,
        },
        expiresAt: issued.absoluteExpiresAt.toISOString(),
      },
    };
  }

  async signOut(session: ActiveSession | undefined): Promise<void> {
    if (session) await this.sessions.revokeSession(session.id);
  }

  toSessionResponse(session: ActiveSession): SessionResponse {
    return { user: session.user, expiresAt: session.absoluteExpiresAt.toISOString() };
  }

  private getDummyHash(): Promise<string> {
    this.dummyHash ??= hashPassword(randomBytes(24).toString('base64url'));
    return this.dummyHash;
  }
}
