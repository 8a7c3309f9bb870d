import { Injectable } from '@nestjs/common';
import {
  accountLockoutKey,
  AuditLog,
  findPasswordWeakness,
  hashPassword,
  IdentityException,
  SessionService,
  SignInAttempts,
  UserAccount,
  verifyPassword,
  type ActiveSession,
} from '@zusammen/api/identity';
import { NotificationOutbox } from '@zusammen/api/notifications';
import {
  CommonErrorCode,
  ProfileErrorCode,
  type ChangePasswordRequest,
} from '@zusammen/shared/contracts';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { accountNotices } from './account-notices';
import type { RequestContext } from './request-context';

/**
 * The signed-in user changes their password (POST /api/me/password). Lives here, not in identity, because it
 * sends the "password changed" notice and identity cannot depend on the notifications.
 */
@Injectable()
export class PasswordChangeService {
  /** Hashes a random password: accounts without a password cost the same argon2 work as the others. */
  private dummyHash?: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly attempts: SignInAttempts,
    private readonly sessions: SessionService,
    private readonly outbox: NotificationOutbox,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Checks the current password like a sign-in (same lockout: a wrong one counts as a failed sign-in of the
   * address and from the client address), then the strength of the new one; on success stores the new hash,
   * revokes every other session of the user, adds the notice and the audit entry in one transaction. The
   * caller's session stays.
   */
  async changePassword(
    session: ActiveSession,
    request: ChangePasswordRequest,
    context: RequestContext,
  ): Promise<void> {
    const userId = session.user.id;
    const account = await this.dataSource
      .getRepository(UserAccount)
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .where('account.id = :userId', { userId })
      .getOne();
    // the guard found the session moments ago; a vanished account is a race with deletion
    if (!account) throw new IdentityException(CommonErrorCode.Unauthenticated);
    const lockoutKey = accountLockoutKey(account);
    await this.attempts.assertNotLocked(lockoutKey, context.ip);

    const matches = await verifyPassword(
      account.passwordHash ?? (await this.getDummyHash()),
      request.currentPassword,
    );
    if (!account.passwordHash || !matches) {
      await this.attempts.recordFailure(lockoutKey, context.ip);
      throw new IdentityException(ProfileErrorCode.WrongPassword, {
        currentPassword: [ProfileErrorCode.WrongPassword],
      });
    }
    await this.attempts.clearFailures(lockoutKey);

    const weakness = findPasswordWeakness(request.newPassword, account);
    if (weakness)
      throw new IdentityException(ProfileErrorCode.WeakPassword, { newPassword: [weakness] });

    const passwordHash = await hashPassword(request.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserAccount).update({ id: userId }, { passwordHash });
      await this.sessions.revokeOtherSessions(userId, session.id, manager);
      await this.outbox.add(manager, accountNotices.passwordChanged(userId));
      await this.audit.record(manager, {
        actorId: userId,
        action: 'account.password-changed',
        subjectType: 'user_account',
        subjectId: userId,
        requestId: context.requestId,
      });
    });
  }

  private getDummyHash(): Promise<string> {
    this.dummyHash ??= hashPassword(randomBytes(24).toString('base64url'));
    return this.dummyHash;
  }
}
