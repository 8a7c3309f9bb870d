import { Injectable } from '@nestjs/common';
import { type ActingUser, AuditLog } from '@zusammen/api/identity';
import type { PersonalDataExport } from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { UserNotFoundException } from '../admin/admin-user.exception';
import { PersonalDataRegistry } from './personal-data.registry';
import { PRIVACY_NOTICE } from './privacy-notice';

interface AccountRow {
  id: string;
  email: string | null;
  display_name: string;
  phone: string | null;
  roles: string[];
  locale: string;
  created_at: Date;
  email_verified_at: Date | null;
  last_sign_in_at: Date | null;
  notification_email_opt_outs: string[];
  desk_managed: boolean;
}

interface SessionRow {
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  user_agent: string | null;
  ip: string | null;
}

interface NotificationRow {
  type: string;
  channel: string;
  status: string;
  created_at: Date;
}

interface AuditRow {
  occurred_at: Date;
  action: string;
  subject_type: string;
  role: 'actor' | 'subject' | 'on-behalf-of';
}

/**
 * Everything the platform holds about one person (Art. 15), read in one transaction so the parts agree,
 * with the programmes' sections from the {@link PersonalDataRegistry}. Only the person's own rows: audit entries
 * in which they act, are acted for or are the subject, without the other people in them.
 */
@Injectable()
export class PersonalDataExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly registry: PersonalDataRegistry,
  ) {}

  /** The signed-in person's own export; recorded as `account.data-exported`. */
  exportOwn(actor: ActingUser): Promise<PersonalDataExport> {
    return this.dataSource.transaction(async (manager) => {
      const data = await this.collect(manager, actor.id);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'account.data-exported',
        subjectType: 'user_account',
        subjectId: actor.id,
        requestId: actor.requestId,
      });
      return data.export;
    });
  }

  /** An admin's export on the person's request (e.g. a desk resident); recorded as `user.data-exported`. */
  exportFor(actor: ActingUser, userId: string): Promise<PersonalDataExport> {
    return this.dataSource.transaction(async (manager) => {
      const data = await this.collect(manager, userId);
      await this.audit.record(manager, {
        actorId: actor.id,
        onBehalfOfId: data.deskManaged ? userId : null,
        action: 'user.data-exported',
        subjectType: 'user_account',
        subjectId: userId,
        requestId: actor.requestId,
      });
      return data.export;
    });
  }

  private async collect(
    manager: EntityManager,
    userId: string,
  ): Promise<{ export: PersonalDataExport; deskManaged: boolean }> {
    const accounts: AccountRow[] = await manager.query(
      `SELECT id, email, display_name, phone, roles, locale, created_at, email_verified_at, last_sign_in_at,
              notification_email_opt_outs,
              (email IS NULL AND password_hash IS NULL AND erased_at IS NULL) AS desk_managed
         FROM user_account WHERE id = $1`,
      [userId],
    );
    const account = accounts[0];
    if (!account) throw new UserNotFoundException();
    const sessions: SessionRow[] = await manager.query(
      `SELECT created_at, last_seen_at, least(idle_expires_at, absolute_expires_at) AS expires_at, user_agent, ip
         FROM user_session WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
    const notifications: NotificationRow[] = await manager.query(
      `SELECT type, channel, status, created_at FROM notification
        WHERE recipient_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    const auditEntries: AuditRow[] = await manager.query(
      `SELECT occurred_at, action, subject_type,
              CASE WHEN actor_id = $1 THEN 'actor'
                   WHEN on_behalf_of_id = $1 THEN 'on-behalf-of'
                   ELSE 'subject' END AS role
         FROM audit_event
        WHERE actor_id = $1 OR on_behalf_of_id = $1
           OR (subject_type = 'user_account' AND subject_id = $1::text)
        ORDER BY id`,
      [userId],
    );
    const sections: Record<string, unknown> = {};
    for (const source of this.registry.sources)
      sections[source.section] = await source.collect(manager, userId);

    return {
      deskManaged: account.desk_managed,
      export: {
        exportedAt: new Date().toISOString(),
        notice: { de: PRIVACY_NOTICE.de, en: PRIVACY_NOTICE.en },
        account: {
          id: account.id,
          email: account.email,
          displayName: account.display_name,
          phone: account.phone,
          roles: account.roles,
          locale: account.locale,
          createdAt: account.created_at.toISOString(),
          emailVerifiedAt: account.email_verified_at?.toISOString() ?? null,
          lastSignInAt: account.last_sign_in_at?.toISOString() ?? null,
          notificationEmailOptOuts: account.notification_email_opt_outs,
        },
        sessions: sessions.map((s) => ({
          createdAt: s.created_at.toISOString(),
          lastSeenAt: s.last_seen_at.toISOString(),
          expiresAt: s.expires_at.toISOString(),
          userAgent: s.user_agent,
          ip: s.ip,
        })),
        notifications: notifications.map((n) => ({
          type: n.type,
          channel: n.channel,
          status: n.status,
          createdAt: n.created_at.toISOString(),
        })),
        auditEntries: auditEntries.map((a) => ({
          occurredAt: a.occurred_at.toISOString(),
          action: a.action,
          subjectType: a.subject_type,
          role: a.role,
        })),
        sections,
      },
    };
  }
}

/** `zusammenleben-daten-<date>.json`, dated in Borken's time zone (the day the person sees on the clock). */
export function exportFileName(exportedAt: string): string {
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(exportedAt));
  return `zusammenleben-daten-${day}.json`;
}
