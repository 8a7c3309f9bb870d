import { Injectable } from '@nestjs/common';
import {
  accountLockoutKey,
  type ActingUser,
  AuditLog,
  IdentityException,
  SignInAttempts,
  verifyPassword,
} from '@zusammen/api/identity';
import {
  AdminUserErrorCode,
  DEFAULT_LOCALE,
  ProfileErrorCode,
  type EraseAccountRequest,
} from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { assertNotLastActiveAdmin, lockAccountForChange } from '../admin/account-locks';
import { AdminUserException } from '../admin/admin-user.exception';
import { PersonalDataRegistry } from './personal-data.registry';

/** The name an erased account shows wherever it is still referenced (audit log, "created by"). */
export const ERASED_DISPLAY_NAME = 'Gelöschtes Konto';

/** Counts of what an erasure removed, for the audit entry (numbers and step names only). */
type ErasureCounts = Record<'sessions' | 'tokens' | 'notifications', number>;

/**
 * Erasure (Art. 17). The account row stays, so that audit entries, "created by" links and programme records
 * that must be kept still point somewhere, but without the person: name replaced, email, phone and password
 * gone, inactive, `erased_at` set (the table's CHECK holds every erased row to that). Kept on purpose:
 * the roles and `created_at` (ERASURE_KEEPS 'statistics': how many residents, volunteers, … joined when);
 * neither identifies anyone once name and contact data are gone. Reset: locale (a language hints at origin),
 * opt-outs, verification and last sign-in. Deleted: sessions, links (tokens), the sign-in failures of the
 * address (after the commit: they may live in Redis), and every notification of the person — the rows say when the person got which message, nothing
 * the platform must keep, and the worker skips a row that vanished. The audit log keeps its rows (append-only);
 * they hold ids and codes only. Programmes add their own steps as {@link PersonalDataErasureHook}s.
 */
@Injectable()
export class AccountErasureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly attempts: SignInAttempts,
    private readonly registry: PersonalDataRegistry,
  ) {}

  /**
   * The person erases their own account. The password is checked like on the profile's password change: a wrong
   * one counts as a failed sign-in of the address (same lockout), so a stolen session alone cannot erase.
   */
  async eraseOwn(
    actor: ActingUser,
    request: EraseAccountRequest,
    clientIp: string | undefined,
  ): Promise<void> {
    const rows: { email: string | null; password_hash: string | null }[] =
      await this.dataSource.query(`SELECT email, password_hash FROM user_account WHERE id = $1`, [
        actor.id,
      ]);
    const account = rows[0];
    const lockoutKey = accountLockoutKey({ id: actor.id, email: account?.email ?? null });
    await this.attempts.assertNotLocked(lockoutKey, clientIp);
    if (
      !account?.password_hash ||
      !(await verifyPassword(account.password_hash, request.password))
    ) {
      await this.attempts.recordFailure(lockoutKey, clientIp);
      throw new IdentityException(ProfileErrorCode.WrongPassword, {
        password: [ProfileErrorCode.WrongPassword],
      });
    }
    await this.dataSource.transaction(async (manager) => {
      const counts = await this.eraseIn(manager, actor.id);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'account.erased',
        subjectType: 'user_account',
        subjectId: actor.id,
        details: { ...counts, hooks: this.hookNames() },
        requestId: actor.requestId,
      });
    });
    await this.forgetSignInFailures(actor.id, account.email);
  }

  /** An admin erases an account on the person's request (e.g. a desk resident). Never their own here. */
  async eraseFor(actor: ActingUser, userId: string): Promise<void> {
    if (actor.id === userId) throw new AdminUserException(AdminUserErrorCode.SelfChangeForbidden);
    const email = await this.dataSource.transaction(async (manager) => {
      const before: { desk: boolean; email: string | null }[] = await manager.query(
        `SELECT (email IS NULL AND password_hash IS NULL AND erased_at IS NULL) AS desk, email
           FROM user_account WHERE id = $1`,
        [userId],
      );
      const counts = await this.eraseIn(manager, userId);
      await this.audit.record(manager, {
        actorId: actor.id,
        onBehalfOfId: before[0]?.desk ? userId : null,
        action: 'user.erased',
        subjectType: 'user_account',
        subjectId: userId,
        details: { ...counts, hooks: this.hookNames() },
        requestId: actor.requestId,
      });
      return before[0]?.email ?? null;
    });
    await this.forgetSignInFailures(userId, email);
  }

  private async eraseIn(manager: EntityManager, userId: string): Promise<ErasureCounts> {
    assertNotLastActiveAdmin(await lockAccountForChange(manager, userId));
    // programmes first: their steps may still need to read the account
    for (const hook of this.registry.erasureHooks) await hook.erase(manager, userId);

    const deleted = async (sql: string, params: unknown[]): Promise<number> => {
      const result: unknown = await manager.query(
        `WITH d AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM d`,
        params,
      );
      return (result as { n: number }[])[0].n;
    };
    const sessions = await deleted(`DELETE FROM user_session WHERE user_id = $1`, [userId]);
    const tokens = await deleted(`DELETE FROM account_token WHERE user_id = $1`, [userId]);
    const notifications = await deleted(`DELETE FROM notification WHERE recipient_id = $1`, [
      userId,
    ]);

    await manager.query(
      `UPDATE user_account
          SET display_name = $2, email = NULL, phone = NULL, password_hash = NULL, is_active = false,
              erased_at = now(), locale = $3, notification_email_opt_outs = '{}', email_verified_at = NULL,
              last_sign_in_at = NULL, updated_at = now()
        WHERE id = $1`,
      [userId, ERASED_DISPLAY_NAME, DEFAULT_LOCALE],
    );
    return { sessions, tokens, notifications };
  }

  /**
   * The failed sign-ins kept under the address (or the account id) go too. They live in the lockout store,
   * Redis or PostgreSQL, outside the transaction, so this runs after the commit; the per-IP counts stay (they
   * belong to a network address, not to the person).
   */
  private async forgetSignInFailures(userId: string, email: string | null): Promise<void> {
    await this.attempts.clearFailures(accountLockoutKey({ id: userId, email: null }));
    if (email) await this.attempts.clearFailures(accountLockoutKey({ id: userId, email }));
  }

  private hookNames(): string[] {
    return this.registry.erasureHooks.map((hook) => hook.name);
  }
}
