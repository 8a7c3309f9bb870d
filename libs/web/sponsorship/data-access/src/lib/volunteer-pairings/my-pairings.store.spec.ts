import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { PairingSummary } from '@zusammen/shared/contracts';
import { PAIRING_ROUTES, SponsorshipErrorCode } from '@zusammen/shared/contracts';
import { MyPairingsStore } from './my-pairings.store';

const OFFER: PairingSummary = {
  id: 'p1',
  state: 'offered',
  family: { id: 'f1', contactName: 'Amal', district: 'gemen' },
  volunteer: { id: 'v1', displayName: 'Vera' },
  coordinator: { id: 's1', displayName: 'Martina Terhorst' },
  stateSince: '2026-11-25T09:00:00.000Z',
  lastContactOn: null,
  checkInCount: 0,
  attention: ['offer_waiting'],
};

describe('MyPairingsStore', () => {
  let http: HttpTestingController;
  let store: MyPairingsStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), MyPairingsStore],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(MyPairingsStore);
  });

  afterEach(() => http.verify());

  it('loads and groups the volunteer’s pairings', async () => {
    const loading = store.load();
    expect(store.state()).toBe('loading');
    http
      .expectOne(PAIRING_ROUTES.myPairings)
      .flush({ items: [{ ...OFFER, id: 'p2', state: 'trial' }, OFFER] });
    await loading;

    expect(store.state()).toBe('ready');
    expect(store.any()).toBe(true);
    expect(store.groups().offers.map((p) => p.id)).toEqual(['p1']);
    expect(store.groups().open.map((p) => p.id)).toEqual(['p2']);
  });

  it('counts "no profile yet" as no pairings', async () => {
    const loading = store.load();
    http
      .expectOne(PAIRING_ROUTES.myPairings)
      .flush(
        { code: SponsorshipErrorCode.VolunteerProfileMissing, message: 'none' },
        { status: 404, statusText: 'Not Found' },
      );
    await loading;

    expect(store.state()).toBe('ready');
    expect(store.any()).toBe(false);
  });

  it('fails on any other error and forgets what it showed', async () => {
    const first = store.load();
    http.expectOne(PAIRING_ROUTES.myPairings).flush({ items: [OFFER] });
    await first;

    const second = store.load();
    http
      .expectOne(PAIRING_ROUTES.myPairings)
      .flush('boom', { status: 500, statusText: 'Server Error' });
    await second;

    expect(store.state()).toBe('failed');
    expect(store.any()).toBe(false);
  });
});
