import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  signal,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CalendarFeedSummary } from '@zusammen/shared/contracts';
import { MyDatesStore } from '@zusammen/web/booking/data-access';
import { LocaleService, focusAfterRender, profileFailureOf } from '@zusammen/web/core';
import { formatDateTime } from '../shared/event-format';
import type { EventProblem } from '../shared/event-problem';
import { eventProblemOf } from '../shared/event-problem';

/**
 * The personal calendar feed: a secret address the person's calendar app subscribes to (own registrations).
 * The address is shown once, right after creating it, with a copy button; afterwards only that a feed exists
 * and when it was made. Revoking makes the address stop working (e.g. after losing a phone).
 */
@Component({
  selector: 'zl-calendar-feed',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './calendar-feed.component.html',
  styleUrl: './calendar-feed.component.scss',
})
export class CalendarFeedComponent {
  protected readonly store = inject(MyDatesStore);
  private readonly clipboard = inject(Clipboard);
  private readonly injector = inject(Injector);
  private readonly locale = inject(LocaleService).current;

  /** The secret address, only in the visit that created it. */
  protected readonly created = signal<CalendarFeedSummary | null>(null);
  protected readonly copied = signal<'copied' | 'copyFailed' | null>(null);
  protected readonly revoked = signal(false);
  protected readonly confirmingRevoke = signal<string | null>(null);
  protected readonly problem = signal<EventProblem | null>(null);
  protected readonly webcalUrl = computed(() => {
    const url = this.created()?.url;
    return url ? url.replace(/^https?:/, 'webcal:') : null;
  });

  protected dateTime(iso: string): string {
    return formatDateTime(iso, this.locale());
  }

  protected async create(): Promise<void> {
    if (this.store.busy() !== null) return;
    this.problem.set(null);
    this.revoked.set(false);
    this.copied.set(null);
    try {
      this.created.set(await this.store.createFeed());
      focusAfterRender(this.injector, () => document.getElementById('feed-url'), { select: true });
    } catch (error: unknown) {
      this.problem.set(eventProblemOf(profileFailureOf(error)));
    }
  }

  protected copy(url: string): void {
    this.copied.set(this.clipboard.copy(url) ? 'copied' : 'copyFailed');
  }

  protected askRevoke(feedId: string): void {
    this.confirmingRevoke.set(feedId);
    focusAfterRender(this.injector, () => document.getElementById(`feed-revoke-confirm-${feedId}`));
  }

  protected keep(feedId: string): void {
    this.confirmingRevoke.set(null);
    focusAfterRender(this.injector, () => document.getElementById(`feed-revoke-${feedId}`));
  }

  protected async revoke(feedId: string): Promise<void> {
    if (this.store.busy() !== null) return;
    this.problem.set(null);
    try {
      await this.store.revokeFeed(feedId);
      this.confirmingRevoke.set(null);
      if (this.created()?.id === feedId) this.created.set(null);
      this.copied.set(null);
      this.revoked.set(true);
      focusAfterRender(this.injector, () => document.getElementById('feed-heading'));
    } catch (error: unknown) {
      this.problem.set(eventProblemOf(profileFailureOf(error)));
    }
  }
}
