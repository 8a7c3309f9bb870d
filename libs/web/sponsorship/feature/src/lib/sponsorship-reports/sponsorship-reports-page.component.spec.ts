import { provideHttpClient } from '@angular/common/http';
import type { TestRequest } from '@angular/common/http/testing';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SponsorshipReport } from '@zusammen/shared/contracts';
import { PAIRING_ROUTES } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { defaultReportPeriod } from '@zusammen/web/sponsorship/data-access';
import { ar, de, sponsorshipTranslocoTesting } from '../shared/sponsorship-i18n.testing';
import { formatPercent } from '../staff-families/candidates/candidate-format';
import { todayInBorken } from '../staff-volunteers/today-in-borken';
import { SponsorshipReportsPageComponent } from './sponsorship-reports-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.sponsorshipReports;

function report(changes: Partial<SponsorshipReport> = {}): SponsorshipReport {
  return {
    from: '2026-01-01',
    to: '2026-03-31',
    createdByMonth: [
      { month: '2026-01', count: 4 },
      { month: '2026-03', count: 2 },
    ],
    created: 6,
    activeNow: 11,
    ended: 5,
    endedByReason: {
      completed: 2,
      life_change: 1,
      volunteer_dissatisfied: 0,
      family_dissatisfied: 0,
      contact_faded: 1,
      volunteer_unresponsive: 0,
      family_independent: 1,
      safeguarding: 0,
    },
    endedByKind: { planned: 3, premature: 1, trial_not_continued: 1 },
    medianDurationDays: 187,
    earlyClosureRate: 0.4,
    reached6Months: 0.75,
    reached12Months: null,
    medianWaitingDays: 23.5,
    familiesWaitingNow: 7,
    volunteersByStatus: {
      registered: 3,
      in_vetting: 2,
      approved: 9,
      rejected: 1,
      withdrawn: 0,
      paused: 1,
      inactive: 2,
    },
    checkIns: 1234,
    ...changes,
  };
}

describe('SponsorshipReportsPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<SponsorshipReportsPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const clean = (value: string | null | undefined): string =>
    (value ?? '').replace(/\s+/g, ' ').trim();
  const text = (selector: string): string => clean(el().querySelector(selector)?.textContent);
  const input = (id: string): HTMLInputElement => el().querySelector(`#${id}`) as HTMLInputElement;
  const rows = (section: string): string[][] =>
    Array.from(el().querySelectorAll(`[data-testid="${section}"] [data-testid="report-row"]`)).map(
      (row) => Array.from(row.querySelectorAll('th, td')).map((cell) => clean(cell.textContent)),
    );
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const expectReport = (): TestRequest => http.expectOne((r) => r.url === PAIRING_ROUTES.reports);
  const setDate = async (id: string, value: string): Promise<void> => {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
    await stable();
  };
  const show = async (): Promise<void> => {
    (el().querySelector('[data-testid="report-period"]') as HTMLFormElement).dispatchEvent(
      new Event('submit', { cancelable: true }),
    );
    await stable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [SponsorshipReportsPageComponent, sponsorshipTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SponsorshipReportsPageComponent);
    fixture.autoDetectChanges();
    await stable();
  });
  afterEach(() => http.verify());

  it('asks for the last twelve months first and links the CSV of that period', async () => {
    const period = defaultReportPeriod(todayInBorken());
    const request = expectReport();
    expect(request.request.params.get('from')).toBe(period.from);
    expect(request.request.params.get('to')).toBe(period.to);
    expect(input('report-from').value).toBe(period.from);
    expect(input('report-to').value).toBe(period.to);
    request.flush(report());
    await stable();
    const csv = el().querySelector('[data-testid="report-csv"]') as HTMLAnchorElement;
    expect(csv.getAttribute('href')).toBe(
      `${PAIRING_ROUTES.reports}.csv?from=${period.from}&to=${period.to}`,
    );
    expect(csv.hasAttribute('download')).toBe(true);
  });

  it('shows the key figures in the reader’s numbers, and "no data" where there is none', async () => {
    expectReport().flush(report());
    await stable();
    const figure = (key: string): string => text(`[data-testid="figure-${key}"] dd`);
    expect(figure('activeNow')).toBe('11');
    expect(figure('earlyClosureRate')).toBe('40 %');
    expect(figure('reached6Months')).toBe('75 %');
    expect(figure('reached12Months')).toBe(texts.figures.noData);
    expect(figure('medianDuration')).toBe('187 Tage');
    expect(figure('medianWaiting')).toBe('23,5 Tage');
    expect(figure('checkIns')).toBe('1.234');
    expect(text('[data-testid="figure-familiesWaitingNow"] dt')).toBe(
      texts.figures.familiesWaitingNow,
    );
  });

  it('shows pairings per month for every month of the period, as a chart and a table', async () => {
    expectReport().flush(report());
    await stable();
    expect(rows('report-created')).toEqual([
      ['Januar 2026', '4'],
      ['Februar 2026', '0'],
      ['März 2026', '2'],
    ]);
    const chart = el().querySelector('[data-testid="report-created"] [role="img"]');
    expect(chart?.getAttribute('aria-label')).toBe(
      'Neue Patenschaften je Monat. Januar 2026: 4, Februar 2026: 0 und März 2026: 2',
    );
    expect(text('[data-testid="report-created"] caption')).toBe(texts.created.caption);
  });

  it('breaks the ends down by reason and kind, and shows the vetting funnel', async () => {
    expectReport().flush(report());
    await stable();
    expect(rows('report-ended-reason')[0]).toEqual([texts.endReasons.completed, '2']);
    expect(rows('report-ended-reason')).toHaveLength(8);
    expect(rows('report-ended-kind')).toEqual([
      [texts.endKinds.planned, '3'],
      [texts.endKinds.premature, '1'],
      [texts.endKinds.trial_not_continued, '1'],
    ]);
    expect(rows('report-volunteers')[2]).toEqual([
      de.sponsorshipVocabulary.volunteerStatus.approved,
      '9',
    ]);
  });

  it('says plainly when nothing ended in the period', async () => {
    expectReport().flush(report({ ended: 0, earlyClosureRate: null, medianDurationDays: null }));
    await stable();
    expect(el().querySelector('[data-testid="report-ended-reason"]')).toBeNull();
    expect(text('[data-testid="report-none-ended"] p')).toBe(texts.endedByReason.none);
    expect(text('[data-testid="figure-medianDuration"] dd')).toBe(texts.figures.noData);
  });

  it('asks for another period and downloads that one', async () => {
    expectReport().flush(report());
    await stable();
    await setDate('report-from', '2026-01-01');
    await setDate('report-to', '2026-03-31');
    await show();
    const request = expectReport();
    expect(request.request.params.get('from')).toBe('2026-01-01');
    expect(request.request.params.get('to')).toBe('2026-03-31');
    request.flush(report());
    await stable();
    expect(el().querySelector('[data-testid="report-csv"]')?.getAttribute('href')).toBe(
      `${PAIRING_ROUTES.reports}.csv?from=2026-01-01&to=2026-03-31`,
    );
    expect(text('[data-testid="report-status"]')).toBe(
      'Bericht für die Zeit vom 1. Januar 2026 bis 31. März 2026.',
    );
  });

  it('refuses a period that ends before it starts, at the field', async () => {
    expectReport().flush(report());
    await stable();
    await setDate('report-from', '2026-04-01');
    await setDate('report-to', '2026-03-31');
    await show();
    http.expectNone((r) => r.url === PAIRING_ROUTES.reports);
    expect(text('#report-period-error')).toBe(texts.period.errors.order);
    expect(input('report-from').getAttribute('aria-invalid')).toBe('true');
    expect(input('report-from').getAttribute('aria-describedby')).toBe('report-period-error');
    expect(document.activeElement).toBe(input('report-from'));
  });

  it('words a failure and tries again', async () => {
    expectReport().flush({}, { status: 500, statusText: 'Error' });
    await stable();
    expect(text('[data-testid="report-problem"]')).toBe(texts.problems.unexpected);
    const retry = Array.from(el().querySelectorAll('button')).find(
      (b) => clean(b.textContent) === texts.retry,
    ) as HTMLButtonElement;
    retry.click();
    await stable();
    expectReport().flush(report());
    await stable();
    expect(text('[data-testid="report-problem"]')).toBe('');
  });

  it('speaks Arabic with the reader’s numbers', async () => {
    expectReport().flush(report());
    await stable();
    await TestBed.inject(LocaleService).use('ar');
    await stable();
    expect(text('h1')).toBe(ar.sponsorshipReports.title);
    expect(text('[data-testid="figure-earlyClosureRate"] dd')).toBe(
      clean(formatPercent(0.4, 'ar')),
    );
    expect(rows('report-ended-kind')[0][0]).toBe(ar.sponsorshipReports.endKinds.planned);
  });
});
