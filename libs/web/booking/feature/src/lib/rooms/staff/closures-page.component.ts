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
import type {
  BookingConflict,
  BookingRequest,
  RoomBookingSummary,
  RoomDetail,
} from '@zusammen/shared/contracts';
import type { BookingGroup } from '@zusammen/web/booking/data-access';
import {
  AttemptKey,
  RoomBookingApi,
  berlinCalendar,
  bookingProblemOf,
  groupBySeries,
} from '@zusammen/web/booking/data-access';
import { LocaleService, focusAfterRender } from '@zusammen/web/core';
import {
  ListStatusComponent,
  FormErrorSummaryComponent,
  type FormErrorItem,
} from '@zusammen/web/ui';
import {
  dayRangeText,
  dayText,
  isolated,
  joined,
  timeRangeText,
  timeText,
} from '../shared/room-format';
import { RoomsNavComponent, STAFF_ROOM_LINKS } from '../shared/rooms-nav.component';

type LoadState = 'loading' | 'ready' | 'failed';
type ClosureField = 'room' | 'from' | 'to' | 'reason';

/** A closure runs over whole days: from the start of the first to the end of the last. */
const DAY_START = '00:00';
const DAY_END = '23:59';
/** How far ahead the list of closures looks. */
const LIST_DAYS = 400;

/**
 * "Sperrzeiten" (staff): closures of a room for a range of days (holidays, renovation). A closure is a booking
 * of kind `blackout`, one per day, so the no-overlap rule covers it; bookings already in the range are
 * listed and must be moved or cancelled first.
 */
@Component({
  selector: 'zl-closures-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RoomsNavComponent, FormErrorSummaryComponent, ListStatusComponent],
  templateUrl: './closures-page.component.html',
  styleUrl: './staff-pages.scss',
})
export class ClosuresPageComponent {
  private readonly api = inject(RoomBookingApi);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService);
  private readonly injector = inject(Injector);

  protected readonly links = STAFF_ROOM_LINKS;
  protected readonly today = berlinCalendar.todayInBerlin();
  protected readonly state = signal<LoadState>('loading');
  protected readonly rooms = signal<RoomDetail[]>([]);
  protected readonly closures = signal<RoomBookingSummary[]>([]);

  protected readonly roomId = signal('');
  protected readonly from = signal(this.today);
  protected readonly to = signal(this.today);
  protected readonly reason = signal('');
  protected readonly problems = signal<Partial<Record<ClosureField, string>>>({});
  protected readonly conflicts = signal<BookingConflict[]>([]);
  protected readonly failure = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly announcement = signal('');
  private readonly attempt = new AttemptKey();
  private readonly summary = viewChild(FormErrorSummaryComponent);

  protected readonly groups = computed<BookingGroup[]>(() => groupBySeries(this.closures()));

  protected readonly summaryItems = computed<FormErrorItem[]>(() => {
    const problems = this.problems();
    return (['room', 'from', 'to', 'reason'] as const)
      .filter((field) => problems[field])
      .map((field) => ({ targetId: `closure-${field}`, text: problems[field] as string }));
  });

  protected readonly readyText = computed(() => {
    this.locale.current();
    const count = this.groups().length;
    return count === 0 ? this.t('rooms.closures.none') : this.t('rooms.closures.count', { count });
  });

  constructor() {
    void this.load();
  }

  private t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(key, params);
  }

  protected async load(): Promise<void> {
    this.state.set('loading');
    try {
      // Closures are confirmed rows of kind `blackout`; the list looks as far ahead as the API allows.
      const [rooms, confirmed] = await Promise.all([
        this.api.rooms(),
        this.api.list('confirmed', this.today, berlinCalendar.addDays(this.today, LIST_DAYS - 1)),
      ]);
      this.rooms.set([...rooms].sort((a, b) => a.name.localeCompare(b.name, 'de')));
      if (!this.roomId() && rooms.length > 0) this.roomId.set(this.rooms()[0].id);
      this.closures.set(confirmed.filter((b) => b.kind === 'blackout'));
      this.state.set('ready');
    } catch {
      this.state.set('failed');
    }
  }

  protected when(group: BookingGroup): string {
    const locale = this.locale.current();
    const first = berlinCalendar.wallClockOf(group.first.startsAt).date;
    // A closure that ends at midnight ends on the day before.
    const last = berlinCalendar.wallClockOf(Date.parse(group.last.endsAt) - 1).date;
    return dayRangeText(first, last < first ? first : last, locale);
  }

  protected conflictText(conflict: BookingConflict): string {
    const locale = this.locale.current();
    const day = dayText(conflict.date, locale, true);
    const time = timeRangeText(
      timeText(conflict.conflictStartsAt, locale),
      timeText(conflict.conflictEndsAt, locale),
    );
    return `${joined(locale, day, time)}: ${isolated(conflict.conflictTitle ?? this.t('rooms.calendar.busy'))}`;
  }

  private validate(): boolean {
    const problems: Partial<Record<ClosureField, string>> = {};
    if (!this.roomId()) problems.room = this.t('rooms.closures.errors.room');
    if (!berlinCalendar.isLocalDate(this.from()))
      problems.from = this.t('rooms.closures.errors.from');
    if (!berlinCalendar.isLocalDate(this.to())) problems.to = this.t('rooms.closures.errors.to');
    else if (berlinCalendar.isLocalDate(this.from()) && this.to() < this.from()) {
      problems.to = this.t('rooms.closures.errors.order');
    }
    if (!this.reason().trim()) problems.reason = this.t('rooms.closures.errors.reason');
    this.problems.set(problems);
    if (Object.keys(problems).length > 0) {
      focusAfterRender(this.injector, () => this.summary()?.element());
      return false;
    }
    return true;
  }

  protected async create(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending()) return;
    this.conflicts.set([]);
    this.failure.set(null);
    this.announcement.set('');
    if (!this.validate()) return;
    const from = this.from();
    const to = this.to();
    const request: BookingRequest = {
      kind: 'blackout',
      roomId: this.roomId(),
      title: this.reason().trim(),
      date: from,
      startTime: DAY_START,
      endTime: DAY_END,
    };
    if (to > from) request.rule = { frequency: 'DAILY', interval: 1, until: to };
    this.sending.set(true);
    try {
      await this.api.create(request, this.attempt.for(request));
      this.attempt.reset();
      const room = this.rooms().find((r) => r.id === this.roomId());
      this.announcement.set(
        this.t('rooms.closures.created', {
          room: isolated(room?.name ?? ''),
          range: dayRangeText(from, to, this.locale.current()),
        }),
      );
      this.reason.set('');
      await this.load();
    } catch (error) {
      const problem = bookingProblemOf(error);
      if (problem.kind === 'conflict') this.conflicts.set(problem.conflicts);
      else
        this.failure.set(
          problem.kind === 'fields'
            ? 'invalid'
            : problem.kind === 'rule'
              ? 'unexpected'
              : problem.kind,
        );
      focusAfterRender(this.injector, () => document.getElementById('closure-problem'));
    } finally {
      this.sending.set(false);
    }
  }

  protected async remove(group: BookingGroup): Promise<void> {
    this.failure.set(null);
    this.announcement.set('');
    try {
      await this.api.cancel(group.first.id, { scope: 'all' });
      this.announcement.set(
        this.t('rooms.closures.removed', {
          room: isolated(group.first.roomName),
          range: this.when(group),
        }),
      );
      await this.load();
      focusAfterRender(this.injector, () => document.getElementById('closures-list-title'));
    } catch (error) {
      const problem = bookingProblemOf(error);
      this.failure.set(
        problem.kind === 'fields' || problem.kind === 'rule' || problem.kind === 'conflict'
          ? 'unexpected'
          : problem.kind,
      );
      focusAfterRender(this.injector, () => document.getElementById('closure-problem'));
    }
  }
}
