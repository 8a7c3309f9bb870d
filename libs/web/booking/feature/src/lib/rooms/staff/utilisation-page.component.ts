import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  signal,
} from '@angular/core';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { RoomUtilisationRow } from '@zusammen/shared/contracts';
import type { MonthPeriod, MonthPeriodProblem } from '@zusammen/web/booking/data-access';
import {
  RoomBookingApi,
  berlinCalendar,
  bookingProblemOf,
  defaultMonthPeriod,
  monthPeriodProblemOf,
  utilisationCsvUrl,
  utilisationTotals,
} from '@zusammen/web/booking/data-access';
import { LocaleService, focusAfterRender } from '@zusammen/web/core';
import { countText, monthText, percentText } from '../shared/room-format';
import { RoomsNavComponent, STAFF_ROOM_LINKS } from '../shared/rooms-nav.component';
import { BarChartComponent, type ChartBar } from '@zusammen/web/ui';

type LoadState = 'loading' | 'ready' | 'failed';

/**
 * "Auslastung" (staff): hours booked against hours open per room and month, for the funder's report. The
 * chart shows the share per room over the period; the table has every month; the CSV holds the same rows.
 */
@Component({
  selector: 'zl-utilisation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RoomsNavComponent, BarChartComponent],
  templateUrl: './utilisation-page.component.html',
  styleUrl: './staff-pages.scss',
})
export class UtilisationPageComponent {
  private readonly api = inject(RoomBookingApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly locale = inject(LocaleService);
  private readonly injector = inject(Injector);

  protected readonly links = STAFF_ROOM_LINKS;
  private readonly initial = defaultMonthPeriod(berlinCalendar.todayInBerlin());
  protected readonly from = signal(this.initial.from);
  protected readonly to = signal(this.initial.to);
  protected readonly applied = signal<MonthPeriod>(this.initial);
  protected readonly periodProblem = signal<MonthPeriodProblem | null>(null);
  protected readonly state = signal<LoadState>('loading');
  protected readonly rows = signal<RoomUtilisationRow[]>([]);
  protected readonly failure = signal<string | null>(null);

  protected readonly csvUrl = computed(() =>
    utilisationCsvUrl(this.applied().from, this.applied().to),
  );

  protected readonly periodText = computed(() => {
    const locale = this.locale.current();
    const { from, to } = this.applied();
    return from === to
      ? monthText(from, locale)
      : this.t('rooms.utilisation.periodRange', {
          from: monthText(from, locale),
          to: monthText(to, locale),
        });
  });

  protected readonly bars = computed<ChartBar[]>(() => {
    const locale = this.locale.current();
    return utilisationTotals(this.rows()).map((total) => ({
      label: total.roomName,
      value: total.share,
      valueText: percentText(total.share, locale),
    }));
  });

  protected readonly tableRows = computed(() => {
    const locale = this.locale.current();
    return [...this.rows()]
      .sort((a, b) => a.roomName.localeCompare(b.roomName, 'de') || a.month.localeCompare(b.month))
      .map((row) => ({
        key: `${row.roomId}-${row.month}`,
        room: row.roomName,
        month: monthText(row.month, locale),
        open: countText(row.hoursOpen, locale, 1),
        booked: countText(row.hoursBooked, locale, 1),
        share: percentText(row.share, locale),
      }));
  });

  constructor() {
    void this.load();
  }

  private t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(key, params);
  }

  protected async show(event: Event): Promise<void> {
    event.preventDefault();
    const period = { from: this.from(), to: this.to() };
    const problem = monthPeriodProblemOf(period);
    this.periodProblem.set(problem);
    if (problem) {
      focusAfterRender(this.injector, () =>
        document.getElementById(problem === 'toMissing' ? 'utilisation-to' : 'utilisation-from'),
      );
      return;
    }
    this.applied.set(period);
    await this.load();
  }

  protected async load(): Promise<void> {
    const period = this.applied();
    this.state.set('loading');
    this.failure.set(null);
    try {
      const rows = await this.api.utilisation(period.from, period.to);
      if (this.applied() !== period) return;
      this.rows.set(rows);
      this.state.set('ready');
    } catch (error) {
      if (this.applied() !== period) return;
      const problem = bookingProblemOf(error);
      this.failure.set(
        problem.kind === 'forbidden' || problem.kind === 'network' ? problem.kind : 'unexpected',
      );
      this.state.set('failed');
    }
  }
}
