import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PairingSummary, VolunteerProfileResponse } from '@zusammen/shared/contracts';
import {
  PAIRING_ROUTES,
  SPONSORSHIP_ROUTES,
  SponsorshipErrorCode,
} from '@zusammen/shared/contracts';
import { MyPairingsStore, VolunteerProfileStore } from '@zusammen/web/sponsorship/data-access';
import { de, sponsorshipTranslocoTesting } from '../shared/sponsorship-i18n.testing';
import { VolunteerProfilePageComponent } from './volunteer-profile-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.volunteerProfile;

const SAVED: VolunteerProfileResponse = {
  id: 'v1',
  status: 'in_vetting',
  languages: [
    { code: 'de', level: 'native' },
    { code: 'ar', level: 'basic' },
  ],
  district: 'weseke',
  maxDistanceKm: 12,
  availability: ['tue-evening', 'sat-morning'],
  supportAreas: ['german', 'housing'],
  capacity: 2,
  acceptsFamiliesWithChildren: true,
  genderPreference: 'none',
  gender: 'female',
  about: 'Ich fahre gern Rad.',
  vettingSteps: [
    {
      kind: 'info_event',
      completedOn: '2026-10-01',
      recordedBy: { id: 's1', displayName: 'Martina Terhorst' },
    },
  ],
  certificate: {
    issuedOn: '2026-09-15',
    inspectedOn: '2026-10-01',
    relevantEntry: true,
    renewalDueOn: '2031-09-15',
    recordedBy: { id: 's1', displayName: 'Martina Terhorst' },
  },
  openPairings: 0,
  updatedAt: '2026-11-20T10:00:00.000Z',
};

const OFFER: PairingSummary = {
  id: 'p1',
  state: 'offered',
  family: { id: 'f1', contactName: 'Amal', district: 'gemen' },
  volunteer: { id: 'v1', displayName: 'Vera' },
  coordinator: null,
  stateSince: '2026-11-25T09:00:00.000Z',
  lastContactOn: null,
  checkInCount: 0,
  attention: ['offer_waiting'],
};

describe('VolunteerProfilePageComponent', () => {
  let http: HttpTestingController;
  /** What the server answers when the page (once a profile exists) asks for the volunteer's pairings. */
  let pairings: PairingSummary[];
  let fixture: ComponentFixture<VolunteerProfilePageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const $ = <T extends HTMLElement>(selector: string): T => el().querySelector(selector) as T;
  const text = (selector: string): string | undefined => $(selector)?.textContent?.trim();
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
    // The pairings section asks once it appears (a profile exists); answer it like the server would.
    for (const req of http.match(PAIRING_ROUTES.myPairings)) req.flush({ items: pairings });
    await settle();
    await fixture.whenStable();
  };
  const setValue = async (selector: string, value: string, event = 'change'): Promise<void> => {
    const control = $<HTMLInputElement>(selector);
    control.value = value;
    control.dispatchEvent(new Event(event));
    await fixture.whenStable();
  };
  const submit = async (): Promise<void> => {
    $<HTMLButtonElement>('button[type="submit"]').click();
    await stable();
  };

  async function open(answer: (req: ReturnType<HttpTestingController['expectOne']>) => void) {
    fixture = TestBed.createComponent(VolunteerProfilePageComponent);
    fixture.autoDetectChanges();
    answer(http.expectOne(SPONSORSHIP_ROUTES.myProfile));
    await stable();
  }
  const missing = (req: ReturnType<HttpTestingController['expectOne']>): void =>
    req.flush(
      { code: SponsorshipErrorCode.VolunteerProfileMissing, message: 'No profile' },
      { status: 404, statusText: 'Not Found' },
    );

  beforeEach(() => {
    pairings = [];
    TestBed.configureTestingModule({
      imports: [sponsorshipTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        VolunteerProfileStore,
        MyPairingsStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('explains the Patenschaft before the first profile and starts the form with German', async () => {
    await open(missing);

    expect(text('h1')).toBe(texts.title);
    expect(text('[data-testid="volunteer-intro"] h2')).toBe(texts.intro.title);
    expect($('zl-vetting-progress')).toBeNull();
    expect($('[data-testid="my-pairings"]')).toBeNull();
    expect($<HTMLSelectElement>('#vp-languages-code-0').value).toBe('de');
    expect($<HTMLSelectElement>('#vp-district').value).toBe('');
    expect($<HTMLInputElement>('#vp-distance').value).toBe('5');
    // the own gender is not stated until the volunteer chooses it, and says why it is asked
    expect($<HTMLSelectElement>('#vp-own-gender').value).toBe('');
    expect(text('label[for="vp-own-gender"]')).toBe(texts.form.ownGender);
    expect($('#vp-own-gender').getAttribute('aria-describedby')).toBe('vp-own-gender-hint');
    expect(text('#vp-own-gender-hint')).toBe(texts.form.ownGenderHint);
  });

  it('points at the district before sending anything when it is missing', async () => {
    await open(missing);

    await submit();

    http.expectNone(SPONSORSHIP_ROUTES.myProfile);
    expect(text('#vp-district-error')).toBe(texts.errors.district);
    expect($('#vp-district').getAttribute('aria-invalid')).toBe('true');
    expect($('#vp-district').getAttribute('aria-describedby')).toBe('vp-district-error');
    expect(document.activeElement?.id).toBe('vp-district');
  });

  it('saves the first profile with PUT, then shows the vetting progress and thanks', async () => {
    await open(missing);
    await setValue('#vp-district', 'weseke');
    await setValue('#vp-distance', '12', 'input');
    $<HTMLInputElement>('#vp-slots-tue-evening').click();
    $<HTMLInputElement>('#vp-areas-german').click();
    await setValue('#vp-capacity', '2');
    await setValue('#vp-own-gender', 'female');
    await setValue('#vp-about', '  Ich fahre gern Rad. ', 'input');
    expect(text('[data-testid="about-count"]')).toBe('22 von 1000 Zeichen');

    await submit();

    const put = http.expectOne(SPONSORSHIP_ROUTES.myProfile);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      languages: [{ code: 'de', level: 'native' }],
      district: 'weseke',
      maxDistanceKm: 12,
      availability: ['tue-evening'],
      supportAreas: ['german'],
      capacity: 2,
      acceptsFamiliesWithChildren: true,
      genderPreference: 'none',
      gender: 'female',
      about: 'Ich fahre gern Rad.',
    });
    put.flush(SAVED);
    await stable();

    expect($('[data-testid="volunteer-intro"]')).toBeNull();
    expect(text('#vp-progress-heading')).toBe(texts.progress.title);
    expect(text('[data-testid="volunteer-profile-saved"]')).toBe(texts.saved.created);
  });

  it('shows the server’s 422 field errors at their fields and focuses the first', async () => {
    await open((req) => req.flush(SAVED));

    await submit();
    http.expectOne(SPONSORSHIP_ROUTES.myProfile).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'The request is invalid.',
        details: {
          'languages.1.level': ['invalid'],
          genderPreference: ['invalid'],
          gender: ['invalid'],
        },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await stable();

    expect(text('#vp-languages-error')).toBe(texts.errors.languages);
    expect(text('#vp-genderPreference-error')).toBe(texts.errors.genderPreference);
    expect($('#vp-gender').getAttribute('aria-invalid')).toBe('true');
    expect(text('#vp-gender-error')).toBe(texts.errors.gender);
    expect($('#vp-own-gender').getAttribute('aria-invalid')).toBe('true');
    expect($('#vp-own-gender').getAttribute('aria-describedby')).toBe(
      'vp-own-gender-hint vp-gender-error',
    );
    expect($('#vp-distance').getAttribute('aria-invalid')).toBe('false');
    expect(document.activeElement?.id).toBe('vp-languages-code-0');
    expect(text('[role="alert"]')).toBe('');
  });

  it('shows status, steps with dates, what comes next and only the certificate dates', async () => {
    await open((req) => req.flush(SAVED));

    expect(text('[data-testid="volunteer-status"]')).toContain('in Prüfung');
    const steps = Array.from(el().querySelectorAll('[data-testid="vetting-steps"] li')).map((li) =>
      li.lastElementChild?.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(steps).toEqual([
      'Infoveranstaltung — erledigt am 1. Oktober 2026',
      'Gespräch — noch offen',
      'Schulung — noch offen',
    ]);
    expect(text('[data-testid="vetting-next"]')).toBe(texts.next.interview);
    expect(text('[data-testid="vetting-certificate"]')).toBe(
      'Eingesehen am 1. Oktober 2026, gültig bis 15. September 2031.',
    );
    // The saved values fill the form.
    expect($<HTMLSelectElement>('#vp-languages-code-1').value).toBe('ar');
    expect($<HTMLSelectElement>('#vp-district').value).toBe('weseke');
    expect($<HTMLInputElement>('#vp-slots-sat-morning').checked).toBe(true);
    expect($<HTMLInputElement>('#vp-areas-housing').checked).toBe(true);
    expect($<HTMLTextAreaElement>('#vp-about').value).toBe('Ich fahre gern Rad.');
    expect($<HTMLSelectElement>('#vp-own-gender').value).toBe('female');
  });

  it('offers a retry when loading fails, and does not mistake a bare 404 for a missing profile', async () => {
    await open((req) => req.flush('Not Found', { status: 404, statusText: 'Not Found' }));

    expect(text('[role="alert"]')).toBe(texts.loadFailed);
    $<HTMLButtonElement>('button').click();
    http.expectOne(SPONSORSHIP_ROUTES.myProfile).flush(SAVED);
    await stable();

    expect(text('#vp-progress-heading')).toBe(texts.progress.title);
  });

  it('puts an offer waiting for an answer above the vetting progress, with a link to answer it', async () => {
    pairings = [OFFER];
    await open((req) => req.flush(SAVED));

    const section = $('[data-testid="my-pairings"]');
    expect(section.querySelector('h2')?.textContent?.trim()).toBe(
      de.volunteerPairings.overview.title,
    );
    expect(section.compareDocumentPosition($('zl-vetting-progress'))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const link = section.querySelector<HTMLAnchorElement>('[data-testid="my-pairings-offers"] a');
    expect(link?.textContent?.trim()).toBe(de.volunteerPairings.overview.offerLink);
    expect(link?.getAttribute('href')).toBe('/patenschaft/tandems/p1');
  });

  it('shows no pairings section while the volunteer has none', async () => {
    await open((req) => req.flush(SAVED));

    expect($('[data-testid="my-pairings"]')).toBeNull();
    expect(text('#vp-progress-heading')).toBe(texts.progress.title);
  });
});
