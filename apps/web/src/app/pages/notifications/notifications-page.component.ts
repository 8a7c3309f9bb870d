import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { NotificationItem } from '@zusammen/shared/contracts';
import {
  LocaleService,
  NotificationsApi,
  UnreadCountStore,
  formatDateTime,
  notificationTextKey,
} from '@zusammen/web/core';

type ListState = 'loading' | 'error' | 'ready';

/**
 * "Benachrichtigungen": the signed-in user's own notifications, newest first, paged by cursor,
 * with "mark as read" per item and for all. Results of actions are announced in a live region.
 */
@Component({
  selector: 'zl-notifications-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './notifications-page.component.html',
  styleUrl: './notifications-page.component.scss',
})
export class NotificationsPageComponent {
  private readonly api = inject(NotificationsApi);
  private readonly unreadCount = inject(UnreadCountStore);
  private readonly locale = inject(LocaleService);

  protected readonly items = signal<readonly NotificationItem[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly state = signal<ListState>('loading');
  protected readonly loadingMore = signal(false);
  protected readonly loadMoreFailed = signal(false);
  /** Item ids with a request in flight ("all" for mark-all). */
  protected readonly busy = signal<ReadonlySet<string>>(new Set());
  /** i18n key of the last action's result, announced politely. */
  protected readonly announcement = signal<string | null>(null);
  protected readonly actionFailed = signal(false);
  protected readonly hasUnread = computed(() => this.items().some((item) => !item.readAt));

  constructor() {
    void this.loadFirstPage();
  }

  protected textKey(item: NotificationItem): string {
    return notificationTextKey(item.type);
  }

  protected formatDate(iso: string): string {
    return formatDateTime(iso, this.locale.current());
  }

  protected isBusy(id: string): boolean {
    return this.busy().has(id) || this.busy().has('all');
  }

  async loadFirstPage(): Promise<void> {
    this.state.set('loading');
    try {
      const page = await this.api.list(null);
      this.items.set(page.items);
      this.nextCursor.set(page.nextCursor);
      this.state.set('ready');
    } catch {
      this.state.set('error');
    }
  }

  async loadMore(): Promise<void> {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) {
      return;
    }
    this.loadingMore.set(true);
    this.loadMoreFailed.set(false);
    try {
      const page = await this.api.list(cursor);
      const known = new Set(this.items().map((item) => item.id));
      this.items.update((items) => [...items, ...page.items.filter((i) => !known.has(i.id))]);
      this.nextCursor.set(page.nextCursor);
    } catch {
      this.loadMoreFailed.set(true);
    } finally {
      this.loadingMore.set(false);
    }
  }

  async markRead(item: NotificationItem): Promise<void> {
    await this.runAction(
      item.id,
      () => this.api.markRead(item.id),
      'notifications.markedRead',
      () => {
        const readAt = new Date().toISOString();
        this.items.update((items) => items.map((i) => (i.id === item.id ? { ...i, readAt } : i)));
      },
    );
  }

  async markAllRead(): Promise<void> {
    await this.runAction(
      'all',
      () => this.api.markAllRead(),
      'notifications.markedAllRead',
      () => {
        const readAt = new Date().toISOString();
        this.items.update((items) => items.map((i) => (i.readAt ? i : { ...i, readAt })));
      },
    );
  }

  private async runAction(
    busyId: string,
    request: () => Promise<unknown>,
    doneKey: string,
    apply: () => void,
  ): Promise<void> {
    this.busy.update((ids) => new Set([...ids, busyId]));
    this.announcement.set(null);
    this.actionFailed.set(false);
    try {
      await request();
      apply();
      this.announcement.set(doneKey);
      void this.unreadCount.refresh();
    } catch {
      this.actionFailed.set(true);
    } finally {
      this.busy.update((ids) => new Set([...ids].filter((id) => id !== busyId)));
    }
  }
}
