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
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type {
  BookingChangeRequest,
  BookingConflict,
  RoomBookingSummary,
  SeriesEditScope,
} from '@zusammen/shared/contracts';
import { SERIES_EDIT_SCOPES } from '@zusammen/shared/contracts';
import type { BookingProblem } from '@zusammen/web/booking/data-access';
import {
  MyBookingsStore,
  berlinCalendar,
  bookingProblemOf,
} from '@zusammen/web/booking/data-access';
import { LocaleService, focusAfterRender } from '@zusammen/web/core';
import { ListStatusComponent, LoadMoreComponent } from '@zusammen/web/ui';
import { dayText, isolated, joined, timeRangeText, timeText } from '../shared/room-format';
import { RoomsNavComponent } from '../shared/rooms-nav.component';
import { BookingStatusComponent } from '../shared/status-badge.component';

type Action = 'change' | 'cancel';

/** The change or cancellation being prepared in the dialog. */
interface Pending {
  action: Action;
  booking: RoomBookingSummary;
  scope: SeriesEditScope;
  date: string;
  startTime: string;
  endTime: string;
  title: string;
  reason: string;
}

/** Which field of the dialog is wrong. */
type DialogField = 'date' | 'startTime' | 'endTime' | 'title';

const ACTIVE = ['held', 'pending', 'confirmed'];
/** The list shows eight weeks at a time (a weekly series would else fill the page with a year of dates). */
const PAGE_DAYS = 56;

/**
 * "Meine Buchungen" (/raeume/meine): the organizer's bookings from today on with their state and, where staff
 * decided, the reason. A date can be changed or cancelled; for a date of a series a dialog asks whether
 * this date, this and the following or all dates are meant. Results are announced in a live region.
 */
@Component({
  selector: 'zl-my-bookings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    RoomsNavComponent,
    BookingStatusComponent,
    ListStatusComponent,
    LoadMoreComponent,
  ],
  templateUrl: './my-bookings-page.component.html',
  styleUrl: './my-bookings-page.component.scss',
})
export class MyBookingsPageComponent {
  protected readonly store = inject(MyBookingsStore);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService);
  private readonly injector = inject(Injector);

  protected readonly scopes = SERIES_EDIT_SCOPES;
  protected readonly pending = signal<Pending | null>(null);
  protected readonly busy = signal(false);
  protected readonly dialogProblem = signal<BookingProblem | null>(null);
  protected readonly fieldErrors = signal<Partial<Record<DialogField, string>>>({});
  protected readonly announcement = signal('');

  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('dialog');
  private opener: HTMLElement | null = null;

  /** The last local date shown; "more" moves it on by eight weeks. */
  protected readonly shownUntil = signal(
    berlinCalendar.addDays(berlinCalendar.todayInBerlin(), PAGE_DAYS - 1),
  );
  protected readonly hasMore = computed(() => {
    const until = this.shownUntil();
    return this.store.bookings().some((b) => berlinCalendar.wallClockOf(b.startsAt).date > until);
  });

  /** Bookings by day up to `shownUntil`, earliest first; a day heading per local date. */
  protected readonly days = computed(() => {
    const locale = this.locale.current();
    const until = this.shownUntil();
    const groups: { date: string; heading: string; bookings: RoomBookingSummary[] }[] = [];
    for (const booking of this.store.bookings()) {
      const date = berlinCalendar.wallClockOf(booking.startsAt).date;
      if (date > until) break;
      let group = groups[groups.length - 1];
      if (!group || group.date !== date) {
        group = { date, heading: dayText(date, locale, true), bookings: [] };
        groups.push(group);
      }
      group.bookings.push(booking);
    }
    return groups;
  });

  protected readonly readyText = computed(() => {
    this.locale.current();
    const count = this.store.bookings().length;
    return count === 0 ? this.t('rooms.mine.none') : this.t('rooms.mine.count', { count });
  });

  constructor() {
    void this.store.load();
  }

  protected showMore(): void {
    this.shownUntil.update((until) => berlinCalendar.addDays(until, PAGE_DAYS));
  }

  private t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(key, params);
  }

  protected time(booking: RoomBookingSummary): string {
    const locale = this.locale.current();
    return timeRangeText(timeText(booking.startsAt, locale), timeText(booking.endsAt, locale));
  }

  protected canEdit(booking: RoomBookingSummary): boolean {
    return booking.kind === 'booking' && ACTIVE.includes(booking.status);
  }

  protected conflictText(conflict: BookingConflict): string {
    const locale = this.locale.current();
    return this.t(`rooms.form.conflict.kinds.${conflict.conflictKind}`, {
      time: timeRangeText(
        timeText(conflict.conflictStartsAt, locale),
        timeText(conflict.conflictEndsAt, locale),
      ),
      title: conflict.conflictTitle ? isolated(conflict.conflictTitle) : '',
    });
  }

  protected dialogLine(date: string, booking: RoomBookingSummary): string {
    return joined(this.locale.current(), this.dayOf(date), this.time(booking), booking.roomName);
  }

  protected dayOf(date: string): string {
    return dayText(date, this.locale.current(), true);
  }

  // --- the dialog ----------------------------------------------------------------------------------------

  protected open(action: Action, booking: RoomBookingSummary, event: Event): void {
    this.opener = event.currentTarget as HTMLElement | null;
    const start = berlinCalendar.wallClockOf(booking.startsAt);
    const end = berlinCalendar.wallClockOf(booking.endsAt);
    this.pending.set({
      action,
      booking,
      scope: 'this',
      date: start.date,
      startTime: start.time,
      endTime: end.time,
      title: booking.title,
      reason: '',
    });
    this.dialogProblem.set(null);
    this.fieldErrors.set({});
    this.announcement.set('');
    focusAfterRender(this.injector, () => {
      const dialog = this.dialog()?.nativeElement;
      if (dialog && !dialog.open) {
        if (typeof dialog.showModal === 'function') dialog.showModal();
        else dialog.setAttribute('open', '');
      }
      return dialog?.querySelector<HTMLElement>('input, textarea, button') ?? null;
    });
  }

  protected patch(changes: Partial<Pending>): void {
    this.pending.update((p) => (p ? { ...p, ...changes } : p));
  }

  protected close(): void {
    const opener = this.opener;
    this.opener = null;
    // Cleared first, so the dialog's own close event does not come back here.
    this.pending.set(null);
    const dialog = this.dialog()?.nativeElement;
    if (dialog?.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
    // Back to the button that opened the dialog; it is gone when the date was cancelled.
    focusAfterRender(this.injector, () =>
      opener?.isConnected ? opener : document.getElementById('my-bookings-title'),
    );
  }

  /** The dialog closed by Escape: forget what was prepared. */
  protected dialogClosed(): void {
    if (this.pending()) this.close();
  }

  private problemsOf(p: Pending): Partial<Record<DialogField, string>> {
    const errors: Partial<Record<DialogField, string>> = {};
    if (p.action !== 'change') return errors;
    if (!p.title.trim()) errors.title = this.t('rooms.form.errors.title.required');
    if (p.scope === 'this' && !berlinCalendar.isLocalDate(p.date)) {
      errors.date = this.t('rooms.form.errors.date.required');
    }
    if (!berlinCalendar.isWallTime(p.startTime)) {
      errors.startTime = this.t('rooms.form.errors.startTime.required');
    }
    if (!berlinCalendar.isWallTime(p.endTime)) {
      errors.endTime = this.t('rooms.form.errors.endTime.required');
    } else if (
      berlinCalendar.isWallTime(p.startTime) &&
      berlinCalendar.minutesOf(p.endTime) <= berlinCalendar.minutesOf(p.startTime)
    ) {
      errors.endTime = this.t('rooms.form.errors.endTime.beforeStart');
    }
    return errors;
  }

  protected async confirm(event: Event): Promise<void> {
    event.preventDefault();
    const p = this.pending();
    if (!p || this.busy()) return;
    const errors = this.problemsOf(p);
    this.fieldErrors.set(errors);
    this.dialogProblem.set(null);
    const first = (['title', 'date', 'startTime', 'endTime'] as const).find((f) => errors[f]);
    if (first) {
      focusAfterRender(this.injector, () => document.getElementById(`change-${first}`));
      return;
    }
    const scope: SeriesEditScope = p.booking.seriesId ? p.scope : 'this';
    this.busy.set(true);
    try {
      if (p.action === 'cancel') {
        const reason = p.reason.trim();
        const done = await this.store.cancel(p.booking.id, reason ? { scope, reason } : { scope });
        this.announcement.set(this.t(`rooms.mine.done.cancelled.${scope}`, { count: done.length }));
      } else {
        const request: BookingChangeRequest = {
          scope,
          startTime: p.startTime,
          endTime: p.endTime,
          title: p.title.trim(),
        };
        if (scope === 'this') request.date = p.date;
        const done = await this.store.change(p.booking.id, request);
        this.announcement.set(this.t(`rooms.mine.done.changed.${scope}`, { count: done.length }));
      }
      this.close();
    } catch (error) {
      this.dialogProblem.set(bookingProblemOf(error));
      focusAfterRender(this.injector, () => document.getElementById('dialog-problem'));
    } finally {
      this.busy.set(false);
    }
  }
}
