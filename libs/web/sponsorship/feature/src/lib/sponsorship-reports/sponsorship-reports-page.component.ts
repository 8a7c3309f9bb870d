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
import type { SponsorshipReport } from '@zusammen/shared/contracts';
import { END_KINDS, END_REASONS, VOLUNTEER_STATUSES } from '@zusammen/shared/contracts';
import {
  LocaleService,
  adminProblemOf,
  focusAfterRender,
  profileFailureOf,
} from '@zusammen/web/core';
import type { ReportPeriod, ReportPeriodProblem } from '@zusammen/web/sponsorship/data-access';
import {
  SponsorshipReportsApi,
  createdPerMonth,
  defaultReportPeriod,
  reportCsvUrl,
  reportPeriodProblemOf,
} from '@zusammen/web/sponsorship/data-access';
import { formatDay } from '../shared';
import { formatCount, formatPercent } from '../staff-families/candidates/candidate-format';
import { StaffSponsorshipNavComponent } from '../staff-volunteers/staff-sponsorship-nav.component';
import { todayInBorken } from '../staff-volunteers/today-in-borken';
import { ReportChartComponent } from './report-chart/report-chart.component';
import { formatDays, formatMonth } from './report-format';
import { type ChartBar } from '@zusammen/web/ui';

type LoadState = 'loading' | 'ready' | 'failed';
/** Why the report could not be loaded, as a key under `sponsorshipReports.problems`. */
type ReportProblem = 'forbidden' | 'network' | 'unexpected';

/** A key figure: its key under `sponsorshipReports.figures` and the value as written. */
interface KeyFigure {
  key: string;
  value: string;
}

/**
 * "Berichte" (staff): programme figures for a period, for the funder and for steering — pairings created
 * per month, how and why they ended, durations, waiting times and the vetting funnel. Every chart has the
 * same numbers in a table; the CSV holds no personal data.
 */
@Component({
  selector: 'zl-sponsorship-reports-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, StaffSponsorshipNavComponent, ReportChartComponent],
  templateUrl: './sponsorship-reports-page.component.html',
  styleUrl: './sponsorship-reports-page.component.scss',
})
export class SponsorshipReportsPageComponent {
  private readonly api = inject(SponsorshipReportsApi);
  private readonly locale = inject(LocaleService);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);

  protected readonly today = todayInBorken();
  private readonly initial = defaultReportPeriod(this.today);
  protected readonly from = signal(this.initial.from);
  protected readonly to = signal(this.initial.to);
  /** The period shown (and downloaded); changes only when a valid period is asked for. */
  protected readonly applied = signal<ReportPeriod>(this.initial);
  protected readonly periodProblem = signal<ReportPeriodProblem | null>(null);

  protected readonly state = signal<LoadState>('loading');
  protected readonly report = signal<SponsorshipReport | null>(null);
  protected readonly problem = signal<ReportProblem | null>(null);

  protected readonly csvUrl = computed(() => reportCsvUrl(this.applied()));

  protected readonly figures = computed<KeyFigure[]>(() => {
    const report = this.report();
    this.locale.current();
    if (!report) return [];
    const share = (value: number | null): string => (value === null ? '' : this.percent(value));
    const days = (value: number | null): string =>
      value === null ? '' : formatDays(value, this.locale.current());
    return [
      { key: 'activeNow', value: this.count(report.activeNow) },
      { key: 'created', value: this.count(report.created) },
      { key: 'ended', value: this.count(report.ended) },
      { key: 'medianDuration', value: days(report.medianDurationDays) },
      { key: 'earlyClosureRate', value: share(report.earlyClosureRate) },
      { key: 'reached6Months', value: share(report.reached6Months) },
      { key: 'reached12Months', value: share(report.reached12Months) },
      { key: 'medianWaiting', value: days(report.medianWaitingDays) },
      { key: 'familiesWaitingNow', value: this.count(report.familiesWaitingNow) },
      { key: 'checkIns', value: this.count(report.checkIns) },
    ];
  });

  protected readonly monthBars = computed<ChartBar[]>(() => {
    const report = this.report();
    const locale = this.locale.current();
    if (!report) return [];
    return createdPerMonth(report, report.createdByMonth).map((entry) => ({
      label: formatMonth(entry.month, locale, 'long'),
      value: entry.count,
      valueText: this.count(entry.count),
    }));
  });

  protected readonly reasonBars = computed<ChartBar[]>(() => {
    const report = this.report();
    this.locale.current();
    if (!report) return [];
    return END_REASONS.map((reason) =>
      this.bar(`sponsorshipReports.endReasons.${reason}`, report.endedByReason[reason] ?? 0),
    );
  });

  protected readonly kindBars = computed<ChartBar[]>(() => {
    const report = this.report();
    this.locale.current();
    if (!report) return [];
    return END_KINDS.map((kind) =>
      this.bar(`sponsorshipReports.endKinds.${kind}`, report.endedByKind[kind] ?? 0),
    );
  });

  protected readonly volunteerBars = computed<ChartBar[]>(() => {
    const report = this.report();
    this.locale.current();
    if (!report) return [];
    return VOLUNTEER_STATUSES.map((status) =>
      this.bar(
        `sponsorshipVocabulary.volunteerStatus.${status}`,
        report.volunteersByStatus[status] ?? 0,
      ),
    );
  });

  private readonly fromInput = viewChild<ElementRef<HTMLInputElement>>('fromInput');
  private readonly toInput = viewChild<ElementRef<HTMLInputElement>>('toInput');
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');

  constructor() {
    void this.load();
  }

  protected day(iso: string): string {
    return formatDay(iso, this.locale.current());
  }

  protected count(value: number): string {
    return formatCount(value, this.locale.current());
  }

  protected percent(share: number): string {
    return formatPercent(share, this.locale.current());
  }

  protected async show(event: Event): Promise<void> {
    event.preventDefault();
    const period = { from: this.from(), to: this.to() };
    const problem = reportPeriodProblemOf(period);
    this.periodProblem.set(problem);
    if (problem) {
      focusAfterRender(
        this.injector,
        () => (problem === 'toMissing' ? this.toInput() : this.fromInput())?.nativeElement,
      );
      return;
    }
    this.applied.set(period);
    await this.load();
  }

  protected async load(): Promise<void> {
    const period = this.applied();
    this.state.set('loading');
    this.problem.set(null);
    try {
      const report = await this.api.get(period);
      // A slower answer for an earlier period is dropped.
      if (this.applied() !== period) return;
      this.report.set(report);
      this.state.set('ready');
    } catch (error) {
      if (this.applied() !== period) return;
      const general = adminProblemOf(profileFailureOf(error));
      this.problem.set(general === 'forbidden' || general === 'network' ? general : 'unexpected');
      this.state.set('failed');
      focusAfterRender(this.injector, () => this.problemBox()?.nativeElement);
    }
  }

  private bar(key: string, value: number): ChartBar {
    return { label: this.transloco.translate(key), value, valueText: this.count(value) };
  }
}
