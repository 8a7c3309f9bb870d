import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { OrganizerQuota } from '@zusammen/web/booking/data-access';
import { RoomBookingApi, bookingProblemOf } from '@zusammen/web/booking/data-access';
import { LocaleService } from '@zusammen/web/core';
import { ListStatusComponent } from '@zusammen/web/ui';
import { countText, isolated } from '../shared/room-format';
import { RoomsNavComponent, STAFF_ROOM_LINKS } from '../shared/rooms-nav.component';

type LoadState = 'loading' | 'ready' | 'failed';

/** Most hours per week a quota may allow (a week has 168). */
const MAX_HOURS = 168;

/**
 * "Kontingente" (staff): how many hours per week each organizer may book, with what they booked this week.
 * Hours are typed (quarter hours allowed), minutes are sent.
 */
@Component({
  selector: 'zl-quotas-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RoomsNavComponent, ListStatusComponent],
  templateUrl: './quotas-page.component.html',
  styleUrl: './staff-pages.scss',
})
export class QuotasPageComponent {
  private readonly api = inject(RoomBookingApi);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService);

  protected readonly maxHours = MAX_HOURS;
  protected readonly links = STAFF_ROOM_LINKS;
  protected readonly state = signal<LoadState>('loading');
  protected readonly quotas = signal<OrganizerQuota[]>([]);
  /** Typed hours per organizer (until saved). */
  protected readonly typed = signal<Record<string, string>>({});
  protected readonly invalid = signal<string | null>(null);
  protected readonly saving = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly failure = signal<string | null>(null);

  protected readonly readyText = computed(() => {
    this.locale.current();
    const count = this.quotas().length;
    return count === 0 ? this.t('rooms.quotas.none') : this.t('rooms.quotas.count', { count });
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
      const quotas = await this.api.quotas();
      this.quotas.set([...quotas].sort((a, b) => a.name.localeCompare(b.name, 'de')));
      this.typed.set(
        Object.fromEntries(quotas.map((q) => [q.organizerId, this.hoursValue(q.weeklyMinutes)])),
      );
      this.state.set('ready');
    } catch {
      this.state.set('failed');
    }
  }

  private hoursValue(minutes: number): string {
    return String(Math.round((minutes / 60) * 100) / 100);
  }

  protected hours(minutes: number): string {
    return this.t('rooms.quotas.hours', {
      hours: countText(minutes / 60, this.locale.current(), 2),
    });
  }

  protected type(organizerId: string, value: string): void {
    this.typed.update((typed) => ({ ...typed, [organizerId]: value }));
    if (this.invalid() === organizerId) this.invalid.set(null);
  }

  protected async save(quota: OrganizerQuota): Promise<void> {
    const text = (this.typed()[quota.organizerId] ?? '').trim().replace(',', '.');
    const hours = Number(text);
    this.announcement.set('');
    this.failure.set(null);
    if (text === '' || !Number.isFinite(hours) || hours < 0 || hours > MAX_HOURS) {
      this.invalid.set(quota.organizerId);
      document.getElementById(`quota-${quota.organizerId}`)?.focus();
      return;
    }
    this.invalid.set(null);
    this.saving.set(quota.organizerId);
    const weeklyMinutes = Math.round(hours * 60);
    try {
      await this.api.setQuota(quota.organizerId, weeklyMinutes);
      this.quotas.update((list) =>
        list.map((q) => (q.organizerId === quota.organizerId ? { ...q, weeklyMinutes } : q)),
      );
      this.announcement.set(
        this.t('rooms.quotas.saved', {
          name: isolated(quota.name),
          hours: this.hours(weeklyMinutes),
        }),
      );
    } catch (error) {
      const problem = bookingProblemOf(error);
      this.failure.set(
        problem.kind === 'fields' || problem.kind === 'rule' || problem.kind === 'conflict'
          ? 'invalid'
          : problem.kind,
      );
    } finally {
      this.saving.set(null);
    }
  }
}
