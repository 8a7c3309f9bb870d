import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { RoomBookingSummary } from '@zusammen/shared/contracts';
import type { CalendarView } from '@zusammen/web/booking/data-access';
import {
  CALENDAR_VIEWS,
  RoomCalendarStore,
  anchorOrToday,
  axisHours,
  berlinCalendar,
  initialView,
  shiftAnchor,
  slotInSpan,
} from '@zusammen/web/booking/data-access';
import { LocaleService, SessionStore, focusAfterRender } from '@zusammen/web/core';
import {
  dayRangeText,
  dayText,
  isolated,
  joined,
  listSeparator,
  minutesText,
  monthText,
  shortDayText,
  statusIcon,
  statusKey,
  timeRangeText,
  timeText,
  weekdayNames,
} from '../shared/room-format';
import { RoomsNavComponent } from '../shared/rooms-nav.component';
import { BookingStatusComponent } from '../shared/status-badge.component';
import type { BookingCell, FreeCell } from './calendar-model';
import { calendarLayout, countsPerDay } from './calendar-model';
import type { CellView, ColumnView, FreePick, HourMark } from './calendar-view-model';
import type { MonthDayView } from './month-grid.component';
import { MonthGridComponent } from './month-grid.component';
import { RoomTimelineComponent } from './room-timeline.component';
import { TimeGridComponent } from './time-grid.component';

/** Below this width the calendar starts with the day view. */
const NARROW_QUERY = '(max-width: 40rem)';

/**
 * "Räume" (organizer, staff): the calendar of the Haus der Begegnung. Four views — a week or a day of one
 * room, the rooms timeline of a day, the month — each from one request. The position lives in the address
 * (`?view=&date=&room=`), so back and forward work and a view can be shared. Free time starts a booking.
 */
@Component({
  selector: 'zl-room-calendar-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    RoomsNavComponent,
    BookingStatusComponent,
    TimeGridComponent,
    RoomTimelineComponent,
    MonthGridComponent,
  ],
  templateUrl: './room-calendar-page.component.html',
  styleUrl: './room-calendar-page.component.scss',
})
export class RoomCalendarPageComponent {
  /** Query parameters (bound by the router). */
  readonly view = input<string | undefined>(undefined);
  readonly date = input<string | undefined>(undefined);
  readonly room = input<string | undefined>(undefined);

  protected readonly store = inject(RoomCalendarStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService);
  private readonly session = inject(SessionStore);
  private readonly injector = inject(Injector);

  protected readonly views = CALENDAR_VIEWS;
  private readonly narrow =
    typeof window !== 'undefined' && typeof window.matchMedia === 'function'
      ? window.matchMedia(NARROW_QUERY).matches
      : false;
  protected readonly today = signal(berlinCalendar.todayInBerlin());

  protected readonly currentView = computed<CalendarView>(() =>
    initialView(this.view(), this.narrow),
  );
  protected readonly anchor = computed(() => anchorOrToday(this.date(), this.today()));
  protected readonly selected = signal<BookingCell | null>(null);

  private readonly detailsHeading = viewChild<ElementRef<HTMLElement>>('detailsHeading');

  constructor() {
    effect(() => {
      const position = {
        view: this.currentView(),
        anchor: this.anchor(),
        roomId: this.room() ?? null,
      };
      untracked(() => {
        this.selected.set(null);
        void this.store.show(position);
      });
    });
  }

  // --- words -------------------------------------------------------------------------------------------

  private t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(key, params);
  }

  /** "Woche, 23.–29. März 2026" / "Großer Saal" … the heading above the grid. */
  protected readonly heading = computed(() => {
    const locale = this.locale.current();
    const dates = this.store.dates();
    const anchor = this.anchor();
    switch (this.currentView()) {
      case 'week':
        return this.t('rooms.calendar.headings.week', {
          range: dayRangeText(dates[0], dates[dates.length - 1], locale),
        });
      case 'day':
      case 'timeline':
        return dayText(anchor, locale, true);
      case 'month':
        return monthText(anchor, locale);
    }
  });

  protected readonly roomName = computed(() => this.store.room()?.room.name ?? '');

  /** The live region's sentence once the data is there. */
  protected readonly statusText = computed(() => {
    this.locale.current();
    if (this.store.state() !== 'ready') return '';
    const view = this.currentView();
    const entries =
      view === 'week' || view === 'day'
        ? [this.store.room()].filter((e) => !!e)
        : this.store.availability();
    const count = entries.reduce(
      (sum, entry) =>
        sum +
        (entry?.bookings.filter((b) => ['held', 'pending', 'confirmed'].includes(b.status))
          .length ?? 0),
      0,
    );
    const place =
      view === 'week' || view === 'day'
        ? isolated(this.roomName())
        : this.t('rooms.calendar.allRooms');
    return this.t('rooms.calendar.shown', { heading: this.heading(), place, count });
  });

  protected readonly stepLabels = computed(() => {
    this.locale.current();
    const view = this.currentView();
    return {
      previous: this.t(`rooms.calendar.previous.${view}`),
      next: this.t(`rooms.calendar.next.${view}`),
    };
  });

  // --- the grids ---------------------------------------------------------------------------------------

  private readonly layout = computed(() => {
    const view = this.currentView();
    if (view === 'month' || this.store.state() === 'loading') return null;
    return calendarLayout(
      view,
      this.store.dates(),
      this.store.availability(),
      this.store.room(),
      new Date(),
    );
  });

  protected readonly axis = computed(() => this.layout()?.axis ?? { start: 480, end: 1320 });

  protected readonly hourMarks = computed<HourMark[]>(() => {
    const locale = this.locale.current();
    const axis = this.axis();
    const length = axis.end - axis.start;
    return axisHours(axis).map((hour) => ({
      hour,
      label: minutesText(hour * 60, locale),
      offset: Math.round(((hour * 60 - axis.start) / length) * 100000) / 1000,
    }));
  });

  protected readonly columns = computed<ColumnView[]>(() => {
    const layout = this.layout();
    const locale = this.locale.current();
    const today = this.today();
    const timeline = this.currentView() === 'timeline';
    if (!layout) return [];
    return layout.columns.map((column) => {
      const day = dayText(column.date, locale);
      const short = shortDayText(column.date, locale);
      const context = `${joined(locale, isolated(column.room.name), day)}${listSeparator(locale).trim()}`;
      const cells: CellView[] = column.cells.map((cell) =>
        cell.type === 'booking'
          ? {
              cell,
              context: `${context} `,
              time: timeRangeText(
                timeText(cell.booking.startsAt, locale),
                timeText(cell.booking.endsAt, locale),
              ),
              title: this.titleOf(cell.booking),
              status: this.t(statusKey(cell.booking)),
              icon: statusIcon(cell.booking),
            }
          : {
              cell,
              name: this.t('rooms.calendar.freeName', {
                context,
                from: minutesText(cell.span.start, locale),
                to: minutesText(cell.span.end, locale),
              }),
              href: this.router.serializeUrl(this.bookingUrl(cell, null)),
            },
      );
      return {
        column,
        heading: timeline ? column.room.name : day,
        shortWeekday: short.weekday,
        shortDay: short.day,
        isToday: column.date === today,
        isPast: column.date < today,
        cells,
      };
    });
  });

  protected readonly gridLabel = computed(() => {
    this.locale.current();
    const view = this.currentView();
    return this.t(`rooms.calendar.gridLabel.${view}`, {
      room: isolated(this.roomName()),
      heading: this.heading(),
    });
  });

  protected readonly weekdaysShort = computed(() => weekdayNames(this.locale.current(), 'short'));
  protected readonly weekdaysLong = computed(() => weekdayNames(this.locale.current(), 'long'));
  protected readonly weekdaysNarrow = computed(() => weekdayNames(this.locale.current(), 'narrow'));

  protected readonly monthDays = computed<MonthDayView[]>(() => {
    if (this.currentView() !== 'month') return [];
    const locale = this.locale.current();
    const dates = this.store.dates();
    const month = this.anchor().slice(0, 7);
    const counts = countsPerDay(dates, this.store.availability());
    const numberFormat = new Intl.NumberFormat(locale);
    return dates.map((date) => {
      const count = counts.get(date) ?? { bookings: 0, closures: 0 };
      const parts = [
        count.bookings > 0 || count.closures === 0
          ? this.t('rooms.calendar.month.bookings', { count: count.bookings })
          : null,
        count.closures > 0
          ? this.t('rooms.calendar.month.closures', { count: count.closures })
          : null,
      ].filter((part): part is string => part !== null);
      return {
        date,
        dayNumber: numberFormat.format(Number(date.slice(8, 10))),
        name: `${dayText(date, locale, true)}: ${joined(locale, ...parts)}`,
        countText: numberFormat.format(count.bookings + count.closures),
        bookings: count.bookings,
        closures: count.closures,
        inMonth: date.startsWith(month),
        isToday: date === this.today(),
      };
    });
  });

  // --- details of a chosen booking ---------------------------------------------------------------------

  protected readonly details = computed(() => {
    const cell = this.selected();
    const locale = this.locale.current();
    if (!cell) return null;
    const b = cell.booking;
    const hasBuffer = b.blockedFrom !== b.startsAt || b.blockedUntil !== b.endsAt;
    return {
      booking: b,
      title: this.titleOf(b),
      room: cell.room,
      day: dayText(berlinCalendar.wallClockOf(b.startsAt).date, locale, true),
      time: timeRangeText(timeText(b.startsAt, locale), timeText(b.endsAt, locale)),
      blocked: hasBuffer
        ? timeRangeText(timeText(b.blockedFrom, locale), timeText(b.blockedUntil, locale))
        : null,
      mine: b.organizerId !== null && b.organizerId === this.session.user()?.id,
    };
  });

  // --- actions -----------------------------------------------------------------------------------------

  protected titleOf(booking: RoomBookingSummary): string {
    if (booking.kind === 'blackout') return booking.title || this.t('rooms.calendar.closure');
    // Other organizers' bookings come without their title or organizer.
    if (booking.busyOnly || booking.title === '') return this.t('rooms.calendar.busy');
    return booking.title;
  }

  protected go(changes: { view?: CalendarView; date?: string; room?: string }): void {
    void this.router.navigate([], {
      queryParams: {
        view: changes.view ?? this.currentView(),
        date: changes.date ?? this.anchor(),
        room: changes.room ?? this.room() ?? this.store.room()?.room.id ?? null,
      },
      queryParamsHandling: 'merge',
    });
  }

  protected step(direction: -1 | 1): void {
    this.go({ date: shiftAnchor(this.currentView(), this.anchor(), direction) });
  }

  protected toToday(): void {
    this.today.set(berlinCalendar.todayInBerlin());
    this.go({ date: this.today() });
  }

  protected chooseDate(value: string): void {
    if (berlinCalendar.isLocalDate(value)) this.go({ date: value });
  }

  protected openDay(date: string): void {
    this.go({ view: this.currentView() === 'month' ? 'timeline' : 'day', date });
  }

  protected openBooking(cell: BookingCell): void {
    this.selected.set(cell);
    focusAfterRender(this.injector, () => this.detailsHeading()?.nativeElement);
  }

  protected closeDetails(): void {
    const cell = this.selected();
    this.selected.set(null);
    if (cell) {
      focusAfterRender(this.injector, () =>
        document.querySelector<HTMLElement>(`[data-booking-id="${cell.booking.id}"]`),
      );
    }
  }

  protected startBooking(pick: FreePick): void {
    void this.router.navigateByUrl(this.bookingUrl(pick.cell, pick.pointed));
  }

  private bookingUrl(cell: FreeCell, pointed: number | null) {
    const slot = slotInSpan(cell.span, pointed);
    return this.router.createUrlTree(['/raeume/buchen'], {
      queryParams: {
        room: cell.room.id,
        date: cell.date,
        start: berlinCalendar.timeOfMinutes(slot.start),
        end: berlinCalendar.timeOfMinutes(slot.end),
      },
    });
  }
}
