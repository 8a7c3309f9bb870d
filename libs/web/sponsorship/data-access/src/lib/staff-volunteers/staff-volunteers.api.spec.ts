import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SPONSORSHIP_ROUTES } from '@zusammen/shared/contracts';
import { StaffVolunteersApi } from './staff-volunteers.api';

describe('StaffVolunteersApi', () => {
  let api: StaffVolunteersApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(StaffVolunteersApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('sends only the filters that are set', async () => {
    const answer = api.list({ q: '  Anna ', status: '', cursor: null });
    const request = http.expectOne((r) => r.url === SPONSORSHIP_ROUTES.volunteers);
    expect(request.request.params.keys()).toEqual(['q']);
    expect(request.request.params.get('q')).toBe('Anna');
    request.flush({ items: [], nextCursor: null });
    await expect(answer).resolves.toEqual({ items: [], nextCursor: null });
  });

  it('posts vetting steps, puts the certificate and posts status changes under the volunteer', () => {
    void api.recordVettingStep('v/1', { kind: 'interview', completedOn: '2026-11-20' });
    void api.recordCertificate('v/1', {
      issuedOn: '2026-10-01',
      inspectedOn: '2026-11-20',
      relevantEntry: false,
    });
    void api.changeStatus('v/1', { status: 'paused', reason: 'Umzug' });
    const base = `${SPONSORSHIP_ROUTES.volunteers}/v%2F1`;
    const step = http.expectOne(`${base}/vetting-steps`);
    expect(step.request.method).toBe('POST');
    expect(step.request.body).toEqual({ kind: 'interview', completedOn: '2026-11-20' });
    expect(http.expectOne(`${base}/certificate`).request.method).toBe('PUT');
    const status = http.expectOne(`${base}/status`);
    expect(status.request.method).toBe('POST');
    expect(status.request.body).toEqual({ status: 'paused', reason: 'Umzug' });
  });
});
