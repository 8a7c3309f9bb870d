import { Injectable } from '@nestjs/common';
import {
  AccountTokens,
  AuditLog,
  emailLockoutKey,
  findPasswordWeakness,
  hashPassword,
  IdentityException,
  normaliseEmail,
  SessionService,
  SignInAttempts,
  UserAccount,
} from '@zusammen/api/identity';
import { NotificationOutbox } from '@zusammen/api/notifications';
import {
  ACCOUNT_TOKEN_LIFETIME,
  AccountErrorCode,
  ProfileErrorCode,
  type ConfirmPasswordResetRequest,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { accountLinkError, AccountLinkException } from './account.exception';
import { AccountMailLimits } from './account-mail-limits';
import { accountNotices } from './account-notices';
import type { RequestContext } from './request-context';

const RESET_PASSWORD_LIFETIME_MS = ACCOUNT_TOKEN_LIFETIME.resetPasswordMinutes * 60_000;

/** "Forgot password": a single-use link by mail, then a new password that ends every session. */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: AccountTokens,
    private readonly outbox: NotificationOutbox,
    private readonly audit: AuditLog,
    private readonly limits: AccountMailLimits,
    private readonly sessions: SessionService,
    private readonly attempts: SignInAttempts,
  ) {}

  /**
   * A reset link for an active account that has a password or an invitation (an invited person who lost the
   * invitation can set a password this way). The answer never says whether a mail went out; only the
   * per-client limit answers 429.
   */
  async requestReset(rawEmail: string, context: RequestContext): Promise<void> {
    await this.limits.assertClientAllowed(context.ip);
    const email = normaliseEmail(rawEmail);
    if (!(await this.limits.addressAllows('password-reset', email))) return;
    await this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `SELECT u.id FROM user_account u
          WHERE u.email = $1 AND u.is_active AND u.erased_at IS NULL
            AND (u.password_hash IS NOT NULL
                 OR EXISTS (SELECT 1 FROM account_token t WHERE t.user_id = u.id AND t.purpose = 'invitation'))
          FOR UPDATE OF u`,
        [email],
      );
      if (rows.length === 0) return;
      const tokenId = await this.tokens.issue(
        manager,
        rows[0].id,
        'reset-password',
        RESET_PASSWORD_LIFETIME_MS,
      );
      await this.outbox.add(manager, accountNotices.passwordReset(rows[0].id, tokenId));
    });
  }

  /**
   * Uses the link and sets the new password (checked like every new password; a weak one leaves the link
   * usable). The mail proved the address, so it counts as verified. Afterwards every session of the account ends
   * and the address's failed sign-ins are forgotten.
   */
  async confirmReset(request: ConfirmPasswordResetRequest, context: RequestContext): Promise<void> {
    const account = await this.dataSource.transaction(async (manager) => {
      // An invitation link sets the first password the same way.
      const consumed = await this.tokens.consume(manager, request.token, [
        'reset-password',
        'invitation',
      ]);
      if (!consumed.ok) throw accountLinkError(consumed.reason);
      const found = await manager
        .getRepository(UserAccount)
        .createQueryBuilder('account')
        .setLock('pessimistic_write')
        .where('account.id = :id', { id: consumed.token.userId })
        .getOne();
      // deactivated or erased after the mail went out
      if (!found?.isActive || found.erasedAt !== null || found.email === null)
        throw new AccountLinkException(AccountErrorCode.TokenInvalid);
      const weakness = findPasswordWeakness(request.newPassword, found);
      if (weakness)
        throw new IdentityException(ProfileErrorCode.WeakPassword, { newPassword: [weakness] });

      const passwordHash = await hashPassword(request.newPassword);
      await manager
        .getRepository(UserAccount)
        .update(
          { id: found.id },
          { passwordHash, emailVerifiedAt: found.emailVerifiedAt ?? (() => 'now()') },
        );
      await this.outbox.add(manager, accountNotices.passwordChanged(found.id));
      await this.audit.record(manager, {
        actorId: found.id,
        action: 'account.password-reset',
        subjectType: 'user_account',
        subjectId: found.id,
        requestId: context.requestId,
      });
      await this.sessions.revokeAllSessions(found.id, manager);
      return { id: found.id, email: found.email };
    });
    await this.attempts.clearFailures(emailLockoutKey(account.email));
  }
}
