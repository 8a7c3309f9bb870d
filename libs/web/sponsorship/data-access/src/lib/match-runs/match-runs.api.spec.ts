import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PAIRING_ROUTES } from '@zusammen/shared/contracts';
import { MatchRunsApi } from './match-runs.api';

const WEIGHTS = {
  language: 2,
  proximity: 1,
  availability: 1,
  lifeStage: 0,
  needsFit: 1,
  waitingBonus: 1,
  urgency: 0.5,
};

describe('MatchRunsApi', () => {
  let api: MatchRunsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(MatchRunsApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('reads the latest run and one run by its encoded id', () => {
    void api.latest();
    void api.get('r 1');
    expect(http.expectOne(`${PAIRING_ROUTES.matchRuns}/latest`).request.method).toBe('GET');
    expect(http.expectOne(`${PAIRING_ROUTES.matchRuns}/r%201`).request.method).toBe('GET');
  });

  it('starts a run with the saved weights (empty body) or with weights to try', () => {
    void api.start();
    void api.start(WEIGHTS);
    const [saved, tried] = http.match(PAIRING_ROUTES.matchRuns);
    expect(saved.request.method).toBe('POST');
    expect(saved.request.body).toEqual({});
    expect(tried.request.body).toEqual({ weights: WEIGHTS });
  });

  it('rejects a proposal with its reason', () => {
    void api.reject('p/1', 'Zu weit weg');
    const reject = http.expectOne(`${PAIRING_ROUTES.proposals}/p%2F1/reject`);
    expect(reject.request.method).toBe('POST');
    expect(reject.request.body).toEqual({ reason: 'Zu weit weg' });
  });
});
