import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SponsorshipSettingsResponse } from '@zusammen/shared/contracts';
import { PAIRING_ROUTES } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { MatchRunsStore } from '@zusammen/web/sponsorship/data-access';
import { ar, de, sponsorshipTranslocoTesting } from '../shared/sponsorship-i18n.testing';
import { formatPercent } from '../staff-families/candidates/candidate-format';
import { MatchRunsPageComponent } from './match-runs-page.component';
import { matchRun } from './match-run.testing';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.matchRuns;
const components = de.familyCandidates.breakdown.components;
const LATEST = `${PAIRING_ROUTES.matchRuns}/latest`;

const SETTINGS: SponsorshipSettingsResponse = {
  version: 3,
  weights: {
    language: 2,
    proximity: 2,
    availability: 1,
    lifeStage: 1,
    needsFit: 2,
    waitingBonus: 1,
    urgency: 1,
  },
  normalisedWeights: {
    language: 0.2,
    proximity: 0.2,
    availability: 0.1,
    lifeStage: 0.1,
    needsFit: 0.2,
    waitingBonus: 0.1,
    urgency: 0.1,
  },
  noContactDays: 21,
  trialMeetingsRequired: 3,
  minScore: 0.2,
  updatedAt: '2026-11-20T08:00:00.000Z',
  updatedBy: null,
};

describe('MatchRunsPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MatchRunsPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const all = (selector: string): HTMLElement[] => Array.from(el().querySelectorAll(selector));
  const clean = (value: string | null | undefined): string =>
    (value ?? '').replace(/\s+/g, ' ').trim();
  const text = (selector: string): string => clean(el().querySelector(selector)?.textContent);
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const startButton = (): HTMLButtonElement =>
    el().querySelector('[data-testid="match-run-start"]') as HTMLButtonElement;
  const type = async (id: string, value: string): Promise<void> => {
    const input = el().querySelector(`#${id}`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await stable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [MatchRunsPageComponent, sponsorshipTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        MatchRunsStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MatchRunsPageComponent);
    fixture.autoDetectChanges();
    await stable();
  });
  afterEach(() => http.verify());

  async function showLatest(run = matchRun()): Promise<void> {
    http.expectOne(LATEST).flush(run);
    await stable();
  }

  it('explains what the button does before the first run', async () => {
    http
      .expectOne(LATEST)
      .flush({ code: 'NOT_FOUND', message: 'none' }, { status: 404, statusText: 'Not Found' });
    await stable();
    expect(text('h1')).toBe(texts.title);
    expect(text('[data-testid="match-run-empty"] h2')).toBe(texts.empty.title);
    expect(text('[data-testid="match-run-empty"]')).toContain(texts.empty.text);
    expect(clean(startButton().textContent)).toBe(texts.compute.button);
    expect(el().querySelector('[data-testid="match-run-summary"]')).toBeNull();
  });

  it('says when the latest run could not be loaded and tries again', async () => {
    http.expectOne(LATEST).flush({}, { status: 500, statusText: 'Server Error' });
    await stable();
    expect(clean(el().querySelector('[role="alert"].status--error')?.textContent)).toBe(
      texts.loadFailed,
    );
    (all('button').find((b) => clean(b.textContent) === texts.retry) as HTMLButtonElement).click();
    await stable();
    await showLatest();
    expect(el().querySelector('[data-testid="match-run-summary"]')).not.toBeNull();
  });

  it('shows who ran it, with which weights, the counts and the duration', async () => {
    await showLatest();
    const summary = text('[data-testid="match-run-summary"] dl');
    expect(summary).toContain('Maria Koordination');
    expect(text('[data-testid="match-run-weights-version"]')).toBe('Einstellungen, Version 3');
    expect(text('[data-testid="match-run-families"]')).toBe('5');
    expect(text('[data-testid="match-run-volunteers"]')).toBe('4');
    // 1.42 over two proposals: 71 % on average.
    expect(text('[data-testid="match-run-total"]')).toBe('1,42 (im Schnitt 71 % je Vorschlag)');
    expect(summary).toMatch(/42\sms/);
  });

  it('says when the weights were only tried out', async () => {
    await showLatest(matchRun({ weightsVersion: null }));
    expect(text('[data-testid="match-run-weights-version"]')).toBe(texts.run.weightsTried);
  });

  it('shows each component’s share as a chart and as numbers, naming the largest', async () => {
    await showLatest();
    const rows = all('[data-testid="match-run-share-row"]').map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => clean(cell.textContent)),
    );
    expect(rows[0]).toEqual([components.language, '25 %', '30 %']);
    expect(rows[6]).toEqual([components.urgency, '5 %', '0 %']);
    const chart = el().querySelector('[data-testid="match-run-shares"] [role="img"]');
    expect(clean(chart?.getAttribute('aria-label'))).toContain(`${components.language}: 30 %`);
    expect(text('[data-testid="match-run-largest"]')).toBe(
      `Den größten Anteil hat „${components.language}“ mit 30 %.`,
    );
  });

  it('warns when one component outweighs all others together', async () => {
    await showLatest(
      matchRun({
        componentShares: {
          language: 0.2,
          proximity: 0.1,
          availability: 0,
          lifeStage: 0,
          needsFit: 0.1,
          waitingBonus: 0.6,
          urgency: 0,
        },
      }),
    );
    const warning = el().querySelector('[data-testid="match-run-largest"]');
    expect(clean(warning?.textContent)).toContain(`„${components.waitingBonus}“ macht 60 %`);
    expect(warning?.classList).toContain('status--error');
  });

  it('lists every proposal and the families left without one, with the way to the reasons', async () => {
    await showLatest();
    const proposals = all('[data-testid="proposal"]');
    expect(proposals).toHaveLength(2);
    expect(clean(proposals[0].querySelector('h3')?.textContent)).toBe(
      '\u2068Amal Haddad\u2069 und \u2068Anna Terhorst\u2069',
    );
    const unassigned = all('[data-testid="unassigned-family"]');
    expect(unassigned.map((family) => clean(family.querySelector('h3')?.textContent))).toEqual([
      'Reza Karimi',
      'Olena Petrenko',
    ]);
    expect(clean(unassigned[0].textContent)).toContain(texts.unassigned.nobodyFits);
    expect(clean(unassigned[1].textContent)).toContain('Passende Personen nach allen Regeln: 2.');
    expect(unassigned[0].querySelector('a')?.getAttribute('href')).toBe(
      '/verwaltung/patenschaften/familien/f8',
    );
  });

  it('computes a run with the saved weights and announces the result', async () => {
    await showLatest();
    startButton().click();
    await stable();
    const request = http.expectOne(PAIRING_ROUTES.matchRuns);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({});
    expect(startButton().disabled).toBe(true);
    expect(text('[data-testid="match-run-status"]')).toBe(texts.compute.busy);

    request.flush(matchRun({ id: 'run-2', proposals: [], familyCount: 1 }));
    await stable();
    expect(text('[data-testid="match-run-status"]')).toBe(
      'Neue Vorschläge berechnet. Vorschläge: 0. Familien ohne Vorschlag: 2.',
    );
    expect(text('[data-testid="match-run-no-proposals"]')).toBe(texts.proposals.none);
    expect(document.activeElement?.id).toBe('run-heading');
  });

  it('tries other weights without saving them, starting from the saved ones', async () => {
    await showLatest();
    (el().querySelector('#try-other') as HTMLInputElement).click();
    await stable();
    http.expectOne(PAIRING_ROUTES.settings).flush(SETTINGS);
    await stable();
    expect((el().querySelector('#try-weights-language') as HTMLInputElement).value).toBe('2');
    expect(text('#try-weights-language-share')).toBe('Anteil: 20 %');

    await type('try-weights-urgency', '6');
    // 2 of 2+2+1+1+2+1+6 = 15.
    expect(text('#try-weights-language-share')).toBe('Anteil: 13 %');
    expect(text('#try-weights-urgency-share')).toBe('Anteil: 40 %');

    startButton().click();
    await stable();
    const request = http.expectOne(PAIRING_ROUTES.matchRuns);
    expect(request.request.body).toEqual({ weights: { ...SETTINGS.weights, urgency: 6 } });
    request.flush(matchRun({ weightsVersion: null }));
    await stable();
    expect(text('[data-testid="match-run-weights-version"]')).toBe(texts.run.weightsTried);
  });

  it('falls back to the run’s weights when the settings cannot be read', async () => {
    await showLatest();
    (el().querySelector('#try-other') as HTMLInputElement).click();
    await stable();
    http.expectOne(PAIRING_ROUTES.settings).flush({}, { status: 500, statusText: 'Error' });
    await stable();
    expect((el().querySelector('#try-weights-language') as HTMLInputElement).value).toBe('0.25');
  });

  it('lists invalid weights in a summary that leads to the field, and sends nothing', async () => {
    await showLatest();
    (el().querySelector('#try-other') as HTMLInputElement).click();
    await stable();
    http.expectOne(PAIRING_ROUTES.settings).flush(SETTINGS);
    await stable();
    await type('try-weights-proximity', '11');
    startButton().click();
    await stable();
    http.expectNone(PAIRING_ROUTES.matchRuns);

    const summary = el().querySelector('.error-summary') as HTMLElement;
    expect(document.activeElement).toBe(summary);
    const link = summary.querySelector('a') as HTMLAnchorElement;
    expect(clean(link.textContent)).toBe(
      `${components.proximity}: Bitte eine Zahl von 0 bis 10 eingeben.`,
    );
    link.click();
    expect(document.activeElement?.id).toBe('try-weights-proximity');
    expect(
      (el().querySelector('#try-weights-proximity') as HTMLInputElement).getAttribute(
        'aria-invalid',
      ),
    ).toBe('true');
  });

  it('words a failed computation and keeps the shown run', async () => {
    await showLatest();
    startButton().click();
    await stable();
    http
      .expectOne(PAIRING_ROUTES.matchRuns)
      .error(new ProgressEvent('error'), { status: 0, statusText: '' });
    await stable();
    expect(text('[data-testid="match-run-problem"]')).toBe(texts.problems.network);
    expect(all('[data-testid="proposal"]')).toHaveLength(2);
  });

  it('speaks Arabic with the reader’s numbers', async () => {
    await showLatest();
    await TestBed.inject(LocaleService).use('ar');
    await stable();
    expect(text('h1')).toBe(ar.matchRuns.title);
    const firstRow = el().querySelector('[data-testid="match-run-share-row"]');
    expect(clean(firstRow?.querySelector('th')?.textContent)).toBe(
      ar.familyCandidates.breakdown.components.language,
    );
    expect(clean(firstRow?.querySelectorAll('td')[1]?.textContent)).toBe(formatPercent(0.3, 'ar'));
  });
});
