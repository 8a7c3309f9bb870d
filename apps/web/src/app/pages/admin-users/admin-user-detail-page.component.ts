import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { Role, UserDetail } from '@zusammen/shared/contracts';
import { ERASURE_KEEPS } from '@zusammen/shared/contracts';
import type { AdminProblem } from '@zusammen/web/core';
import {
  AdminUsersApi,
  LOCALE_NATIVE_NAMES,
  LocaleService,
  RoleNames,
  adminProblemOf,
  formatDateTime,
  profileFailureOf,
} from '@zusammen/web/core';
import { RoleCheckboxesComponent } from './role-checkboxes.component';

type LoadState = 'loading' | 'ready' | 'notFound' | 'failed';
type Confirming = 'deactivate' | 'erase';
type Action = 'roles' | 'deactivate' | 'reactivate' | 'revoke' | 'erase';

/** Navigation state the audit-log link carries, so that page can name the person without asking. */
export interface AuditPersonState {
  personName: string;
}

/**
 * One account (admin): details, roles (checkbox group + save), deactivate / reactivate, end all
 * sessions, data export and erasure on request. Destructive actions need an inline confirm step
 * that names the person; erasure also a typed confirmation word.
 */
@Component({
  selector: 'zl-admin-user-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, RoleCheckboxesComponent],
  templateUrl: './admin-user-detail-page.component.html',
  styleUrls: [
    '../form-fields.scss',
    './stacked-table.scss',
    './admin-user-detail-page.component.scss',
  ],
})
export class AdminUserDetailPageComponent {
  /** The `:id` of the route. */
  readonly id = input.required<string>();

  private readonly api = inject(AdminUsersApi);
  private readonly locale = inject(LocaleService);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);
  protected readonly roleNames = inject(RoleNames);

  protected readonly erasureKeeps = ERASURE_KEEPS;
  protected readonly state = signal<LoadState>('loading');
  protected readonly user = signal<UserDetail | null>(null);
  protected readonly roles = signal<readonly Role[]>([]);
  protected readonly busy = signal<Action | null>(null);
  protected readonly confirming = signal<Confirming | null>(null);
  protected readonly eraseWord = signal('');
  protected readonly eraseWordWrong = signal(false);
  protected readonly rolesMissing = signal(false);
  /** i18n key + name of the last completed action, for the live region. */
  protected readonly announcement = signal<{ key: string; name: string } | null>(null);
  protected readonly problem = signal<AdminProblem | null>(null);

  protected readonly erased = computed(() => this.user()?.status === 'erased');
  protected readonly rolesChanged = computed(() => {
    const saved = this.user()?.roles ?? [];
    const chosen = this.roles();
    return saved.length !== chosen.length || saved.some((role) => !chosen.includes(role));
  });
  protected readonly auditState = computed<AuditPersonState>(() => ({
    personName: this.user()?.displayName ?? '',
  }));

  private readonly confirmHeading = viewChild<ElementRef<HTMLElement>>('confirmHeading');
  private readonly eraseInput = viewChild<ElementRef<HTMLInputElement>>('eraseInput');
  private readonly statusButton = viewChild<ElementRef<HTMLButtonElement>>('statusButton');
  private readonly eraseButton = viewChild<ElementRef<HTMLButtonElement>>('eraseButton');

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected dataExportUrl(): string {
    return this.api.dataExportUrl(this.id());
  }

  protected languageName(code: keyof typeof LOCALE_NATIVE_NAMES): string {
    return LOCALE_NATIVE_NAMES[code];
  }

  protected formatDate(iso: string | null): string | null {
    return iso ? formatDateTime(iso, this.locale.current()) : null;
  }

  protected async reload(): Promise<void> {
    await this.load(this.id());
  }

  protected async saveRoles(event: Event): Promise<void> {
    event.preventDefault();
    if (this.roles().length === 0) {
      this.rolesMissing.set(true);
      return;
    }
    this.rolesMissing.set(false);
    await this.run('roles', 'adminUserDetail.done.roles', () =>
      this.api.updateRoles(this.id(), this.roles()),
    );
  }

  protected askToConfirm(what: Confirming): void {
    this.confirming.set(what);
    this.eraseWord.set('');
    this.eraseWordWrong.set(false);
    afterNextRender(() => this.confirmHeading()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  protected cancelConfirm(): void {
    const what = this.confirming();
    this.confirming.set(null);
    this.focusTrigger(what);
  }

  protected async deactivate(): Promise<void> {
    this.confirming.set(null);
    await this.run('deactivate', 'adminUserDetail.done.deactivate', () =>
      this.api.deactivate(this.id()),
    );
    this.focusTrigger('deactivate');
  }

  protected async reactivate(): Promise<void> {
    await this.run('reactivate', 'adminUserDetail.done.reactivate', () =>
      this.api.reactivate(this.id()),
    );
  }

  protected async revokeSessions(): Promise<void> {
    await this.run('revoke', 'adminUserDetail.done.revoke', async () => {
      await this.api.revokeSessions(this.id());
      return this.api.get(this.id());
    });
  }

  protected async erase(event: Event): Promise<void> {
    event.preventDefault();
    const word = this.transloco.translate('adminUserDetail.erase.word');
    if (this.eraseWord().trim().toLocaleLowerCase() !== word.toLocaleLowerCase()) {
      this.eraseWordWrong.set(true);
      afterNextRender(() => this.eraseInput()?.nativeElement.focus(), { injector: this.injector });
      return;
    }
    this.confirming.set(null);
    await this.run('erase', 'adminUserDetail.done.erase', async () => {
      await this.api.erase(this.id());
      return this.api.get(this.id());
    });
  }

  /** Runs one action; on success shows the fresh account and says what happened. */
  private async run(
    action: Action,
    doneKey: string,
    request: () => Promise<UserDetail>,
  ): Promise<void> {
    const name = this.user()?.displayName ?? '';
    this.busy.set(action);
    this.announcement.set(null);
    this.problem.set(null);
    try {
      this.show(await request());
      this.announcement.set({ key: doneKey, name });
    } catch (error: unknown) {
      const problem = adminProblemOf(profileFailureOf(error));
      // An erased account may no longer be readable: the erasure itself still worked.
      if (action === 'erase' && problem === 'notFound') {
        this.announcement.set({ key: doneKey, name });
        this.state.set('notFound');
      } else {
        this.problem.set(problem);
      }
    } finally {
      this.busy.set(null);
    }
  }

  private async load(id: string): Promise<void> {
    this.state.set('loading');
    try {
      this.show(await this.api.get(id));
      this.state.set('ready');
    } catch (error: unknown) {
      const problem = adminProblemOf(profileFailureOf(error));
      this.state.set(problem === 'notFound' ? 'notFound' : 'failed');
    }
  }

  private show(user: UserDetail): void {
    this.user.set(user);
    this.roles.set(user.roles);
  }

  private focusTrigger(what: Confirming | null): void {
    afterNextRender(
      () => {
        const trigger = what === 'erase' ? this.eraseButton() : this.statusButton();
        trigger?.nativeElement.focus();
      },
      { injector: this.injector },
    );
  }
}
