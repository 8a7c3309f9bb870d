import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { AuditEntry, AuditLogQuery } from '@zusammen/shared/contracts';
import { AUDIT_ACTIONS } from '@zusammen/shared/contracts';
import {
  AuditLogApi,
  CursorPager,
  LocaleService,
  RoleNames,
  auditActionKey,
  dayBounds,
  formatDateTime,
  peopleNamedIn,
  roleChangeOf,
} from '@zusammen/web/core';

/** Page size of the audit log; "load more" fetches the next one. */
export const AUDIT_PAGE_SIZE = 50;
/** Subject type of accounts in the audit log. */
const USER_SUBJECT = 'user_account';

type PersonRole = 'subject' | 'actor';

interface AppliedFilters {
  action: string;
  from: string;
  to: string;
  personRole: PersonRole;
}

/**
 * "Protokoll" (staff, admin): who did what to which record, newest first, as readable sentences.
 * Filters: action, date range (Berlin days) and a person (`?person=<id>` from the account page,
 * entries about them or by them).
 */
@Component({
  selector: 'zl-audit-log-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink],
  templateUrl: './audit-log-page.component.html',
  styleUrls: [
    '../form-fields.scss',
    '../admin-users/stacked-table.scss',
    './audit-log-page.component.scss',
  ],
})
export class AuditLogPageComponent {
  /** `?person=` of the URL: an account id. */
  readonly person = input<string | undefined>();

  private readonly api = inject(AuditLogApi);
  private readonly locale = inject(LocaleService);
  private readonly transloco = inject(TranslocoService);
  private readonly roleNames = inject(RoleNames);

  protected readonly actions = AUDIT_ACTIONS;
  protected readonly action = signal('');
  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly personRole = signal<PersonRole>('subject');
  protected readonly rangeWrong = signal(false);
  private readonly applied = signal<AppliedFilters>({
    action: '',
    from: '',
    to: '',
    personRole: 'subject',
  });

  /** The person's name when the link from their account page brought it along. */
  protected readonly personName = signal<string | null>(this.navigationPersonName());

  protected readonly entries = new CursorPager<AuditEntry>((cursor) =>
    this.api.list({ ...this.query(), cursor: cursor ?? undefined, limit: AUDIT_PAGE_SIZE }),
  );

  private readonly names = computed(() => {
    const names = new Map(peopleNamedIn(this.entries.items()));
    const person = this.person();
    const name = this.personName();
    if (person && name) names.set(person, name);
    return names;
  });

  constructor() {
    effect(() => {
      this.person();
      untracked(() => void this.entries.reload());
    });
  }

  protected actionLabel(action: string): string {
    return auditActionKey('actionNames', action);
  }

  protected formatDate(iso: string): string {
    return formatDateTime(iso, this.locale.current());
  }

  /** One entry as a sentence: "Sabine Hüsing changed the roles of Leyla Haddad (…)". */
  protected sentence(entry: AuditEntry): string {
    const change = entry.action === 'user.roles-changed' ? roleChangeOf(entry.details) : null;
    const key = change
      ? 'auditLog.actions.userRolesChangedFromTo'
      : auditActionKey('actions', entry.action);
    const none = this.transloco.translate('auditLog.noRoles');
    return this.transloco.translate(key, {
      actor: entry.actor?.displayName ?? this.transloco.translate('auditLog.noActor'),
      subject: this.subjectName(entry),
      action: entry.action,
      before: change ? this.roleNames.of(change.before) || none : '',
      after: change ? this.roleNames.of(change.after) || none : '',
    });
  }

  protected chooseAction(value: string): void {
    this.action.set((AUDIT_ACTIONS as readonly string[]).includes(value) ? value : '');
  }

  protected choosePersonRole(value: string): void {
    this.personRole.set(value === 'actor' ? 'actor' : 'subject');
  }

  protected applyFilters(event: Event): void {
    event.preventDefault();
    const from = this.from();
    const to = this.to();
    this.rangeWrong.set(from !== '' && to !== '' && from > to);
    if (this.rangeWrong()) return;
    this.applied.set({ action: this.action(), from, to, personRole: this.personRole() });
    void this.entries.reload();
  }

  private query(): AuditLogQuery {
    const { action, from, to, personRole } = this.applied();
    const person = this.person();
    return {
      action: action || undefined,
      from: dayBounds(from)?.start,
      to: dayBounds(to)?.end,
      ...(person && personRole === 'actor' ? { actorId: person } : {}),
      ...(person && personRole === 'subject'
        ? { subjectType: USER_SUBJECT, subjectId: person }
        : {}),
    };
  }

  private subjectName(entry: AuditEntry): string {
    if (entry.subject?.displayName) return entry.subject.displayName;
    const known = entry.subjectId ? this.names().get(entry.subjectId) : undefined;
    if (known) return known;
    return this.transloco.translate(
      entry.subjectType === USER_SUBJECT ? 'auditLog.someAccount' : 'auditLog.someRecord',
      // No name known: a short reference still tells entries about different people apart.
      { type: entry.subjectType, ref: entry.subjectId?.slice(0, 8) ?? '' },
    );
  }

  private navigationPersonName(): string | null {
    const router = inject(Router);
    const state: unknown =
      router.currentNavigation()?.extras.state ?? inject(DOCUMENT).defaultView?.history.state;
    if (state !== null && typeof state === 'object' && 'personName' in state) {
      return typeof state.personName === 'string' && state.personName ? state.personName : null;
    }
    return null;
  }
}
