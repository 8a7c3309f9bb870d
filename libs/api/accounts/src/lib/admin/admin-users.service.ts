import { Injectable } from '@nestjs/common';
import { containsPattern, ValidationFailedException } from '@zusammen/api/core';
import { AccountTokens, type ActingUser, AuditLog, SessionService } from '@zusammen/api/identity';
import { NotificationOutbox } from '@zusammen/api/notifications';
import {
  ACCOUNT_TOKEN_LIFETIME,
  AdminUserErrorCode,
  type CreateUserRequest,
  type Role,
  type UserDetail,
  type UserListQuery,
  type UserListResponse,
} from '@zusammen/shared/contracts';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { cancelPendingEmailsIn } from './account-side-effects';
import { assertNotLastActiveAdmin, lockAccountForChange } from './account-locks';
import { AdminUserException, UserNotFoundException } from './admin-user.exception';
import { USER_PAGE_DEFAULT } from './admin-users.dto';
import { distinctRoles, roleChangeRefusal } from './role-change-rules';
import { decodeUserListCursor, encodeUserListCursor } from './user-list-cursor';
import {
  toUserDetail,
  toUserSummary,
  USER_DETAIL_COLUMNS,
  USER_SUMMARY_COLUMNS,
  type UserDetailRow,
  type UserSummaryRow,
} from './user-rows';
import { USER_STATUS_SQL } from './user-status';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Admin user management: list and search, the audited detail view, invitations, roles, (de)activation and
 * revoking sessions. Every change runs in one transaction with its audit entry, after locking the target
 * and every active admin's row ({@link lockAccountForChange}).
 */
@Injectable()
export class AdminUsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly tokens: AccountTokens,
    private readonly outbox: NotificationOutbox,
    private readonly sessions: SessionService,
  ) {}

  /** Sorted by `lower(display_name)`, then id; keyset paging, so pages stay stable while rows are added. */
  async list(query: UserListQuery): Promise<UserListResponse> {
    const limit = query.limit ?? USER_PAGE_DEFAULT;
    const cursor = query.cursor === undefined ? null : decodeUserListCursor(query.cursor);
    if (query.cursor !== undefined && cursor === null)
      throw new ValidationFailedException({ cursor: ['cursor is not valid'] });

    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.q) {
      const pattern = param(containsPattern(query.q));
      where.push(`(u.display_name ILIKE ${pattern} OR u.email ILIKE ${pattern})`);
    }
    if (query.role) where.push(`${param(query.role)} = ANY(u.roles)`);
    if (query.status) where.push(`(${USER_STATUS_SQL[query.status]})`);
    if (cursor)
      where.push(
        `(lower(u.display_name), u.id) > (${param(cursor.sortName)}, ${param(cursor.id)}::uuid)`,
      );
    const rows: UserSummaryRow[] = await this.dataSource.query(
      `SELECT ${USER_SUMMARY_COLUMNS}
         FROM user_account u
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY lower(u.display_name), u.id
        LIMIT ${param(limit + 1)}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toUserSummary),
      nextCursor:
        rows.length > limit && last
          ? encodeUserListCursor({ sortName: last.sort_name, id: last.id })
          : null,
    };
  }

  /** The detail view; recorded as `user.viewed` in the transaction that reads it. */
  async detail(actor: ActingUser, userId: string): Promise<UserDetail> {
    return this.dataSource.transaction(async (manager) => {
      const detail = await this.loadDetail(manager, userId);
      await this.audit.record(manager, {
        actorId: actor.id,
        onBehalfOfId: detail.deskManaged ? detail.id : null,
        action: 'user.viewed',
        subjectType: 'user_account',
        subjectId: detail.id,
        requestId: actor.requestId,
      });
      return detail;
    });
  }

  /**
   * An account without password and with an unverified address, plus a single-use invitation link (by mail,
   * through the outbox) with which the person sets their password.
   */
  async create(actor: ActingUser, request: CreateUserRequest): Promise<UserDetail> {
    const roles = distinctRoles(request.roles);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const taken: unknown[] = await manager.query(
          `SELECT 1 FROM user_account WHERE email = $1`,
          [request.email],
        );
        if (taken.length > 0) throw new AdminUserException(AdminUserErrorCode.EmailTaken);
        const [{ id }]: { id: string }[] = await manager.query(
          `INSERT INTO user_account (email, display_name, roles, locale, created_by_id, email_verified_at)
           VALUES ($1, $2, $3::text[], $4, $5, NULL)
           RETURNING id`,
          [request.email, request.displayName, roles, request.locale, actor.id],
        );
        const tokenId = await this.tokens.issue(
          manager,
          id,
          'invitation',
          ACCOUNT_TOKEN_LIFETIME.invitationDays * DAY_MS,
        );
        await this.outbox.add(manager, {
          type: 'account-invitation',
          recipientId: id,
          payload: { tokenId, invitedById: actor.id },
          idempotencyKey: `account-invitation/${tokenId}`,
        });
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'user.created',
          subjectType: 'user_account',
          subjectId: id,
          details: { roles },
          requestId: actor.requestId,
        });
        return this.loadDetail(manager, id);
      });
    } catch (error: unknown) {
      // two admins inviting the same address at once: the unique constraint decides
      if (isUniqueViolation(error, 'uq_user_account_email'))
        throw new AdminUserException(AdminUserErrorCode.EmailTaken);
      throw error;
    }
  }

  async updateRoles(actor: ActingUser, userId: string, roles: Role[]): Promise<UserDetail> {
    return this.dataSource.transaction((manager) =>
      this.updateRolesIn(manager, actor, userId, roles),
    );
  }

  /** {@link updateRoles} inside a given transaction (integration tests stage the last-admin case with it). */
  async updateRolesIn(
    manager: EntityManager,
    actor: ActingUser,
    userId: string,
    roles: Role[],
  ): Promise<UserDetail> {
    const newRoles = distinctRoles(roles);
    const { target, otherActiveAdmins } = await lockAccountForChange(manager, userId);
    const refusal = roleChangeRefusal({
      actorId: actor.id,
      targetId: userId,
      oldRoles: target.roles,
      newRoles,
      targetActive: target.is_active,
      otherActiveAdmins,
    });
    if (refusal) throw new AdminUserException(refusal);
    await manager.query(
      `UPDATE user_account SET roles = $2::text[], updated_at = now() WHERE id = $1`,
      [userId, newRoles],
    );
    await this.audit.record(manager, {
      actorId: actor.id,
      action: 'user.roles-changed',
      subjectType: 'user_account',
      subjectId: userId,
      details: { oldRoles: target.roles, newRoles },
      requestId: actor.requestId,
    });
    return this.loadDetail(manager, userId);
  }

  /** Deactivates, ends every session and cancels the mail that has not gone out, all in one transaction. */
  async deactivate(actor: ActingUser, userId: string): Promise<UserDetail> {
    if (actor.id === userId) throw new AdminUserException(AdminUserErrorCode.SelfChangeForbidden);
    return this.dataSource.transaction(async (manager) => {
      const locked = await lockAccountForChange(manager, userId);
      assertNotLastActiveAdmin(locked);
      if (locked.target.is_active) {
        await manager.query(
          `UPDATE user_account SET is_active = false, updated_at = now() WHERE id = $1`,
          [userId],
        );
        const revokedSessions = await this.sessions.revokeAllSessions(userId, manager);
        const cancelledNotifications = await cancelPendingEmailsIn(manager, userId);
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'user.deactivated',
          subjectType: 'user_account',
          subjectId: userId,
          details: { revokedSessions, cancelledNotifications },
          requestId: actor.requestId,
        });
      }
      return this.loadDetail(manager, userId);
    });
  }

  async reactivate(actor: ActingUser, userId: string): Promise<UserDetail> {
    return this.dataSource.transaction(async (manager) => {
      const { target } = await lockAccountForChange(manager, userId);
      if (!target.is_active) {
        await manager.query(
          `UPDATE user_account SET is_active = true, updated_at = now() WHERE id = $1`,
          [userId],
        );
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'user.reactivated',
          subjectType: 'user_account',
          subjectId: userId,
          requestId: actor.requestId,
        });
      }
      return this.loadDetail(manager, userId);
    });
  }

  /** Signs the person out everywhere (e.g. a lost phone); the account stays active. */
  async revokeSessions(actor: ActingUser, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await lockAccountForChange(manager, userId);
      const revokedSessions = await this.sessions.revokeAllSessions(userId, manager);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'user.sessions-revoked',
        subjectType: 'user_account',
        subjectId: userId,
        details: { revokedSessions },
        requestId: actor.requestId,
      });
    });
  }

  private async loadDetail(manager: EntityManager, userId: string): Promise<UserDetail> {
    const rows: UserDetailRow[] = await manager.query(
      `SELECT ${USER_DETAIL_COLUMNS}
         FROM user_account u LEFT JOIN user_account c ON c.id = u.created_by_id
        WHERE u.id = $1`,
      [userId],
    );
    if (rows.length === 0) throw new UserNotFoundException();
    return toUserDetail(rows[0]);
  }
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: unknown; constraint?: unknown };
  return driverError.code === '23505' && driverError.constraint === constraint;
}
