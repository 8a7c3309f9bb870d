import { DOCUMENT } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type {
  NotificationHealthResponse,
  NotificationProblemItem,
  NotificationStatus,
} from '@zusammen/shared/contracts';
import { NOTIFICATION_ROUTES, NOTIFICATION_STATUSES } from '@zusammen/shared/contracts';
import {
  LocaleService,
  NotificationsApi,
  UnreadCountStore,
  formatDateTime,
  notificationTextKey,
} from '@zusammen/web/core';
import { parseProblemList } from './problem-list.parser';

type MailCheckState = 'idle' | 'sending' | 'sent' | 'failed';
const QUEUE_KEYS = ['waiting', 'active', 'delayed', 'failed'] as const;

/**
 * "Benachrichtigungen verwalten" (staff, admin): queue and outbox numbers, the notifications that
 * failed or still wait (retry, cancel), and a test mail to oneself.
 */
@Component({
  selector: 'zl-staff-notifications-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './staff-notifications-page.component.html',
  styleUrl: './staff-notifications-page.component.scss',
})
export class StaffNotificationsPageComponent {
  private readonly api = inject(NotificationsApi);
  private readonly unreadCount = inject(UnreadCountStore);
  private readonly locale = inject(LocaleService);
  private readonly transloco = inject(TranslocoService);
  private readonly window = inject(DOCUMENT).defaultView;

  protected readonly queueKeys = QUEUE_KEYS;
  protected readonly statuses: readonly NotificationStatus[] = NOTIFICATION_STATUSES;
  protected readonly health = httpResource<NotificationHealthResponse>(
    () => NOTIFICATION_ROUTES.staffHealth,
  );
  protected readonly problems = httpResource<NotificationProblemItem[]>(
    () => NOTIFICATION_ROUTES.staffProblems,
    { parse: parseProblemList },
  );
  protected readonly problemList = computed(() =>
    this.problems.hasValue() ? this.problems.value() : [],
  );
  protected readonly busy = signal<ReadonlySet<string>>(new Set());
  protected readonly announcement = signal<string | null>(null);
  protected readonly actionFailed = signal(false);
  protected readonly mailCheck = signal<MailCheckState>('idle');

  protected textKey(type: string): string {
    return notificationTextKey(type);
  }

  protected formatDate(iso: string): string {
    return formatDateTime(iso, this.locale.current());
  }

  protected formatNumber(value: number): string {
    return new Intl.NumberFormat(this.locale.current()).format(value);
  }

  /** Names the row for button labels ("Erneut senden: Testnachricht …, E-Mail, fällig …"). */
  protected rowName(item: NotificationProblemItem): string {
    return this.transloco.translate('staffNotifications.rowName', {
      type: this.transloco.translate(`${this.textKey(item.type)}.title`),
      channel: this.transloco.translate(`staffNotifications.channel.${item.channel}`),
      due: this.formatDate(item.deliverAt),
    });
  }

  protected reload(): void {
    this.health.reload();
    this.problems.reload();
  }

  protected async retry(item: NotificationProblemItem): Promise<void> {
    await this.runAction(item.id, () => this.api.retry(item.id), 'staffNotifications.retried');
  }

  protected async cancel(item: NotificationProblemItem): Promise<void> {
    const question = this.transloco.translate('staffNotifications.cancelConfirm');
    if (!this.window?.confirm(question)) {
      return;
    }
    await this.runAction(item.id, () => this.api.cancel(item.id), 'staffNotifications.cancelled');
  }

  protected async sendMailCheck(): Promise<void> {
    this.mailCheck.set('sending');
    try {
      await this.api.sendMailCheck();
      this.mailCheck.set('sent');
      this.health.reload();
      void this.unreadCount.refresh();
    } catch {
      this.mailCheck.set('failed');
    }
  }

  private async runAction(
    id: string,
    request: () => Promise<unknown>,
    doneKey: string,
  ): Promise<void> {
    this.busy.update((ids) => new Set([...ids, id]));
    this.announcement.set(null);
    this.actionFailed.set(false);
    try {
      await request();
      this.announcement.set(doneKey);
      this.reload();
    } catch {
      this.actionFailed.set(true);
    } finally {
      this.busy.update((ids) => new Set([...ids].filter((busyId) => busyId !== id)));
    }
  }
}
