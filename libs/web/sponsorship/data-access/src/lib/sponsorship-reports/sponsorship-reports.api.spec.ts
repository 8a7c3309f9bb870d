import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PAIRING_ROUTES } from '@zusammen/shared/contracts';
import { SponsorshipReportsApi, reportCsvUrl } from './sponsorship-reports.api';

describe('SponsorshipReportsApi', () => {
  let api: SponsorshipReportsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(SponsorshipReportsApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('asks for the period', () => {
    void api.get({ from: '2025-11-26', to: '2026-11-26' });
    const request = http.expectOne((r) => r.url === PAIRING_ROUTES.reports);
    expect(request.request.method).toBe('GET');
    expect(request.request.params.get('from')).toBe('2025-11-26');
    expect(request.request.params.get('to')).toBe('2026-11-26');
  });

  it('links the CSV of the same period', () => {
    expect(reportCsvUrl({ from: '2025-11-26', to: '2026-11-26' })).toBe(
      `${PAIRING_ROUTES.reports}.csv?from=2025-11-26&to=2026-11-26`,
    );
  });
});
