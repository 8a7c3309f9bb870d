import { Injectable } from '@nestjs/common';
import {
  AccountTokens,
  AuditLog,
  findPasswordWeakness,
  hashPassword,
  IdentityException,
  normaliseEmail,
} from '@zusammen/api/identity';
import { NotificationOutbox } from '@zusammen/api/notifications';
import {
  ACCOUNT_TOKEN_LIFETIME,
  AccountErrorCode,
  ProfileErrorCode,
  type SignUpRequest,
  type VerifyEmailResponse,
} from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { accountLinkError, AccountLinkException } from './account.exception';
import { AccountMailLimits } from './account-mail-limits';
import { accountNotices } from './account-notices';
import type { RequestContext } from './request-context';

const VERIFY_EMAIL_LIFETIME_MS = ACCOUNT_TOKEN_LIFETIME.verifyEmailHours * 3_600_000;

/**
 * Self sign-up and the confirmation of the address. Whether an address already has an account is never told to
 * the caller: both cases answer alike after the same argon2 work, and the owner of the existing account gets a
 * hint by mail instead.
 */
@Injectable()
export class SignUpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: AccountTokens,
    private readonly outbox: NotificationOutbox,
    private readonly audit: AuditLog,
    private readonly limits: AccountMailLimits,
  ) {}

  /**
   * New address: the account (unverified), a verification link and its mail, and the audit entry, in one
   * transaction. Known address: an "account exists" mail to its (active) owner, at most a few an hour.
   * `INSERT … ON CONFLICT DO NOTHING` makes parallel sign-ups of one address end in the second case.
   */
  async signUp(request: SignUpRequest, context: RequestContext): Promise<void> {
    const email = normaliseEmail(request.email);
    const weakness = findPasswordWeakness(request.password, {
      email,
      displayName: request.displayName,
    });
    if (weakness)
      throw new IdentityException(ProfileErrorCode.WeakPassword, { password: [weakness] });
    // hashed before the address is looked up: a known address costs the same argon2 work
    const passwordHash = await hashPassword(request.password);

    const existingId = await this.dataSource.transaction(async (manager) => {
      const created: { id: string }[] = await manager.query(
        `INSERT INTO user_account (email, display_name, roles, locale, password_hash, email_verified_at)
         VALUES ($1, $2, $3, $4, $5, NULL)
         ON CONFLICT (email) DO NOTHING
         RETURNING id`,
        [email, request.displayName, request.roles, request.locale, passwordHash],
      );
      if (created.length === 0) return this.findActiveAccountId(manager, email);
      const userId = created[0].id;
      const tokenId = await this.tokens.issue(
        manager,
        userId,
        'verify-email',
        VERIFY_EMAIL_LIFETIME_MS,
      );
      await this.outbox.add(manager, accountNotices.emailVerification(userId, tokenId));
      await this.audit.record(manager, {
        actorId: null,
        action: 'account.signed-up',
        subjectType: 'user_account',
        subjectId: userId,
        details: { roles: request.roles, locale: request.locale },
        requestId: context.requestId,
      });
      return null;
    });

    if (existingId && (await this.limits.addressAllows('account-exists', email)))
      await this.dataSource.transaction((manager) =>
        this.outbox.add(manager, accountNotices.accountExists(existingId)),
      );
  }

  /** Uses the link: the address counts as verified from now on (a second use is TOKEN_INVALID). */
  async verifyEmail(secret: string, context: RequestContext): Promise<VerifyEmailResponse> {
    return this.dataSource.transaction(async (manager) => {
      const consumed = await this.tokens.consume(manager, secret, 'verify-email');
      if (!consumed.ok) throw accountLinkError(consumed.reason);
      const userId = consumed.token.userId;
      const rows: { email: string }[] = await manager.query(
        `WITH verified AS (
           UPDATE user_account SET email_verified_at = COALESCE(email_verified_at, now()), updated_at = now()
            WHERE id = $1 AND email IS NOT NULL AND erased_at IS NULL
           RETURNING email
         )
         SELECT email FROM verified`,
        [userId],
      );
      // the account was erased after the mail went out
      if (rows.length === 0) throw new AccountLinkException(AccountErrorCode.TokenInvalid);
      await this.audit.record(manager, {
        actorId: userId,
        action: 'account.email-verified',
        subjectType: 'user_account',
        subjectId: userId,
        requestId: context.requestId,
      });
      return { email: rows[0].email };
    });
  }

  /**
   * A new link (the old one stops working) for an active account whose address waits for confirmation. Nothing
   * tells the caller whether one went out; only the per-client limit answers 429.
   */
  async resendVerification(rawEmail: string, context: RequestContext): Promise<void> {
    await this.limits.assertClientAllowed(context.ip);
    const email = normaliseEmail(rawEmail);
    if (!(await this.limits.addressAllows('verify-email', email))) return;
    await this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `SELECT id FROM user_account
          WHERE email = $1 AND is_active AND erased_at IS NULL AND email_verified_at IS NULL
          FOR UPDATE`,
        [email],
      );
      if (rows.length === 0) return;
      const tokenId = await this.tokens.issue(
        manager,
        rows[0].id,
        'verify-email',
        VERIFY_EMAIL_LIFETIME_MS,
      );
      await this.outbox.add(manager, accountNotices.emailVerification(rows[0].id, tokenId));
    });
  }

  /** The owner of a known address, or null when the account is deactivated (no mail then). */
  private async findActiveAccountId(manager: EntityManager, email: string): Promise<string | null> {
    const rows: { id: string; is_active: boolean }[] = await manager.query(
      `SELECT id, is_active FROM user_account WHERE email = $1`,
      [email],
    );
    return rows[0]?.is_active ? rows[0].id : null;
  }
}
