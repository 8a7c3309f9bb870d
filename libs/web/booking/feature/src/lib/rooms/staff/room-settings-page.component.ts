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
import type { RoomDetail } from '@zusammen/shared/contracts';
import type {
  OpeningDayDraft,
  RoomSettingsDraft,
  RoomSettingsField,
  RoomSettingsProblem,
} from '@zusammen/web/booking/data-access';
import {
  MAX_BUFFER_MINUTES,
  MAX_DAYS_AHEAD,
  RoomBookingApi,
  bookingProblemOf,
  roomSettingsDraft,
  roomSettingsProblems,
  roomUpdateOf,
} from '@zusammen/web/booking/data-access';
import { LocaleService, focusAfterRender } from '@zusammen/web/core';
import { isolated, weekdayNames } from '../shared/room-format';
import { RoomsNavComponent, STAFF_ROOM_LINKS } from '../shared/rooms-nav.component';
import { FormErrorSummaryComponent, type FormErrorItem } from '@zusammen/web/ui';

type LoadState = 'loading' | 'ready' | 'failed';

/**
 * "Räume" (staff): the settings of one room — opening hours per weekday, set-up and clean-up buffers,
 * whether bookings need approval, how far ahead organizers may book and where the key is. New buffers apply
 * to new bookings only (booking.md § 2, invariant 4).
 */
@Component({
  selector: 'zl-room-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RoomsNavComponent, FormErrorSummaryComponent],
  templateUrl: './room-settings-page.component.html',
  styleUrl: './staff-pages.scss',
})
export class RoomSettingsPageComponent {
  private readonly api = inject(RoomBookingApi);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService);
  private readonly injector = inject(Injector);

  protected readonly links = STAFF_ROOM_LINKS;
  protected readonly maxBuffer = MAX_BUFFER_MINUTES;
  protected readonly maxAhead = MAX_DAYS_AHEAD;
  protected readonly state = signal<LoadState>('loading');
  protected readonly rooms = signal<RoomDetail[]>([]);
  protected readonly roomId = signal<string>('');
  protected readonly draft = signal<RoomSettingsDraft | null>(null);
  protected readonly problems = signal<Partial<Record<RoomSettingsField, RoomSettingsProblem>>>({});
  protected readonly saving = signal(false);
  protected readonly saved = signal('');
  protected readonly failure = signal<string | null>(null);

  protected readonly room = computed(
    () => this.rooms().find((r) => r.id === this.roomId()) ?? null,
  );
  protected readonly weekdays = computed(() => weekdayNames(this.locale.current(), 'long'));

  private readonly summary = viewChild(FormErrorSummaryComponent);

  protected readonly summaryItems = computed<FormErrorItem[]>(() => {
    this.locale.current();
    const problems = this.problems();
    return (Object.keys(problems) as RoomSettingsField[]).map((field) => ({
      targetId: `settings-${field}`,
      text: this.errorText(field),
    }));
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
      const rooms = [...(await this.api.rooms())].sort((a, b) =>
        a.name.localeCompare(b.name, 'de'),
      );
      this.rooms.set(rooms);
      const current = rooms.find((r) => r.id === this.roomId()) ?? rooms[0] ?? null;
      this.choose(current?.id ?? '');
      this.state.set('ready');
    } catch {
      this.state.set('failed');
    }
  }

  protected choose(roomId: string): void {
    this.roomId.set(roomId);
    const room = this.rooms().find((r) => r.id === roomId);
    this.draft.set(room ? roomSettingsDraft(room) : null);
    this.problems.set({});
    this.saved.set('');
    this.failure.set(null);
  }

  protected patch(changes: Partial<RoomSettingsDraft>): void {
    this.draft.update((d) => (d ? { ...d, ...changes } : d));
    this.saved.set('');
  }

  protected patchDay(weekday: number, changes: Partial<OpeningDayDraft>): void {
    this.draft.update((d) =>
      d
        ? {
            ...d,
            days: d.days.map((day) => (day.weekday === weekday ? { ...day, ...changes } : day)),
          }
        : d,
    );
    this.saved.set('');
  }

  /** The field key of a weekday's opening or closing time. */
  protected field(kind: 'opens' | 'closes', weekday: number): RoomSettingsField {
    return `${kind}-${weekday}`;
  }

  protected errorText(field: RoomSettingsField): string {
    const problem = this.problems()[field];
    if (!problem) return '';
    const day = /-(\d)$/.exec(field);
    const base = day ? field.replace(/-\d$/, '') : field;
    return this.t(`rooms.settings.errors.${base}.${problem}`, {
      weekday: day ? this.weekdays()[Number(day[1]) - 1] : '',
      max: base === 'maxDaysAhead' ? MAX_DAYS_AHEAD : MAX_BUFFER_MINUTES,
    });
  }

  protected describedBy(field: RoomSettingsField, hint: string | null = null): string | null {
    const ids = [hint, this.problems()[field] ? `settings-${field}-error` : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const draft = this.draft();
    const room = this.room();
    if (!draft || !room || this.saving()) return;
    const problems = roomSettingsProblems(draft);
    this.problems.set(problems);
    this.saved.set('');
    this.failure.set(null);
    if (Object.keys(problems).length > 0) {
      focusAfterRender(this.injector, () => this.summary()?.element());
      return;
    }
    this.saving.set(true);
    try {
      const updated = await this.api.updateRoom(room.id, roomUpdateOf(draft));
      this.rooms.update((rooms) => rooms.map((r) => (r.id === updated.id ? updated : r)));
      this.draft.set(roomSettingsDraft(updated));
      this.saved.set(this.t('rooms.settings.saved', { room: isolated(updated.name) }));
    } catch (error) {
      const problem = bookingProblemOf(error);
      this.failure.set(problem.kind === 'fields' ? 'invalid' : problem.kind);
      focusAfterRender(this.injector, () => document.getElementById('settings-problem'));
    } finally {
      this.saving.set(false);
    }
  }
}
