import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type {
  ExclusionCounts,
  FamilyCandidate,
  FamilyCandidatesResponse,
  MatchComponent,
} from '@zusammen/shared/contracts';
import { MATCH_COMPONENTS, SPONSORSHIP_ROUTES } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { ar, de, sponsorshipTranslocoTesting } from '../../shared/sponsorship-i18n.testing';
import { formatPercent } from './candidate-format';
import { FamilyCandidatesComponent } from './family-candidates.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.familyCandidates;
const vocabulary = de.sponsorshipVocabulary;

const WEIGHTS: Record<MatchComponent, number> = {
  language: 0.25,
  proximity: 0.2,
  availability: 0.15,
  lifeStage: 0.1,
  needsFit: 0.15,
  waitingBonus: 0.1,
  urgency: 0.05,
};

// `clean` folds every space (also the no-break space Intl puts before "%" and "km") into one.
/** A candidate whose components are all met to the same degree, so its total equals `share`. */
function candidate(id: string, name: string, share: number): FamilyCandidate {
  const components = Object.fromEntries(
    MATCH_COMPONENTS.map((c) => [
      c,
      { value: share, weight: WEIGHTS[c], contribution: share * WEIGHTS[c] },
    ]),
  ) as FamilyCandidate['score']['components'];
  return {
    volunteer: {
      id,
      displayName: name,
      district: 'gemen',
      languages: [
        { code: 'ar', level: 'native' },
        { code: 'de', level: 'good' },
      ],
      freeCapacity: 2,
    },
    distanceKm: 3.46,
    score: { total: share, components },
  };
}

const NO_EXCLUSIONS: ExclusionCounts = {
  H1_ELIGIBLE: 0,
  H2_CERTIFICATE: 0,
  H3_LANGUAGE: 0,
  H4_DISTANCE: 0,
  H5_GENDER: 0,
  H6_EXCLUSION: 0,
  H7_FAMILY_OPEN: 0,
};

function answer(changes: Partial<FamilyCandidatesResponse> = {}): FamilyCandidatesResponse {
  return {
    familyId: 'f1',
    candidates: [
      candidate('v1', 'Reza Karimi', 0.823),
      candidate('v2', 'Anna Terhorst', 0.61),
      candidate('v3', 'Olena Petrenko', 0.3),
    ],
    consideredCount: 9,
    feasibleCount: 3,
    exclusions: { ...NO_EXCLUSIONS, H2_CERTIFICATE: 4, H4_DISTANCE: 2 },
    weights: WEIGHTS,
    weightsVersion: 1,
    today: '2026-11-26',
    ...changes,
  };
}

describe('FamilyCandidatesComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<FamilyCandidatesComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const all = (selector: string): HTMLElement[] => Array.from(el().querySelectorAll(selector));
  const clean = (value: string | null | undefined): string =>
    (value ?? '').replace(/\s+/g, ' ').trim();
  const cells = (row: Element): string[] =>
    Array.from(row.querySelectorAll('th, td')).map((cell) => clean(cell.textContent));
  const text = (selector: string): string => clean(el().querySelector(selector)?.textContent);
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const url = `${SPONSORSHIP_ROUTES.families}/f1/candidates`;
  const compute = async (): Promise<void> => {
    (el().querySelector('[data-testid="candidates-compute"]') as HTMLButtonElement).click();
    await stable();
  };

  async function open(consentGiven = true): Promise<void> {
    TestBed.configureTestingModule({
      imports: [FamilyCandidatesComponent, sponsorshipTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(FamilyCandidatesComponent);
    fixture.componentRef.setInput('familyId', 'f1');
    fixture.componentRef.setInput('consentGiven', consentGiven);
    fixture.autoDetectChanges();
    await stable();
  }
  afterEach(() => http.verify());

  it('states the principle and computes only when asked (each computation is logged)', async () => {
    await open();
    expect(text('h2')).toBe(texts.title);
    expect(clean(el().textContent)).toContain(texts.principle);
    http.expectNone(url);

    await compute();
    expect(text('[data-testid="candidates-status"]')).toBe(texts.computing);
    expect(
      (el().querySelector('[data-testid="candidates-compute"]') as HTMLButtonElement).disabled,
    ).toBe(true);
    http.expectOne(url).flush(answer());
    await stable();
    expect(text('[data-testid="candidates-status"]')).toBe('Vorschläge berechnet. Anzahl: 3');
    expect(text('[data-testid="candidates-compute"]')).toBe(texts.recompute);
  });

  it('lists the candidates best first with place, distance, languages, free places and fit', async () => {
    await open();
    await compute();
    http.expectOne(url).flush(answer());
    await stable();

    const items = all('ol [data-testid="candidate"]');
    expect(items.map((item) => clean(item.querySelector('h3')?.textContent))).toEqual([
      'Reza Karimi',
      'Anna Terhorst',
      'Olena Petrenko',
    ]);
    expect(items[0].querySelector('a')?.getAttribute('href')).toBe(
      '/verwaltung/patenschaften/paten/v1',
    );
    const first = clean(items[0].textContent);
    expect(first).toContain(`${vocabulary.districts.gemen}, 3,5 km entfernt`);
    expect(first).toContain(
      `${vocabulary.languages.ar} (${vocabulary.languageLevels.native}), ${vocabulary.languages.de} (${vocabulary.languageLevels.good})`,
    );
    expect(clean(items[0].querySelectorAll('dd')[2].textContent)).toBe('2');
    expect(
      items.map((item) =>
        clean(item.querySelector('[data-testid="candidate-score"]')?.textContent),
      ),
    ).toEqual([
      `82 % ${texts.fit.veryGood}`,
      `61 % ${texts.fit.good}`,
      `30 % ${texts.fit.partial}`,
    ]);
  });

  it('opens and closes one breakdown as an accessible table, component by component', async () => {
    await open();
    await compute();
    http.expectOne(url).flush(answer());
    await stable();

    const toggles = all('button.toggle[aria-expanded]');
    expect(toggles).toHaveLength(3);
    expect(toggles.every((t) => t.getAttribute('aria-expanded') === 'false')).toBe(true);
    expect(el().querySelector('table.breakdown')).toBeNull();

    toggles[0].click();
    await stable();
    expect(toggles[0].getAttribute('aria-expanded')).toBe('true');
    expect(toggles[1].getAttribute('aria-expanded')).toBe('false');
    const controlled = el().querySelector(`#${toggles[0].getAttribute('aria-controls')}`);
    const table = controlled?.querySelector('table') as HTMLTableElement;
    expect(clean(table.caption?.textContent)).toBe(
      'So kommt die Bewertung für \u2068Reza Karimi\u2069 zustande',
    );
    const rows = Array.from(table.querySelectorAll('[data-testid="breakdown-row"]'));
    expect(rows.map((row) => clean(row.querySelector('th')?.textContent))).toEqual(
      MATCH_COMPONENTS.map((c) => texts.breakdown.components[c]),
    );
    // Language: met to 82 %, weight 25 %, adds 21 % (0.823 · 0.25).
    expect(cells(rows[0])).toEqual([texts.breakdown.components.language, '82 %', '25 %', '21 %']);
    const fill = rows[0].querySelector('.bar__fill') as HTMLElement;
    expect(fill.style.inlineSize).toBe('82%');
    expect(fill.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(text('[data-testid="breakdown-total"]')).toBe('82 %');

    toggles[0].click();
    await stable();
    expect(toggles[0].getAttribute('aria-expanded')).toBe('false');
    expect(el().querySelector('table.breakdown')).toBeNull();
  });

  it('explains who was left out: counts and only the filters that removed anyone', async () => {
    await open();
    await compute();
    http.expectOne(url).flush(answer());
    await stable();

    expect(text('[data-testid="candidates-considered"]')).toBe('9');
    expect(text('[data-testid="candidates-feasible"]')).toBe('3');
    expect(all('[data-testid="candidates-exclusion"]').map(cells)).toEqual([
      [texts.filters.H2_CERTIFICATE, '4'],
      [texts.filters.H4_DISTANCE, '2'],
    ]);
  });

  it('says plainly when nobody fits and points to the reasons', async () => {
    await open();
    await compute();
    http.expectOne(url).flush(
      answer({
        candidates: [],
        consideredCount: 5,
        feasibleCount: 0,
        exclusions: { ...NO_EXCLUSIONS, H1_ELIGIBLE: 1, H3_LANGUAGE: 3, H6_EXCLUSION: 1 },
      }),
    );
    await stable();

    expect(text('[data-testid="candidates-status"]')).toBe(texts.empty);
    expect(el().querySelector('ol')).toBeNull();
    expect(all('[data-testid="candidates-exclusion"]').map(cells)).toEqual([
      [texts.filters.H1_ELIGIBLE, '1'],
      [texts.filters.H3_LANGUAGE, '3'],
      [texts.filters.H6_EXCLUSION, '1'],
    ]);
  });

  it('says when nobody was left out by a rule', async () => {
    await open();
    await compute();
    http.expectOne(url).flush(answer({ exclusions: NO_EXCLUSIONS, consideredCount: 3 }));
    await stable();
    expect(all('[data-testid="candidates-exclusion"]')).toHaveLength(0);
    expect(text('[data-testid="candidates-why-not"]')).toContain(texts.whyNot.noneExcluded);
  });

  it('reports failures in an alert and lets staff try again', async () => {
    await open();
    await compute();
    http
      .expectOne(url)
      .flush(
        { code: 'CONSENT_MISSING', message: 'no consent' },
        { status: 409, statusText: 'Conflict' },
      );
    await stable();
    expect(text('[data-testid="candidates-problem"]')).toBe(texts.problems.consentMissing);
    expect(el().querySelector('[data-testid="candidates-why-not"]')).toBeNull();

    await compute();
    expect(text('[data-testid="candidates-problem"]')).toBe('');
    http
      .expectOne(url)
      .flush(
        { code: 'INTERNAL_ERROR', message: 'boom' },
        { status: 500, statusText: 'Server Error' },
      );
    await stable();
    expect(text('[data-testid="candidates-problem"]')).toBe(texts.problems.unexpected);

    await compute();
    http.expectOne(url).error(new ProgressEvent('error'), { status: 0 });
    await stable();
    expect(text('[data-testid="candidates-problem"]')).toBe(texts.problems.network);
  });

  it('lets staff offer each candidate; only passing over the first asks why', async () => {
    await open();
    await compute();
    http.expectOne(url).flush(answer());
    await stable();
    const offers = all('[data-testid="candidate-offer"]');
    expect(offers).toHaveLength(3);
    offers[0].click();
    offers[1].click();
    await stable();
    const forms = all('[data-testid="offer-form"]');
    expect(forms).toHaveLength(2);
    expect(forms[0].querySelector('textarea')).toBeNull();
    expect(forms[1].querySelector('textarea')?.id).toBe('offer-v2-reason');
  });

  it('offers no computation before the family has consented', async () => {
    await open(false);
    expect(el().querySelector('[data-testid="candidates-compute"]')).toBeNull();
    expect(text('[data-testid="candidates-no-consent"]')).toBe(texts.noConsent);
  });

  it('forgets the suggestions of the previous family', async () => {
    await open();
    await compute();
    http.expectOne(url).flush(answer());
    await stable();
    fixture.componentRef.setInput('familyId', 'f2');
    await stable();
    expect(all('[data-testid="candidate"]')).toHaveLength(0);
    expect(text('[data-testid="candidates-compute"]')).toBe(texts.compute);
  });

  it('speaks Arabic with the reader’s digits', async () => {
    await open();
    await TestBed.inject(LocaleService).use('ar');
    await stable();
    await compute();
    http.expectOne(url).flush(answer());
    await stable();
    expect(text('h2')).toBe(ar.familyCandidates.title);
    expect(text('[data-testid="candidate-score"]')).toBe(
      `${formatPercent(0.823, 'ar')} ${ar.familyCandidates.fit.veryGood}`,
    );
  });
});
