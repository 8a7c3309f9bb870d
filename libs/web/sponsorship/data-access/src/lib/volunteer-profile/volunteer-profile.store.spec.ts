import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { VolunteerProfileRequest, VolunteerProfileResponse } from '@zusammen/shared/contracts';
import { SPONSORSHIP_ROUTES, SponsorshipErrorCode } from '@zusammen/shared/contracts';
import { VolunteerProfileStore } from './volunteer-profile.store';

const REQUEST: VolunteerProfileRequest = {
  languages: [{ code: 'uk', level: 'native' }],
  district: 'burlo',
  maxDistanceKm: 10,
  availability: ['mon-morning'],
  supportAreas: ['work'],
  capacity: 1,
  acceptsFamiliesWithChildren: false,
  genderPreference: 'none',
  gender: null,
  about: '',
};
const RESPONSE: VolunteerProfileResponse = {
  ...REQUEST,
  id: 'v1',
  status: 'registered',
  vettingSteps: [],
  certificate: null,
  openPairings: 0,
  updatedAt: '2026-11-26T09:00:00.000Z',
};

describe('VolunteerProfileStore', () => {
  let http: HttpTestingController;
  let store: VolunteerProfileStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), VolunteerProfileStore],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(VolunteerProfileStore);
  });

  afterEach(() => http.verify());

  it('is "missing" when the server says the volunteer has no profile yet', async () => {
    const loading = store.load();
    http
      .expectOne(SPONSORSHIP_ROUTES.myProfile)
      .flush(
        { code: SponsorshipErrorCode.VolunteerProfileMissing, message: 'none' },
        { status: 404, statusText: 'Not Found' },
      );
    await loading;

    expect(store.state()).toBe('missing');
    expect(store.exists()).toBe(false);
  });

  it('is "failed" for any other error, including a 404 without the code', async () => {
    const loading = store.load();
    http
      .expectOne(SPONSORSHIP_ROUTES.myProfile)
      .flush('<html>', { status: 404, statusText: 'Not Found' });
    await loading;

    expect(store.state()).toBe('failed');
  });

  it('creates the profile with PUT and keeps the server’s answer', async () => {
    const saving = store.save(REQUEST);
    expect(store.saving()).toBe(true);
    const put = http.expectOne(SPONSORSHIP_ROUTES.myProfile);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual(REQUEST);
    put.flush(RESPONSE);
    await saving;

    expect(store.saving()).toBe(false);
    expect(store.state()).toBe('ready');
    expect(store.profile()).toEqual(RESPONSE);
  });

  it('rejects and keeps the old profile when the server refuses', async () => {
    const loading = store.load();
    http.expectOne(SPONSORSHIP_ROUTES.myProfile).flush(RESPONSE);
    await loading;

    const saving = store.save({ ...REQUEST, capacity: 9 });
    http
      .expectOne(SPONSORSHIP_ROUTES.myProfile)
      .flush(
        { code: 'VALIDATION_FAILED', message: 'invalid', details: { capacity: ['max 5'] } },
        { status: 422, statusText: 'Unprocessable Entity' },
      );

    await expect(saving).rejects.toMatchObject({ status: 422 });
    expect(store.profile()).toEqual(RESPONSE);
    expect(store.saving()).toBe(false);
  });
});
