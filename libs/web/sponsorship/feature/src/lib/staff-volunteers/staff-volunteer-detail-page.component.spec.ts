import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { VolunteerDetail } from '@zusammen/shared/contracts';
import { SPONSORSHIP_ROUTES, SponsorshipErrorCode } from '@zusammen/shared/contracts';
import { de, sponsorshipTranslocoTesting } from '../shared/sponsorship-i18n.testing';
import { StaffVolunteerDetailPageComponent } from './staff-volunteer-detail-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.staffVolunteers;
const words = de.sponsorshipVocabulary;
const URL = `${SPONSORSHIP_ROUTES.volunteers}/v1`;

const ANNA: VolunteerDetail = {
  id: 'v1',
  userId: 'u1',
  displayName: 'Anna Bußmann',
  email: 'anna@x.invalid',
  phone: null,
  locale: 'de',
  status: 'in_vetting',
  languages: [{ code: 'ar', level: 'good' }],
  district: 'gemen',
  maxDistanceKm: 8,
  availability: ['tue-evening'],
  supportAreas: ['school'],
  capacity: 1,
  acceptsFamiliesWithChildren: true,
  genderPreference: 'none',
  gender: 'female',
  about: '',
  vettingSteps: [
    {
      kind: 'interview',
      completedOn: '2026-11-02',
      recordedBy: { id: 's1', displayName: 'Martina Terhorst' },
    },
  ],
  certificate: null,
  openPairings: 0,
  updatedAt: '2026-11-20T10:00:00.000Z',
};

describe('StaffVolunteerDetailPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<StaffVolunteerDetailPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const $ = <T extends HTMLElement>(selector: string): T => el().querySelector(selector) as T;
  const clean = (value: string | null | undefined): string =>
    (value ?? '').replace(/\s+/g, ' ').trim();
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const setValue = async (selector: string, value: string, event = 'change'): Promise<void> => {
    const control = $<HTMLInputElement>(selector);
    control.value = value;
    control.dispatchEvent(new Event(event));
    await stable();
  };
  const submit = async (selector: string): Promise<void> => {
    $<HTMLFormElement>(selector).dispatchEvent(new Event('submit', { cancelable: true }));
    await stable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [StaffVolunteerDetailPageComponent, sponsorshipTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StaffVolunteerDetailPageComponent);
    fixture.componentRef.setInput('id', 'v1');
    fixture.autoDetectChanges();
    await stable();
    http.expectOne(URL).flush(ANNA);
    await stable();
  });
  afterEach(() => http.verify());

  it('shows the profile, the recorded step and what is still missing', () => {
    expect(clean($('h1').textContent)).toBe('Anna Bußmann');
    expect(clean($('[data-testid="detail-status"]').textContent)).toBe(
      words.volunteerStatus.in_vetting,
    );
    expect(clean($('[data-testid="vetting-steps"]').textContent)).toContain('Martina Terhorst');
    const missing = clean($('[data-testid="vetting-missing"]').textContent);
    expect(missing).toContain(words.vettingSteps.info_event);
    expect(missing).toContain(words.vettingSteps.training);
    expect(missing).not.toContain(words.vettingSteps.interview);
    expect(el().textContent).toContain(texts.certificate.neverCopy);
    // the self-declared gender, next to the preference (it decides H5 for families with a preference)
    expect(clean($('[data-testid="detail-gender"]').textContent)).toBe(words.personGenders.female);
    expect(clean($('[data-testid="detail-gender"]').previousElementSibling?.textContent)).toBe(
      texts.profile.gender,
    );
  });

  it('offers only the moves the state machine allows from in_vetting', () => {
    const options = Array.from($<HTMLSelectElement>('#next-status').options).map((o) => o.value);
    expect(options).toEqual(['', 'approved', 'rejected', 'withdrawn']);
  });

  it('asks for a reason before rejecting', async () => {
    await setValue('#next-status', 'rejected');
    await submit('form[aria-label="' + texts.statusChange.title + '"]');
    expect(clean($('#status-reason-error').textContent)).toBe(texts.statusChange.reasonMissing);
    http.expectNone(`${URL}/status`);
  });

  it('lists the missing steps when approval is refused with VETTING_INCOMPLETE', async () => {
    await setValue('#next-status', 'approved');
    await submit('form[aria-label="' + texts.statusChange.title + '"]');
    const request = http.expectOne(`${URL}/status`);
    expect(request.request.body).toEqual({ status: 'approved' });
    request.flush(
      {
        code: SponsorshipErrorCode.VettingIncomplete,
        message: 'x',
        details: { missingSteps: ['training'], relevantCertificateEntry: false },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    expect(el().textContent).toContain(texts.problems.vettingIncomplete);
    expect(clean($('[data-testid="missing-steps"]').textContent)).toBe(words.vettingSteps.training);
  });

  it('records a vetting step and shows the answer', async () => {
    await setValue('#step-kind', 'training');
    await setValue('#step-date', '2026-11-20', 'input');
    await submit('form[aria-label="' + texts.vetting.formTitle + '"]');
    const request = http.expectOne(`${URL}/vetting-steps`);
    expect(request.request.body).toEqual({ kind: 'training', completedOn: '2026-11-20' });
    request.flush({
      ...ANNA,
      vettingSteps: [
        ...ANNA.vettingSteps,
        { kind: 'training', completedOn: '2026-11-20', recordedBy: null },
      ],
    });
    await stable();
    expect(clean($('[data-testid="detail-live"]').textContent)).toBe(
      texts.done.step.replace('{{name}}', '\u2068Anna Bußmann\u2069'),
    );
    expect(clean($('[data-testid="vetting-missing"]').textContent)).not.toContain(
      words.vettingSteps.training,
    );
  });

  it('shows CERTIFICATE_DATES_INVALID at the issue date field', async () => {
    await setValue('#certificate-issued', '2026-01-01', 'input');
    await setValue('#certificate-inspected', '2026-11-20', 'input');
    const no = el().querySelectorAll<HTMLInputElement>('input[name="relevantEntry"]')[0];
    no.checked = true;
    no.dispatchEvent(new Event('change'));
    await stable();
    await submit('form[aria-label="' + texts.certificate.formTitle + '"]');
    const request = http.expectOne(`${URL}/certificate`);
    expect(request.request.body).toEqual({
      issuedOn: '2026-01-01',
      inspectedOn: '2026-11-20',
      relevantEntry: false,
    });
    request.flush(
      {
        code: SponsorshipErrorCode.CertificateDatesInvalid,
        message: 'too old',
        details: { issuedOn: ['TOO_OLD_AT_INSPECTION'] },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await stable();
    expect($('#certificate-issued').getAttribute('aria-invalid')).toBe('true');
    expect(clean($('#certificate-issued-error').textContent)).toBe(
      texts.certificate.errors.tooOld.replace('{{months}}', '3'),
    );
    expect($('#certificate-inspected').getAttribute('aria-invalid')).toBe('false');
  });
});
