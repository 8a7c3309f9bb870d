import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { DamageCaseView, RentalSummary } from '@zusammen/shared/contracts';
import { DamageCasesStore } from './damage-cases.store';
import { RentalsStore } from './rentals.store';
import { rentalFixture } from './counter-fixtures.testing';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function rental(id: string, overdueDays: number): RentalSummary {
  return { ...rentalFixture({ id }), overdueDays };
}

function damage(
  id: string,
  status: DamageCaseView['status'],
  daysToDeadline: number,
): DamageCaseView {
  return {
    id,
    rentalId: 'r',
    bikeId: 'b',
    bikeLabel: 'FR-0001',
    borrowerName: 'A',
    description: 'Speiche',
    estimateCents: null,
    claimDeadline: '2027-05-27',
    daysToDeadline,
    status,
    decision: null,
    chargedCents: null,
    photos: [],
    createdAt: '2026-11-27T10:00:00Z',
  };
}

describe('desk list stores', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), RentalsStore, DamageCasesStore],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('puts the longest overdue first on the call list', async () => {
    const store = TestBed.inject(RentalsStore);
    const done = store.load('overdue');
    const request = http.expectOne((r) => r.url === '/api/workshop/rentals');
    expect(request.request.params.get('view')).toBe('overdue');
    request.flush([rental('a', 3), rental('b', 12), rental('c', 7)]);
    await done;
    expect(store.rows().map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(store.state()).toBe('ready');
  });

  it('keeps only the answer of the latest view when views are switched quickly', async () => {
    const store = TestBed.inject(RentalsStore);
    const first = store.load('open');
    const second = store.load('returned');
    const [open, returned] = http.match((r) => r.url === '/api/workshop/rentals');
    returned.flush([rental('late', 0)]);
    open.flush([rental('early', 0)]);
    await Promise.all([first, second]);
    expect(store.view()).toBe('returned');
    expect(store.rows().map((r) => r.id)).toEqual(['late']);
  });

  it('lists open damage cases first, the nearest § 548 deadline first', async () => {
    const store = TestBed.inject(DamageCasesStore);
    const done = store.load();
    http
      .expectOne('/api/workshop/damage-cases')
      .flush([damage('d1', 'decided', 10), damage('o1', 'open', 120), damage('o2', 'open', 40)]);
    await done;
    expect(store.cases().map((c) => c.id)).toEqual(['o2', 'o1', 'd1']);
  });

  it('replaces a decided case in the list with the answer', async () => {
    const store = TestBed.inject(DamageCasesStore);
    const load = store.load();
    http.expectOne('/api/workshop/damage-cases').flush([damage('o1', 'open', 40)]);
    await load;
    const decide = store.decide('o1', { decision: 'none' });
    const request = http.expectOne('/api/workshop/damage-cases/o1/decision');
    expect(request.request.body).toEqual({ decision: 'none' });
    request.flush({ ...damage('o1', 'decided', 40), decision: 'none' });
    await decide;
    await settle();
    expect(store.cases()[0].status).toBe('decided');
    expect(store.busy()).toBeNull();
  });
});
