import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { MatchProposalItem, MatchRunResponse } from '@zusammen/shared/contracts';
import { PAIRING_ROUTES, SponsorshipErrorCode } from '@zusammen/shared/contracts';
import { MatchRunsStore } from './match-runs.store';

const LATEST = `${PAIRING_ROUTES.matchRuns}/latest`;
const SCORE = {
  total: 0.7,
  components: {
    language: { value: 1, weight: 0.25, contribution: 0.25 },
    proximity: { value: 1, weight: 0.2, contribution: 0.2 },
    availability: { value: 0, weight: 0.15, contribution: 0 },
    lifeStage: { value: 1, weight: 0.1, contribution: 0.1 },
    needsFit: { value: 1, weight: 0.15, contribution: 0.15 },
    waitingBonus: { value: 0, weight: 0.1, contribution: 0 },
    urgency: { value: 0, weight: 0.05, contribution: 0 },
  },
};

function proposal(id: string): MatchProposalItem {
  return {
    id,
    status: 'open',
    family: { id: `f-${id}`, contactName: 'Amal', district: 'gemen', waitingSince: '2026-09-01' },
    volunteer: { id: `v-${id}`, displayName: 'Anna', district: 'gemen' },
    score: SCORE,
    distanceKm: 0,
    decidedAt: null,
    decidedBy: null,
    reason: null,
    pairingId: null,
  };
}

function run(id: string): MatchRunResponse {
  return {
    id,
    kind: 'batch',
    createdAt: '2026-11-26T09:00:00.000Z',
    createdBy: { id: 'u1', displayName: 'Koordination' },
    weightsVersion: 3,
    weights: {
      language: 0.25,
      proximity: 0.2,
      availability: 0.15,
      lifeStage: 0.1,
      needsFit: 0.15,
      waitingBonus: 0.1,
      urgency: 0.05,
    },
    familyCount: 3,
    volunteerCount: 2,
    totalScore: 1.4,
    componentShares: {
      language: 0.36,
      proximity: 0.29,
      availability: 0,
      lifeStage: 0.14,
      needsFit: 0.21,
      waitingBonus: 0,
      urgency: 0,
    },
    proposals: [proposal('p1'), proposal('p2')],
    unassigned: [{ familyId: 'f9', contactName: 'Reza', feasibleCount: 0 }],
    durationMs: 42,
  };
}

describe('MatchRunsStore', () => {
  let http: HttpTestingController;
  let store: MatchRunsStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), MatchRunsStore],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(MatchRunsStore);
  });
  afterEach(() => http.verify());

  it('is "empty" when the server says there is no run yet', async () => {
    const loading = store.load();
    expect(store.state()).toBe('loading');
    http
      .expectOne(LATEST)
      .flush({ code: 'NOT_FOUND', message: 'none' }, { status: 404, statusText: 'Not Found' });
    await loading;
    expect(store.state()).toBe('empty');
    expect(store.run()).toBeNull();
  });

  it('is "failed" for a 404 without our body and for any other error', async () => {
    let loading = store.load();
    http.expectOne(LATEST).flush('<html>', { status: 404, statusText: 'Not Found' });
    await loading;
    expect(store.state()).toBe('failed');

    loading = store.load();
    http.expectOne(LATEST).flush({ code: 'X' }, { status: 500, statusText: 'Server Error' });
    await loading;
    expect(store.state()).toBe('failed');
  });

  it('shows a new run and keeps the previous one when computing fails', async () => {
    const loading = store.load();
    http.expectOne(LATEST).flush(run('r1'));
    await loading;
    expect(store.openCount()).toBe(2);

    const failing = store.start();
    expect(store.starting()).toBe(true);
    http.expectOne(PAIRING_ROUTES.matchRuns).flush({}, { status: 500, statusText: 'Error' });
    await expect(failing).rejects.toBeTruthy();
    expect(store.starting()).toBe(false);
    expect(store.run()?.id).toBe('r1');

    const starting = store.start();
    http.expectOne(PAIRING_ROUTES.matchRuns).flush(run('r2'));
    await starting;
    expect(store.run()?.id).toBe('r2');
    expect(store.state()).toBe('ready');
  });

  it('marks an offered proposal with its pairing and a rejected one from the answer', async () => {
    const loading = store.load();
    http.expectOne(LATEST).flush(run('r1'));
    await loading;

    const offering = store.offer('p1', 6);
    const offer = http.expectOne(PAIRING_ROUTES.pairings);
    expect(offer.request.body).toEqual({ proposalId: 'p1', commitmentMonths: 6 });
    offer.flush({ id: 'pair-1', createdAt: '2026-11-26T10:00:00.000Z' });
    await offering;
    const rejecting = store.reject('p2', 'passt nicht');
    http
      .expectOne(`${PAIRING_ROUTES.proposals}/p2/reject`)
      .flush({ ...proposal('p2'), status: 'rejected', reason: 'passt nicht' });
    await rejecting;

    const [offered, rejected] = store.run()?.proposals ?? [];
    expect(offered).toMatchObject({
      status: 'offered',
      pairingId: 'pair-1',
      decidedAt: '2026-11-26T10:00:00.000Z',
    });
    expect(rejected).toMatchObject({ status: 'rejected', reason: 'passt nicht' });
    expect(store.openCount()).toBe(0);
  });

  it('leaves the proposal open when the offer is refused', async () => {
    const loading = store.load();
    http.expectOne(LATEST).flush(run('r1'));
    await loading;
    const offering = store.offer('p1', 12);
    http
      .expectOne(PAIRING_ROUTES.pairings)
      .flush(
        { code: SponsorshipErrorCode.CapacityExceeded, message: 'full' },
        { status: 409, statusText: 'Conflict' },
      );
    await expect(offering).rejects.toBeTruthy();
    expect(store.run()?.proposals[0].status).toBe('open');
  });

  it('re-reads the shown run', async () => {
    const loading = store.load();
    http.expectOne(LATEST).flush(run('r1'));
    await loading;
    const refreshing = store.refresh();
    http.expectOne(`${PAIRING_ROUTES.matchRuns}/r1`).flush({ ...run('r1'), proposals: [] });
    await refreshing;
    expect(store.run()?.proposals).toEqual([]);
  });
});
