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
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type {
  BookingConflict,
  BookingCreated,
  FreeSlot,
  RoomDetail,
} from '@zusammen/shared/contracts';
import type {
  BookingCheck,
  BookingDraft,
  BookingDraftField,
  BookingDraftProblems,
  BookingProblem,
  RepeatKind,
  WeekdayCode,
} from '@zusammen/web/booking/data-access';
import {
  AttemptKey,
  BOOKING_DRAFT_FIELDS,
  MAX_SERIES_COUNT,
  MAX_SERIES_INTERVAL,
  RoomBookingApi,
  WEEKDAY_CODES,
  berlinCalendar,
  bookingDraftProblems,
  bookingProblemOf,
  bookingRequestOf,
  draftFieldOfApiField,
  newBookingDraft,
  weekdayCodeOf,
  weekdayOrdinalOf,
} from '@zusammen/web/booking/data-access';
import { LocaleService, focusAfterRender } from '@zusammen/web/core';
import {
  countText,
  dayText,
  isolated,
  joined,
  minutesText,
  timeRangeText,
  timeText,
  weekdayNames,
} from '../shared/room-format';
import { RoomsNavComponent } from '../shared/rooms-nav.component';
import { BookingStatusComponent } from '../shared/status-badge.component';
import { FormErrorSummaryComponent, type FormErrorItem } from '@zusammen/web/ui';

/** The first control of each field, for the error summary's links. */
const FIELD_IDS: Readonly<Record<BookingDraftField, string>> = {
  roomId: 'booking-room',
  title: 'booking-title',
  date: 'booking-date',
  startTime: 'booking-start',
  endTime: 'booking-end',
  interval: 'booking-interval',
  weekdays: 'booking-weekday-MO',
  until: 'booking-until',
  count: 'booking-count',
};

/** Where a rule of the house sends the reader. */
const RULE_FIELD: Readonly<Record<string, BookingDraftField>> = {
  OUTSIDE_OPENING_HOURS: 'startTime',
  QUOTA_EXCEEDED: 'endTime',
  TOO_FAR_AHEAD: 'date',
  IN_THE_PAST: 'date',
  NO_DATES_LEFT: 'date',
  REASON_REQUIRED: 'title',
};

/** One date of the preview: free or blocked, and whether it is left out. */
interface PreviewDate {
  date: string;
  startsAt: string;
  endsAt: string;
  conflict: BookingConflict | null;
}

type LoadState = 'loading' | 'ready' | 'failed';

/**
 * "Raum buchen" (/raeume/buchen, organizer and staff): room, title, date and times (prefilled from the
 * calendar's free time), optionally a repetition. "Termine prüfen" lists every date with what blocks it;
 * the organizer leaves out blocked (or other) dates and books the rest. A conflict at sending (someone was
 * faster) shows what blocks and offers the next free slots, which fill the form. Each attempt carries one
 * Idempotency-Key, so a repeated send after a lost answer cannot book twice.
 */
@Component({
  selector: 'zl-booking-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    RoomsNavComponent,
    FormErrorSummaryComponent,
    BookingStatusComponent,
  ],
  templateUrl: './booking-form-page.component.html',
  styleUrl: './booking-form-page.component.scss',
})
export class BookingFormPageComponent {
  /** Query parameters from the calendar. */
  readonly room = input<string | undefined>(undefined);
  readonly date = input<string | undefined>(undefined);
  readonly start = input<string | undefined>(undefined);
  readonly end = input<string | undefined>(undefined);

  private readonly api = inject(RoomBookingApi);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService);
  private readonly injector = inject(Injector);

  protected readonly weekdayCodes = WEEKDAY_CODES;
  protected readonly repeats: readonly RepeatKind[] = ['none', 'daily', 'weekly', 'monthly'];
  protected readonly ids = FIELD_IDS;
  protected readonly maxCount = MAX_SERIES_COUNT;
  protected readonly maxInterval = MAX_SERIES_INTERVAL;
  protected readonly today = berlinCalendar.todayInBerlin();

  protected readonly roomsState = signal<LoadState>('loading');
  protected readonly rooms = signal<RoomDetail[]>([]);
  protected readonly draft = signal<BookingDraft>(newBookingDraft({ date: this.today }));
  protected readonly problems = signal<BookingDraftProblems>({});
  /** Server messages per field (422 details), shown beside the field. */
  protected readonly serverFields = signal<Partial<Record<BookingDraftField, string>>>({});
  protected readonly problem = signal<BookingProblem | null>(null);
  protected readonly checking = signal(false);
  protected readonly sending = signal(false);
  protected readonly preview = signal<PreviewDate[] | null>(null);
  protected readonly skipped = signal<ReadonlySet<string>>(new Set());
  protected readonly freeSlots = signal<FreeSlot[]>([]);
  protected readonly created = signal<BookingCreated | null>(null);

  private readonly attempt = new AttemptKey();
  private readonly summary = viewChild(FormErrorSummaryComponent);
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly previewHeading = viewChild<ElementRef<HTMLElement>>('previewHeading');

  protected readonly chosenRoom = computed(
    () => this.rooms().find((room) => room.id === this.draft().roomId) ?? null,
  );
  protected readonly weekdayNames = computed(() => weekdayNames(this.locale.current(), 'long'));

  protected readonly isSeries = computed(() => this.draft().repeat !== 'none');

  /** "am 2. Dienstag im Monat" / "am 12. des Monats" for the monthly choices. */
  protected readonly monthlyLabels = computed(() => {
    this.locale.current();
    const date = this.draft().date;
    if (!berlinCalendar.isLocalDate(date)) return null;
    const weekday = this.weekdayNames()[berlinCalendar.isoWeekday(date) - 1];
    const ordinal = weekdayOrdinalOf(date);
    return {
      weekday: this.t(`rooms.form.monthly.weekday.${ordinal === -1 ? 'last' : ordinal}`, {
        weekday,
      }),
      monthDay: this.t('rooms.form.monthly.monthDay', {
        day: countText(Number(date.slice(8, 10)), this.locale.current()),
      }),
    };
  });

  /** Opening hours of the chosen room on the chosen weekday, in words. */
  protected readonly openingText = computed(() => {
    const room = this.chosenRoom();
    const date = this.draft().date;
    const locale = this.locale.current();
    if (!room || !berlinCalendar.isLocalDate(date)) return null;
    const weekday = berlinCalendar.isoWeekday(date);
    const spans = room.openingHours
      .filter((h) => h.weekday === weekday)
      .map((h) =>
        timeRangeText(
          minutesText(berlinCalendar.minutesOf(h.opens.slice(0, 5)), locale),
          minutesText(berlinCalendar.minutesOf(h.closes.slice(0, 5)), locale),
        ),
      );
    return spans.length === 0
      ? this.t('rooms.form.roomInfo.closedOn', { weekday: this.weekdayNames()[weekday - 1] })
      : this.t('rooms.form.roomInfo.openOn', {
          weekday: this.weekdayNames()[weekday - 1],
          hours: joined(locale, ...spans),
        });
  });

  protected readonly summaryItems = computed<FormErrorItem[]>(() => {
    this.locale.current();
    const problems = this.problems();
    const server = this.serverFields();
    const items = BOOKING_DRAFT_FIELDS.filter((field) => problems[field] || server[field]).map(
      (field) => ({ targetId: FIELD_IDS[field], text: this.errorText(field) }),
    );
    const problem = this.problem();
    if (problem?.kind === 'rule') {
      items.push({
        targetId: FIELD_IDS[RULE_FIELD[problem.code]],
        text: this.t(`rooms.form.rules.${problem.code}`),
      });
    }
    return items;
  });

  protected readonly conflictCount = computed(
    () => this.preview()?.filter((date) => date.conflict !== null).length ?? 0,
  );
  protected readonly bookedCount = computed(
    () => (this.preview()?.length ?? 0) - this.skipped().size,
  );

  protected readonly doneText = computed(() => {
    const created = this.created();
    this.locale.current();
    if (!created) return '';
    const bookings = created.bookings.filter((b) => b.kind === 'booking');
    const pending = bookings.filter((b) => b.status === 'pending').length;
    const confirmed = bookings.filter((b) => b.status === 'confirmed').length;
    const parts: string[] = [];
    if (confirmed > 0) parts.push(this.t('rooms.form.done.confirmed', { count: confirmed }));
    if (pending > 0) parts.push(this.t('rooms.form.done.pending', { count: pending }));
    if (created.skipped.length > 0) {
      parts.push(this.t('rooms.form.done.skipped', { count: created.skipped.length }));
    }
    return parts.join(' ');
  });

  constructor() {
    void this.loadRooms();
    effect(() => {
      const prefill = {
        roomId: this.room(),
        date: this.date(),
        startTime: this.start(),
        endTime: this.end(),
      };
      untracked(() => this.prefill(prefill));
    });
  }

  private t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(key, params);
  }

  private prefill(
    values: Partial<Record<'roomId' | 'date' | 'startTime' | 'endTime', string>>,
  ): void {
    const changes: Partial<BookingDraft> = {};
    if (values.roomId) changes.roomId = values.roomId;
    if (values.date && berlinCalendar.isLocalDate(values.date)) {
      changes.date = values.date;
      changes.weekdays = [weekdayCodeOf(values.date)];
    }
    if (values.startTime && berlinCalendar.isWallTime(values.startTime)) {
      changes.startTime = values.startTime;
    }
    if (values.endTime) {
      changes.endTime = values.endTime === '24:00' ? '23:59' : values.endTime;
    }
    if (Object.keys(changes).length > 0) this.patch(changes);
  }

  protected async loadRooms(): Promise<void> {
    this.roomsState.set('loading');
    try {
      const rooms = await this.api.rooms();
      this.rooms.set([...rooms].sort((a, b) => a.name.localeCompare(b.name, 'de')));
      this.roomsState.set('ready');
    } catch {
      this.roomsState.set('failed');
    }
  }

  // --- editing -----------------------------------------------------------------------------------------

  protected patch(changes: Partial<BookingDraft>): void {
    this.draft.update((draft) => {
      const next = { ...draft, ...changes };
      // A weekly series starts on its first date's weekday unless weekdays were chosen.
      if (changes.date && berlinCalendar.isLocalDate(changes.date) && draft.weekdays.length <= 1) {
        next.weekdays = changes.weekdays ?? [weekdayCodeOf(changes.date)];
      }
      return next;
    });
    // What was checked or refused belongs to the old form.
    this.preview.set(null);
    this.skipped.set(new Set());
    this.freeSlots.set([]);
    this.problem.set(null);
    this.serverFields.set({});
    this.created.set(null);
  }

  protected toggleWeekday(code: WeekdayCode, on: boolean): void {
    const current = this.draft().weekdays;
    this.patch({
      weekdays: on
        ? WEEKDAY_CODES.filter((c) => c === code || current.includes(c))
        : current.filter((c) => c !== code),
    });
  }

  protected toggleSkip(date: string, skip: boolean): void {
    this.skipped.update((set) => {
      const next = new Set(set);
      if (skip) next.add(date);
      else next.delete(date);
      return next;
    });
  }

  /**
   * A free slot offered after a conflict goes into the form: room, date and times of a single booking; for a
   * series room and times only (the series keeps its first date and rhythm).
   */
  protected useSlot(slot: FreeSlot): void {
    const start = berlinCalendar.wallClockOf(slot.startsAt);
    const end = berlinCalendar.wallClockOf(slot.endsAt);
    const series = this.isSeries();
    this.patch({
      roomId: slot.roomId,
      ...(series ? {} : { date: start.date }),
      startTime: start.time,
      endTime: end.time,
    });
    focusAfterRender(this.injector, () =>
      document.getElementById(series ? FIELD_IDS.startTime : FIELD_IDS.date),
    );
  }

  // --- words -------------------------------------------------------------------------------------------

  protected errorText(field: BookingDraftField): string {
    const problem = this.problems()[field];
    if (problem) {
      return this.t(`rooms.form.errors.${field}.${problem}`, {
        max: field === 'count' ? MAX_SERIES_COUNT : MAX_SERIES_INTERVAL,
      });
    }
    return this.serverFields()[field]
      ? this.t('rooms.form.errors.server', { field: this.t(`rooms.form.labels.${field}`) })
      : '';
  }

  protected hasError(field: BookingDraftField): boolean {
    const problem = this.problem();
    return (
      !!this.problems()[field] ||
      !!this.serverFields()[field] ||
      (problem?.kind === 'rule' && RULE_FIELD[problem.code] === field)
    );
  }

  protected describedBy(field: BookingDraftField, hint: string | null = null): string | null {
    const ids = [
      hint,
      this.problems()[field] || this.serverFields()[field] ? `${FIELD_IDS[field]}-error` : null,
    ].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : null;
  }

  protected dateOf(iso: string): string {
    return berlinCalendar.wallClockOf(iso).date;
  }

  /** A date with its times, e.g. "Dienstag, 14. Mai 2030, 18:00–20:00". */
  protected when(date: string, startsAt: string, endsAt: string): string {
    return joined(this.locale.current(), this.dayOf(date), this.timeRange(startsAt, endsAt));
  }

  protected dayOf(date: string): string {
    return dayText(date, this.locale.current(), true);
  }

  protected timeRange(from: string, to: string): string {
    const locale = this.locale.current();
    return timeRangeText(timeText(from, locale), timeText(to, locale));
  }

  protected slotText(slot: FreeSlot): string {
    const locale = this.locale.current();
    const date = berlinCalendar.wallClockOf(slot.startsAt).date;
    return joined(locale, dayText(date, locale), this.timeRange(slot.startsAt, slot.endsAt));
  }

  protected conflictText(conflict: BookingConflict): string {
    const title = conflict.conflictTitle ? isolated(conflict.conflictTitle) : '';
    return this.t(`rooms.form.conflict.kinds.${conflict.conflictKind}`, {
      time: this.timeRange(conflict.conflictStartsAt, conflict.conflictEndsAt),
      title,
    });
  }

  protected slotRoomName(slot: FreeSlot): string {
    return this.rooms().find((room) => room.id === slot.roomId)?.name ?? '';
  }

  // --- sending -----------------------------------------------------------------------------------------

  /** Checks the form; on problems shows the summary and returns false. */
  private validate(): boolean {
    this.problem.set(null);
    this.serverFields.set({});
    const problems = bookingDraftProblems(this.draft(), this.today);
    this.problems.set(problems);
    if (Object.keys(problems).length > 0) {
      focusAfterRender(this.injector, () => this.summary()?.element());
      return false;
    }
    return true;
  }

  protected async check(): Promise<void> {
    if (this.checking() || this.sending() || !this.validate()) return;
    this.checking.set(true);
    this.created.set(null);
    try {
      const result: BookingCheck = await this.api.check(bookingRequestOf(this.draft()));
      this.showPreview(result.dates, result.conflicts);
      this.freeSlots.set(result.freeSlots);
      focusAfterRender(this.injector, () => this.previewHeading()?.nativeElement);
    } catch (error) {
      this.showProblem(bookingProblemOf(error));
    } finally {
      this.checking.set(false);
    }
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.checking() || this.sending() || !this.validate()) return;
    const request = bookingRequestOf(this.draft(), [...this.skipped()]);
    this.sending.set(true);
    try {
      const created = await this.api.create(request, this.attempt.for(request));
      this.attempt.reset();
      this.created.set(created);
      this.preview.set(null);
      this.freeSlots.set([]);
    } catch (error) {
      this.showProblem(bookingProblemOf(error));
    } finally {
      this.sending.set(false);
    }
  }

  protected startOver(): void {
    const roomId = this.draft().roomId;
    this.draft.set(newBookingDraft({ date: this.today, roomId }));
    this.created.set(null);
    this.problems.set({});
    focusAfterRender(this.injector, () => document.getElementById(FIELD_IDS.title));
  }

  private showPreview(
    dates: readonly { date: string; startsAt: string; endsAt: string }[],
    conflicts: readonly BookingConflict[],
  ): void {
    const byDate = new Map(conflicts.map((c) => [c.date, c]));
    const list: PreviewDate[] = dates.map((d) => ({ ...d, conflict: byDate.get(d.date) ?? null }));
    // Conflicts the dates list does not name (it should) are shown as well.
    for (const conflict of conflicts) {
      if (!list.some((d) => d.date === conflict.date)) {
        list.push({
          date: conflict.date,
          startsAt: conflict.startsAt,
          endsAt: conflict.endsAt,
          conflict,
        });
      }
    }
    list.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    this.preview.set(list);
    // Blocked dates are left out unless the organizer decides otherwise.
    this.skipped.update((set) => new Set([...set, ...conflicts.map((c) => c.date)]));
  }

  private showProblem(problem: BookingProblem): void {
    if (problem.kind === 'conflict') {
      this.problem.set(problem);
      this.freeSlots.set(problem.freeSlots);
      if (this.isSeries()) {
        const dates = this.preview() ?? [];
        this.showPreview(
          dates.map(({ date, startsAt, endsAt }) => ({ date, startsAt, endsAt })),
          problem.conflicts,
        );
      }
      focusAfterRender(this.injector, () => this.problemBox()?.nativeElement);
      return;
    }
    if (problem.kind === 'fields') {
      const fields: Partial<Record<BookingDraftField, string>> = {};
      for (const [name, messages] of Object.entries(problem.fields)) {
        const field = draftFieldOfApiField(name);
        if (field) fields[field] = messages.join(' ');
      }
      if (Object.keys(fields).length > 0) {
        this.serverFields.set(fields);
        focusAfterRender(this.injector, () => this.summary()?.element());
        return;
      }
      this.problem.set({ kind: 'unexpected' });
      focusAfterRender(this.injector, () => this.problemBox()?.nativeElement);
      return;
    }
    this.problem.set(problem);
    // Dates of a series outside the opening hours: marked to be left out, like taken ones.
    if (problem.kind === 'rule' && problem.conflicts.length > 0 && this.isSeries()) {
      const dates = this.preview() ?? [];
      this.showPreview(
        dates.map(({ date, startsAt, endsAt }) => ({ date, startsAt, endsAt })),
        problem.conflicts,
      );
    }
    focusAfterRender(this.injector, () =>
      problem.kind === 'rule' ? this.summary()?.element() : this.problemBox()?.nativeElement,
    );
  }
}
