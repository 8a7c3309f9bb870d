import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { BookingGroup } from '@zusammen/web/booking/data-access';
import {
  PendingRequestsStore,
  berlinCalendar,
  bookingProblemOf,
} from '@zusammen/web/booking/data-access';
import { LocaleService, focusAfterRender } from '@zusammen/web/core';
import { ListStatusComponent } from '@zusammen/web/ui';
import {
  dayRangeText,
  dayText,
  isolated,
  joined,
  timeRangeText,
  timeText,
} from '../shared/room-format';
import { RoomsNavComponent, STAFF_ROOM_LINKS } from '../shared/rooms-nav.component';
import { BookingStatusComponent } from '../shared/status-badge.component';

/** Longest reason staff may write. */
const REASON_MAX = 500;

/**
 * "Anfragen" (staff): bookings that wait for the house management, a series as one request with its number
 * of dates. Approve, or reject with a reason the organizer reads. The decision is announced; a request
 * someone else decided meanwhile is said so and the list is read again.
 */
@Component({
  selector: 'zl-staff-requests-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RoomsNavComponent, ListStatusComponent, BookingStatusComponent],
  templateUrl: './staff-requests-page.component.html',
  styleUrl: './staff-pages.scss',
})
export class StaffRequestsPageComponent {
  protected readonly store = inject(PendingRequestsStore);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService);
  private readonly injector = inject(Injector);

  protected readonly links = STAFF_ROOM_LINKS;
  protected readonly reasonMax = REASON_MAX;
  /** The group whose reject form is open, its reason and whether it is missing. */
  protected readonly rejecting = signal<string | null>(null);
  protected readonly reason = signal('');
  protected readonly reasonMissing = signal(false);
  protected readonly announcement = signal('');
  protected readonly problem = signal<string | null>(null);

  private readonly listHeading = viewChild<ElementRef<HTMLElement>>('listHeading');

  protected readonly readyText = computed(() => {
    this.locale.current();
    const count = this.store.groups().length;
    return count === 0 ? this.t('rooms.requests.none') : this.t('rooms.requests.count', { count });
  });

  constructor() {
    void this.store.load();
  }

  private t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(key, params);
  }

  protected when(group: BookingGroup): string {
    const locale = this.locale.current();
    const first = group.first;
    const time = timeRangeText(timeText(first.startsAt, locale), timeText(first.endsAt, locale));
    if (!group.isSeries) {
      return joined(
        locale,
        dayText(berlinCalendar.wallClockOf(first.startsAt).date, locale, true),
        time,
      );
    }
    return this.t('rooms.requests.seriesWhen', {
      range: dayRangeText(
        berlinCalendar.wallClockOf(first.startsAt).date,
        berlinCalendar.wallClockOf(group.last.startsAt).date,
        locale,
      ),
      time,
    });
  }

  protected dayOf(iso: string): string {
    return dayText(berlinCalendar.wallClockOf(iso).date, this.locale.current(), true);
  }

  protected name(group: BookingGroup): string {
    return this.t('rooms.requests.requestName', {
      title: isolated(group.first.title),
      organizer: isolated(group.first.organizerName ?? ''),
    });
  }

  protected openReject(group: BookingGroup): void {
    this.rejecting.set(group.key);
    this.reason.set('');
    this.reasonMissing.set(false);
    focusAfterRender(this.injector, () => document.getElementById(`reason-${group.key}`));
  }

  protected cancelReject(group: BookingGroup): void {
    this.rejecting.set(null);
    focusAfterRender(this.injector, () => document.getElementById(`reject-${group.key}`));
  }

  protected async approve(group: BookingGroup): Promise<void> {
    await this.decide(group, 'confirm');
  }

  protected async reject(event: Event, group: BookingGroup): Promise<void> {
    event.preventDefault();
    const reason = this.reason().trim();
    if (!reason) {
      this.reasonMissing.set(true);
      focusAfterRender(this.injector, () => document.getElementById(`reason-${group.key}`));
      return;
    }
    await this.decide(group, 'reject', reason);
  }

  private async decide(
    group: BookingGroup,
    decision: 'confirm' | 'reject',
    reason?: string,
  ): Promise<void> {
    if (this.store.busy()) return;
    this.problem.set(null);
    this.announcement.set('');
    try {
      const decided = await this.store.decide(group, reason ? { decision, reason } : { decision });
      this.rejecting.set(null);
      this.announcement.set(
        this.t(`rooms.requests.done.${decision}`, {
          title: isolated(group.first.title),
          count: decided.length || group.bookings.length,
        }),
      );
      focusAfterRender(this.injector, () => this.listHeading()?.nativeElement);
    } catch (error) {
      const problem = bookingProblemOf(error);
      if (problem.kind === 'rule' && problem.code === 'REASON_REQUIRED') {
        this.reasonMissing.set(true);
        focusAfterRender(this.injector, () => document.getElementById(`reason-${group.key}`));
        return;
      }
      this.problem.set(
        problem.kind === 'stateChanged'
          ? 'stateChanged'
          : problem.kind === 'conflict'
            ? 'conflict'
            : problem.kind,
      );
      if (problem.kind === 'stateChanged') await this.store.load();
      focusAfterRender(this.injector, () => document.getElementById('requests-problem'));
    }
  }
}
