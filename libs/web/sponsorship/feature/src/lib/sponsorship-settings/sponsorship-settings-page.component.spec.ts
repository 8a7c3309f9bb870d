import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SponsorshipSettingsResponse } from '@zusammen/shared/contracts';
import { MATCH_COMPONENTS, PAIRING_ROUTES } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { ar, de, sponsorshipTranslocoTesting } from '../shared/sponsorship-i18n.testing';
import { formatPercent } from '../staff-families/candidates/candidate-format';
import { SponsorshipSettingsPageComponent } from './sponsorship-settings-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.sponsorshipSettings;
const components = de.familyCandidates.breakdown.components;

const SETTINGS: SponsorshipSettingsResponse = {
  version: 4,
  weights: {
    language: 0.25,
    proximity: 0.2,
    availability: 0.15,
    lifeStage: 0.1,
    needsFit: 0.15,
    waitingBonus: 0.1,
    urgency: 0.05,
  },
  normalisedWeights: {
    language: 0.25,
    proximity: 0.2,
    availability: 0.15,
    lifeStage: 0.1,
    needsFit: 0.15,
    waitingBonus: 0.1,
    urgency: 0.05,
  },
  noContactDays: 21,
  trialMeetingsRequired: 3,
  minScore: 0.2,
  updatedAt: '2026-11-20T08:00:00.000Z',
  updatedBy: { id: 'u9', displayName: 'Programmleitung Schulte' },
};

describe('SponsorshipSettingsPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<SponsorshipSettingsPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const clean = (value: string | null | undefined): string =>
    (value ?? '').replace(/\s+/g, ' ').trim();
  const text = (selector: string): string => clean(el().querySelector(selector)?.textContent);
  const input = (id: string): HTMLInputElement => el().querySelector(`#${id}`) as HTMLInputElement;
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const type = async (id: string, value: string): Promise<void> => {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
    await stable();
  };
  const save = async (): Promise<void> => {
    (el().querySelector('[data-testid="settings-save"]') as HTMLButtonElement).click();
    await stable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [SponsorshipSettingsPageComponent, sponsorshipTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SponsorshipSettingsPageComponent);
    fixture.autoDetectChanges();
    await stable();
  });
  afterEach(() => http.verify());

  async function loaded(settings = SETTINGS): Promise<void> {
    http.expectOne({ method: 'GET', url: PAIRING_ROUTES.settings }).flush(settings);
    await stable();
  }

  it('shows the version, when and by whom it was changed, and explains relative weights', async () => {
    await loaded();
    expect(text('h1')).toBe(texts.title);
    expect(text('[data-testid="settings-version"]')).toBe('4');
    expect(text('[data-testid="settings-meta"]')).toContain('Programmleitung Schulte');
    expect(clean(el().textContent)).toContain(texts.weights.relative);
  });

  it('names the initial settings when nobody changed them yet', async () => {
    await loaded({ ...SETTINGS, updatedBy: null });
    expect(text('[data-testid="settings-meta"]')).toContain(texts.meta.unknownPerson);
  });

  it('has a labelled field per weight with its share beside it, updated while typing', async () => {
    await loaded();
    const labels = Array.from(el().querySelectorAll('[data-testid="weight-field"] label'));
    expect(labels.map((label) => clean(label.textContent))).toEqual(
      MATCH_COMPONENTS.map((c) => components[c]),
    );
    expect(input('settings-weights-language').value).toBe('0.25');
    expect(input('settings-weights-language').getAttribute('aria-describedby')).toContain(
      'settings-weights-language-share',
    );
    expect(text('#settings-weights-language-share')).toBe('Anteil: 25 %');

    await type('settings-weights-language', '1.25');
    // 1.25 of 1.25 + 0.75 = 2.
    expect(text('#settings-weights-language-share')).toBe('Anteil: 63 %');
    expect(text('#settings-weights-urgency-share')).toBe('Anteil: 3 %');
    await type('settings-weights-language', 'x');
    expect(text('#settings-weights-language-share')).toBe(texts.weights.noShare);
  });

  it('shows the minimum score as a percentage', async () => {
    await loaded();
    expect(text('[data-testid="settings-min-score-percent"]')).toBe('entspricht 20 %');
    await type('settings-min-score', '0.35');
    expect(text('[data-testid="settings-min-score-percent"]')).toBe('entspricht 35 %');
  });

  it('saves the whole set and announces the new version', async () => {
    await loaded();
    await type('settings-weights-urgency', '0.5');
    await type('settings-no-contact-days', '14');
    await type('settings-trial-meetings', '4');
    await type('settings-min-score', '0.3');
    await save();
    const request = http.expectOne({ method: 'PUT', url: PAIRING_ROUTES.settings });
    expect(request.request.body).toEqual({
      weights: { ...SETTINGS.weights, urgency: 0.5 },
      noContactDays: 14,
      trialMeetingsRequired: 4,
      minScore: 0.3,
    });
    request.flush({
      ...SETTINGS,
      version: 5,
      weights: { ...SETTINGS.weights, urgency: 0.5 },
      noContactDays: 14,
      trialMeetingsRequired: 4,
      minScore: 0.3,
    });
    await stable();
    expect(text('[data-testid="settings-live"]')).toBe('Gespeichert. Neue Version: 5.');
    expect(document.activeElement).toBe(el().querySelector('[data-testid="settings-live"]'));
    expect(text('[data-testid="settings-version"]')).toBe('5');
  });

  it('lists every invalid field in a summary linked to it, and sends nothing', async () => {
    await loaded();
    await type('settings-weights-needsFit', '-1');
    await type('settings-no-contact-days', '100');
    await type('settings-min-score', '2');
    await save();
    http.expectNone({ method: 'PUT', url: PAIRING_ROUTES.settings });

    const summary = el().querySelector('.error-summary') as HTMLElement;
    expect(document.activeElement).toBe(summary);
    const links = Array.from(summary.querySelectorAll('a'));
    expect(links.map((link) => clean(link.textContent))).toEqual([
      `${components.needsFit}: Bitte eine Zahl von 0 bis 10 eingeben.`,
      'Tage ohne Kontakt: Bitte eine ganze Zahl von 7 bis 90 eingeben.',
      'Mindestbewertung: Bitte eine Zahl von 0 bis 1 eingeben, zum Beispiel 0,2.',
    ]);
    expect(input('settings-no-contact-days').getAttribute('aria-invalid')).toBe('true');
    expect(input('settings-no-contact-days').getAttribute('aria-describedby')).toContain(
      'settings-no-contact-days-error',
    );
    links[1].click();
    expect(document.activeElement).toBe(input('settings-no-contact-days'));
    links[0].click();
    expect(document.activeElement).toBe(input('settings-weights-needsFit'));
  });

  it('needs at least one weight above 0', async () => {
    await loaded();
    for (const component of MATCH_COMPONENTS) await type(`settings-weights-${component}`, '0');
    await save();
    http.expectNone({ method: 'PUT', url: PAIRING_ROUTES.settings });
    expect(text('.error-summary a')).toBe(texts.errors.weights);
    expect(text(`#settings-weights-all-zero`)).toBe(texts.errors.weights);
  });

  it('shows the server’s field errors at the fields', async () => {
    await loaded();
    await save();
    http.expectOne({ method: 'PUT', url: PAIRING_ROUTES.settings }).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'invalid',
        details: { trialMeetingsRequired: ['max'] },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await stable();
    expect(text('.error-summary a')).toBe(
      'Treffen in der Probephase: Bitte eine ganze Zahl von 1 bis 10 eingeben.',
    );
    expect(input('settings-trial-meetings').getAttribute('aria-invalid')).toBe('true');
  });

  it('words other failures in an alert', async () => {
    await loaded();
    await save();
    http
      .expectOne({ method: 'PUT', url: PAIRING_ROUTES.settings })
      .flush({ code: 'FORBIDDEN', message: 'no' }, { status: 403, statusText: 'Forbidden' });
    await stable();
    expect(text('[data-testid="settings-problem"]')).toBe(texts.problems.forbidden);
  });

  it('says when the settings could not be loaded and tries again', async () => {
    http
      .expectOne({ method: 'GET', url: PAIRING_ROUTES.settings })
      .flush({}, { status: 500, statusText: 'Error' });
    await stable();
    expect(text('[role="alert"]')).toBe(texts.loadFailed);
    (el().querySelector('button') as HTMLButtonElement).click();
    await stable();
    await loaded();
    expect(text('[data-testid="settings-version"]')).toBe('4');
  });

  it('speaks Arabic, with the reader’s percentages', async () => {
    await loaded();
    await TestBed.inject(LocaleService).use('ar');
    await stable();
    expect(text('h1')).toBe(ar.sponsorshipSettings.title);
    expect(text('#settings-weights-language-share')).toBe(
      clean(`الحصة: ${formatPercent(0.25, 'ar')}`),
    );
  });
});
