import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  CommonErrorCode,
  ProfileErrorCode,
  type ChangePasswordRequest,
  type ProfileResponse,
  type UpdateProfileRequest,
} from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { IdentityException } from '../identity.exception';
import { hashPassword, verifyPassword } from '../password-hashing';
import { SessionService, type ActiveSession, type ClientInfo } from '../session/session.service';
import { sha256Hex } from '../session/session-token';
import { normaliseEmail } from '../sign-in/lockout';
import { SignInAttempts } from '../sign-in/sign-in-attempts';
import { UserAccount } from '../user-account.entity';
import { findPasswordWeakness } from './password-policy';

/** The signed-in user's own profile and password. */
@Injectable()
export class ProfileService {
  /** Hashes a random password: accounts without a password cost the same argon2 work as the others. */
  private dummyHash?: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly attempts: SignInAttempts,
    private readonly sessions: SessionService,
  ) {}

  async getProfile(userId: string): Promise<ProfileResponse> {
    return toProfile(await this.findAccount(this.dataSource.manager, userId));
  }

  /** Changes only the fields given, in one transaction; `phone: ''` (or null) removes the number. */
  async updateProfile(userId: string, changes: UpdateProfileRequest): Promise<ProfileResponse> {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.findAccount(manager, userId, true);
      if (typeof changes.displayName === 'string') account.displayName = changes.displayName;
      if (changes.phone !== undefined) account.phone = changes.phone ? changes.phone : null;
      if (typeof changes.locale === 'string') account.locale = changes.locale;
      return toProfile(await manager.getRepository(UserAccount).save(account));
    });
  }

  /**
   * Checks the current password like a sign-in (same lockout: a wrong one counts as a failed sign-in of the
   * address and from the client address), then the strength of the new one; on success stores the new hash
   * and revokes every other session of the user in one transaction. The caller's session stays.
   */
  async changePassword(
    session: ActiveSession,
    request: ChangePasswordRequest,
    client: ClientInfo,
  ): Promise<void> {
    const userId = session.user.id;
    const account = await this.findAccount(this.dataSource.manager, userId, false, true);
    // accounts without email cannot sign in by email; their lockout key is their id
    const emailHash = sha256Hex(account.email ? normaliseEmail(account.email) : `user:${userId}`);
    await this.attempts.assertNotLocked(emailHash, client.ip);

    const matches = await verifyPassword(
      account.passwordHash ?? (await this.getDummyHash()),
      request.currentPassword,
    );
    if (!account.passwordHash || !matches) {
      await this.attempts.recordFailure(emailHash, client.ip);
      throw new IdentityException(ProfileErrorCode.WrongPassword, {
        currentPassword: [ProfileErrorCode.WrongPassword],
      });
    }
    await this.attempts.clearFailures(emailHash);

    const weakness = findPasswordWeakness(request.newPassword, account);
    if (weakness)
      throw new IdentityException(ProfileErrorCode.WeakPassword, { newPassword: [weakness] });

    const passwordHash = await hashPassword(request.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserAccount).update({ id: userId }, { passwordHash });
      await this.sessions.revokeOtherSessions(userId, session.id, manager);
    });
  }

  private async findAccount(
    manager: EntityManager,
    userId: string,
    lock = false,
    withPasswordHash = false,
  ): Promise<UserAccount> {
    const query = manager
      .getRepository(UserAccount)
      .createQueryBuilder('account')
      .where('account.id = :userId', { userId });
    if (withPasswordHash) query.addSelect('account.passwordHash');
    if (lock) query.setLock('pessimistic_write');
    const account = await query.getOne();
    // the guard found the session moments ago; a vanished account is a race with deletion
    if (!account) throw new IdentityException(CommonErrorCode.Unauthenticated);
    return account;
  }

  private getDummyHash(): Promise<string> {
    this.dummyHash ??= hashPassword(randomBytes(24).toString('base64url'));
    return this.dummyHash;
  }
}

function toProfile(account: UserAccount): ProfileResponse {
  return {
    displayName: account.displayName,
    email: account.email,
    phone: account.phone,
    locale: account.locale,
  };
}
