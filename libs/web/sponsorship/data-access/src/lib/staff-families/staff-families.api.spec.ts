import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SPONSORSHIP_ROUTES } from '@zusammen/shared/contracts';
import { StaffFamiliesApi } from './staff-families.api';

describe('StaffFamiliesApi', () => {
  let api: StaffFamiliesApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(StaffFamiliesApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('lists with status and cursor', () => {
    void api.list({ q: '', status: 'waiting', cursor: 'c2' });
    const request = http.expectOne((r) => r.url === SPONSORSHIP_ROUTES.families);
    expect(request.request.params.get('status')).toBe('waiting');
    expect(request.request.params.get('cursor')).toBe('c2');
    expect(request.request.params.has('q')).toBe(false);
  });

  it('records and withdraws consent under the family', () => {
    void api.recordConsent('f1', {
      textVersion: 'patenschaft-2026-11',
      scope: 'matching',
      grantedOn: '2026-11-26',
    });
    void api.withdrawConsent('f1');
    const consent = http.expectOne(`${SPONSORSHIP_ROUTES.families}/f1/consent`);
    expect(consent.request.method).toBe('POST');
    expect(consent.request.body.textVersion).toBe('patenschaft-2026-11');
    expect(
      http.expectOne(`${SPONSORSHIP_ROUTES.families}/f1/consent/withdraw`).request.method,
    ).toBe('POST');
  });

  it('asks for the candidates of one family, with its id encoded', async () => {
    const answer = api.candidates('f 1');
    const request = http.expectOne(`${SPONSORSHIP_ROUTES.families}/f%201/candidates`);
    expect(request.request.method).toBe('GET');
    request.flush({ familyId: 'f 1', candidates: [], consideredCount: 0, feasibleCount: 0 });
    await expect(answer).resolves.toMatchObject({ familyId: 'f 1', consideredCount: 0 });
  });
});
