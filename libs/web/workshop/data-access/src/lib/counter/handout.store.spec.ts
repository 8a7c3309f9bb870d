import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { BikeDetail, BorrowerSummary, HandoutCheckResponse } from '@zusammen/shared/contracts';
import {
  bikeFixture,
  borrowerFixture,
  checkFixture,
  rentalFixture,
} from './counter-fixtures.testing';
import { HandoutStore } from './handout.store';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('HandoutStore', () => {
  let store: HandoutStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), HandoutStore],
    });
    store = TestBed.inject(HandoutStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function withBike(bike: BikeDetail = bikeFixture()): Promise<void> {
    const done = store.findBike(bike.inventoryNo);
    http.expectOne(`/api/workshop/bikes/by-number/${bike.inventoryNo}`).flush(bike);
    await done;
  }

  async function withBorrower(
    borrower: BorrowerSummary = borrowerFixture(),
    check: HandoutCheckResponse = checkFixture(),
  ): Promise<void> {
    const done = store.chooseBorrower(borrower);
    const request = http.expectOne('/api/workshop/rentals/check');
    expect(request.request.body).toEqual({ bikeId: 'bike-1', borrowerId: borrower.id });
    request.flush(check);
    http.expectOne(`/api/workshop/borrowers/${borrower.id}`).flush(borrower);
    await done;
  }

  it('starts at the bike step, and stays there for a bike on loan', async () => {
    expect(store.step()).toBe('bike');
    await withBike(bikeFixture({ availability: 'on_loan' }));
    expect(store.lookup()).toBe('found');
    expect(store.bikeLendable()).toBe(false);
    expect(store.step()).toBe('bike');
  });

  it('says so when no bike has the number', async () => {
    const done = store.findBike(999);
    http
      .expectOne('/api/workshop/bikes/by-number/999')
      .flush({ code: 'BIKE_NOT_FOUND' }, { status: 404, statusText: 'Not Found' });
    await done;
    expect(store.lookup()).toBe('notFound');
    expect(store.bike()).toBeNull();
  });

  it('stays at the person step while the gate refuses, and moves on to the terms when it allows', async () => {
    await withBike();
    await withBorrower(borrowerFixture(), checkFixture({ refusals: ['BRIEFING_MISSING'] }));
    expect(store.step()).toBe('borrower');
    const again = store.runCheck();
    http.expectOne('/api/workshop/rentals/check').flush(checkFixture());
    http.expectOne('/api/workshop/borrowers/person-1').flush(borrowerFixture());
    await again;
    expect(store.step()).toBe('terms');
  });

  it('sends the handout with an idempotency key, and a new key for the next attempt after a refusal', async () => {
    await withBike();
    await withBorrower();
    const terms = {
      feeStatus: 'paid' as const,
      depositStatus: 'held' as const,
      accessoriesOut: ['lock'],
      signatureKind: 'paper' as const,
    };
    const first = store.handOut(terms).catch((e: unknown) => e);
    const refused = http.expectOne('/api/workshop/rentals');
    const firstKey = refused.request.headers.get('Idempotency-Key');
    expect(firstKey).toBeTruthy();
    expect(refused.request.body).toMatchObject({
      bikeId: 'bike-1',
      borrowerId: 'person-1',
      ...terms,
    });
    refused.flush({ code: 'BIKE_NOT_AVAILABLE' }, { status: 409, statusText: 'Conflict' });
    await first;
    const second = store.handOut(terms);
    const ok = http.expectOne('/api/workshop/rentals');
    expect(ok.request.headers.get('Idempotency-Key')).not.toBe(firstKey);
    ok.flush(rentalFixture());
    await second;
    expect(store.step()).toBe('done');
  });

  it('keeps the key when the attempt got no answer, so a retry cannot hand out twice', async () => {
    await withBike();
    await withBorrower();
    const terms = {
      feeStatus: 'waived' as const,
      depositStatus: 'waived' as const,
      accessoriesOut: [],
      signatureKind: 'paper' as const,
    };
    const first = store.handOut(terms).catch((e: unknown) => e);
    const lost = http.expectOne('/api/workshop/rentals');
    const key = lost.request.headers.get('Idempotency-Key');
    lost.error(new ProgressEvent('error'), { status: 0 });
    await first;
    const retry = store.handOut(terms);
    const again = http.expectOne('/api/workshop/rentals');
    expect(again.request.headers.get('Idempotency-Key')).toBe(key);
    again.flush(rentalFixture());
    await retry;
    await settle();
  });

  it('forgets everything for the next handout', async () => {
    await withBike();
    await withBorrower();
    store.reset();
    expect([store.bike(), store.borrower(), store.check(), store.step()]).toEqual([
      null,
      null,
      null,
      'bike',
    ]);
  });
});
