import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SponsorshipSettingsRequest } from '@zusammen/shared/contracts';
import { PAIRING_ROUTES } from '@zusammen/shared/contracts';
import { SponsorshipSettingsApi } from './sponsorship-settings.api';

const REQUEST: SponsorshipSettingsRequest = {
  weights: {
    language: 1,
    proximity: 1,
    availability: 1,
    lifeStage: 1,
    needsFit: 1,
    waitingBonus: 1,
    urgency: 1,
  },
  noContactDays: 14,
  trialMeetingsRequired: 4,
  minScore: 0.3,
};

describe('SponsorshipSettingsApi', () => {
  let api: SponsorshipSettingsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(SponsorshipSettingsApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('reads the settings and saves the whole set with PUT', async () => {
    const reading = api.get();
    http.expectOne({ method: 'GET', url: PAIRING_ROUTES.settings }).flush({ version: 2 });
    await expect(reading).resolves.toEqual({ version: 2 });

    void api.save(REQUEST);
    const put = http.expectOne({ method: 'PUT', url: PAIRING_ROUTES.settings });
    expect(put.request.body).toEqual(REQUEST);
  });
});
