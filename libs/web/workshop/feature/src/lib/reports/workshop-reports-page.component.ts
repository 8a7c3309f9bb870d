import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { WorkshopReportRow } from '@zusammen/shared/contracts';
import { BIKE_SOURCES } from '@zusammen/shared/contracts';
import { LocaleService, SessionStore } from '@zusammen/web/core';
import { BarChartComponent, type ChartBar } from '@zusammen/web/ui';
import {
  INVENTORY_API,
  WorkshopReportsStore,
  addMonths,
  berlinToday,
  defaultReportPeriod,
  isMonth,
} from '@zusammen/web/workshop/data-access';
import { InventoryNavComponent } from '../inventory/shared/inventory-nav.component';
import { formatCount, formatHours, formatMoney } from '../inventory/shared/inventory-format';

/** The longest period one report covers (months). */
const MAX_MONTHS = 36;

/**
 * The funder report (/werkstatt/berichte) for a period of months: bikes taken in by source and handed out
 * per month (tables and bar charts), utilisation, parts used and their cost, hours per programme, CSV
 * downloads (the person-level hours export for staff only).
 */
@Component({
  selector: 'zl-workshop-reports-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, BarChartComponent, InventoryNavComponent],
  templateUrl: './workshop-reports-page.component.html',
  styleUrl: './workshop-reports-page.component.scss',
})
export class WorkshopReportsPageComponent {
  protected readonly store = inject(WorkshopReportsStore);
  protected readonly localeService = inject(LocaleService);
  private readonly session = inject(SessionStore);
  protected readonly sources = BIKE_SOURCES;
  private readonly today = berlinToday();
  protected readonly period = signal(defaultReportPeriod(this.today));
  protected readonly periodInvalid = signal(false);
  protected readonly months = Array.from({ length: MAX_MONTHS }, (_, i) =>
    addMonths(this.period().to, -i),
  );
  protected readonly isStaff = computed(() =>
    this.session.roles().some((r) => r === 'staff' || r === 'admin'),
  );
  protected readonly reportCsv = computed(() =>
    INVENTORY_API.reportCsv(this.period().from, this.period().to),
  );
  protected readonly hoursCsv = computed(() => INVENTORY_API.hoursCsv(this.period().to));

  protected readonly takenInBars = computed(() =>
    this.bars((row) => this.sources.reduce((sum, s) => sum + row.takenIn[s], 0)),
  );
  protected readonly handedOutBars = computed(() => this.bars((row) => row.handedOut));

  constructor() {
    void this.load();
  }

  protected monthName(month: string): string {
    return new Intl.DateTimeFormat(`${this.localeService.current()}-u-ca-gregory`, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${month}-15T12:00:00Z`));
  }

  protected count(value: number): string {
    return formatCount(value, this.localeService.current());
  }

  protected money(cents: number): string {
    return formatMoney(cents, this.localeService.current());
  }

  protected hours(minutes: number): string {
    return formatHours(minutes, this.localeService.current());
  }

  protected percent(value: number): string {
    return new Intl.NumberFormat(this.localeService.current(), {
      style: 'percent',
      maximumFractionDigits: 0,
    }).format(value);
  }

  protected takenInTotal(row: WorkshopReportRow): number {
    return this.sources.reduce((sum, s) => sum + row.takenIn[s], 0);
  }

  protected choose(event: Event, form: HTMLFormElement): void {
    event.preventDefault();
    const data = new FormData(form);
    const from = String(data.get('from') ?? '');
    const to = String(data.get('to') ?? '');
    const valid = isMonth(from) && isMonth(to) && from <= to;
    this.periodInvalid.set(!valid);
    if (!valid) return;
    this.period.set({ from, to });
    void this.load();
  }

  private load(): Promise<void> {
    return this.store.load(this.period().from, this.period().to);
  }

  private bars(value: (row: WorkshopReportRow) => number): ChartBar[] {
    const locale = this.localeService.current();
    return (this.store.report()?.months ?? []).map((row) => ({
      label: this.monthName(row.month),
      value: value(row),
      valueText: formatCount(value(row), locale),
    }));
  }
}
