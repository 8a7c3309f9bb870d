import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { ConsentRecord, FamilyDetail } from '@zusammen/shared/contracts';
import { SPONSORSHIP_ROUTES } from '@zusammen/shared/contracts';
import { de, sponsorshipTranslocoTesting } from '../shared/sponsorship-i18n.testing';
import { StaffFamilyPageComponent } from './staff-family-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.staffFamilies;

const FAMILY: FamilyDetail = {
  id: 'f1',
  contactName: 'Amal',
  contactChannel: 'phone',
  contactPhone: '+49 2861 1234',
  preferredLocale: 'ar',
  district: 'gemen',
  languages: [{ code: 'ar', level: 'native' }],
  members: [
    { alias: 'Amal', ageBand: '27-64' },
    { alias: 'Sami', ageBand: '6-11', gender: 'male' },
  ],
  needs: ['school'],
  availability: ['tue-afternoon'],
  volunteerGenderPreference: 'none',
  interpreterAvailable: false,
  urgent: false,
  status: 'waiting',
  waitingSince: '2026-11-26',
  staffNote: null,
  consent: {
    textVersion: 'patenschaft-2026-11',
    scope: 'matching',
    grantedOn: '2026-11-26',
    withdrawnOn: null,
    recordedBy: { id: 's1', displayName: 'Martina Terhorst' },
  },
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z',
};

describe('StaffFamilyPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<StaffFamilyPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const $ = <T extends HTMLElement>(selector: string): T => el().querySelector(selector) as T;
  const clean = (value: string | null | undefined): string =>
    (value ?? '').replace(/\s+/g, ' ').trim();
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const type = async (selector: string, value: string, event = 'input'): Promise<void> => {
    const control = $<HTMLInputElement>(selector);
    control.value = value;
    control.dispatchEvent(new Event(event));
    await stable();
  };
  const button = (name: string): HTMLButtonElement =>
    Array.from(el().querySelectorAll('button')).find(
      (b) => clean(b.textContent) === name,
    ) as HTMLButtonElement;
  const submit = async (): Promise<void> => {
    $<HTMLFormElement>('#family-form').dispatchEvent(new Event('submit', { cancelable: true }));
    await stable();
  };

  async function open(id?: string): Promise<void> {
    TestBed.configureTestingModule({
      imports: [StaffFamilyPageComponent, sponsorshipTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StaffFamilyPageComponent);
    if (id) fixture.componentRef.setInput('id', id);
    fixture.autoDetectChanges();
    await stable();
  }

  afterEach(() => http.verify());

  it('names what is missing before it sends a new family', async () => {
    await open();
    await type('#family-phone', '');
    await submit();
    const summary = clean($('[role="alert"]').textContent);
    expect(summary).toContain(texts.form.errors.contactName);
    expect(summary).toContain(texts.form.errors.contactPhone);
    expect(summary).toContain(texts.form.errors.district);
    expect(summary).toContain(texts.form.errors.members);
    expect($('#family-contact-name').getAttribute('aria-invalid')).toBe('true');
    http.expectNone(SPONSORSHIP_ROUTES.families);
  });

  it('creates a family with two members (one a child) and opens its page', async () => {
    await open();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await type('#family-contact-name', ' Amal ');
    await type('#family-phone', '+49 2861 1234');
    await type('#family-district', 'gemen', 'change');
    await type('#member-alias-0', 'Amal');
    button(texts.form.addMember).click();
    await stable();
    expect(document.activeElement?.id).toBe('member-alias-1');
    await type('#member-alias-1', 'Sami');
    await type('#member-age-1', '6-11', 'change');
    await type('#member-gender-1', 'male', 'change');
    expect(el().textContent).toContain(texts.form.staffNoteHint);
    await submit();
    const request = http.expectOne(SPONSORSHIP_ROUTES.families);
    expect(request.request.method).toBe('POST');
    expect(request.request.body.contactName).toBe('Amal');
    expect(request.request.body.district).toBe('gemen');
    expect(request.request.body.members).toEqual([
      { alias: 'Amal', ageBand: '27-64' },
      { alias: 'Sami', ageBand: '6-11', gender: 'male' },
    ]);
    request.flush({ ...FAMILY, consent: null });
    await stable();
    expect(navigate).toHaveBeenCalledWith(['/verwaltung/patenschaften/familien', 'f1'], {
      state: { familyCreated: true },
    });
  });

  it('withdraws consent only after a second, explicit confirmation', async () => {
    await open('f1');
    http.expectOne(`${SPONSORSHIP_ROUTES.families}/f1`).flush(FAMILY);
    await stable();
    expect(clean($('[data-testid="consent-state"]').textContent)).toBe(texts.consent.given);
    button(texts.consent.withdraw).click();
    await stable();
    expect(document.activeElement?.id).toBe('withdraw-heading');
    http.expectNone(`${SPONSORSHIP_ROUTES.families}/f1/consent/withdraw`);
    button(texts.consent.confirmWithdraw).click();
    await stable();
    http.expectOne(`${SPONSORSHIP_ROUTES.families}/f1/consent/withdraw`).flush({
      ...FAMILY,
      consent: { ...(FAMILY.consent as ConsentRecord), withdrawnOn: '2026-11-26' },
    });
    await stable();
    expect(clean($('[data-testid="consent-live"]').textContent)).toBe(texts.consent.done.withdrawn);
    expect(clean($('[data-testid="consent-state"]').textContent)).toContain(
      'Einwilligung widerrufen am',
    );
    // A new consent can be recorded again.
    expect($('#consent-version')).not.toBeNull();
  });

  it('shows server field errors (422) in the summary', async () => {
    await open('f1');
    http.expectOne(`${SPONSORSHIP_ROUTES.families}/f1`).flush(FAMILY);
    await stable();
    await submit();
    http
      .expectOne(`${SPONSORSHIP_ROUTES.families}/f1`)
      .flush(
        { code: 'VALIDATION_FAILED', message: 'x', details: { 'members.1.alias': ['too long'] } },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await stable();
    expect(clean($('.error-summary').textContent)).toContain(texts.form.errors.members);
  });

  it('offers suggestions for a saved family with consent, never on the new-family form', async () => {
    await open('f1');
    http.expectOne(`${SPONSORSHIP_ROUTES.families}/f1`).flush(FAMILY);
    await stable();
    expect(clean($('zl-family-candidates h2').textContent)).toBe(de.familyCandidates.title);
    expect(button(de.familyCandidates.compute)).toBeDefined();
    // Nothing is computed (and logged) until staff ask for it.
    http.expectNone(`${SPONSORSHIP_ROUTES.families}/f1/candidates`);
  });

  it('shows no suggestions panel while a family is being entered', async () => {
    await open();
    expect($('zl-family-candidates')).toBeNull();
  });

  it('asks for consent first when the family has none', async () => {
    await open('f1');
    http.expectOne(`${SPONSORSHIP_ROUTES.families}/f1`).flush({ ...FAMILY, consent: null });
    await stable();
    expect(clean($('[data-testid="candidates-no-consent"]').textContent)).toBe(
      de.familyCandidates.noConsent,
    );
    expect(button(de.familyCandidates.compute)).toBeUndefined();
  });
});
