import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CheckInRecord, PairingDetail } from '@zusammen/shared/contracts';
import { PAIRING_ROUTES, SponsorshipErrorCode } from '@zusammen/shared/contracts';
import { VolunteerPairingStore } from './volunteer-pairing.store';

const URL = `${PAIRING_ROUTES.myPairings}/p1`;
const PAIRING: PairingDetail = {
  id: 'p1',
  state: 'trial',
  commitmentMonths: 6,
  family: {
    id: 'f1',
    contactName: 'Amal',
    district: 'gemen',
    languages: [{ code: 'ar', level: 'native' }],
    members: [{ alias: 'Amal', ageBand: '27-64' }],
    needs: ['school'],
    contactChannel: 'phone',
    contactPhone: '+49 2861 1234',
  },
  volunteer: { id: 'v1', displayName: 'Vera', email: null, phone: null },
  coordinator: { id: 's1', displayName: 'Martina Terhorst' },
  introAt: '2026-11-20T14:00:00.000Z',
  introPlace: 'Haus der Begegnung',
  trialStartedOn: '2026-11-20',
  activeSince: null,
  pausedUntil: null,
  endedOn: null,
  endKind: null,
  endReason: null,
  proposal: { id: 'mp1', score: 0.8, weightsVersion: 1, overrideReason: null },
  history: [],
  checkIns: [],
  allowedActions: ['end'],
  trialMeetings: { done: 0, required: 3 },
  attention: [],
  createdAt: '2026-11-10T09:00:00.000Z',
  updatedAt: '2026-11-20T15:00:00.000Z',
};
const RECORD: CheckInRecord = {
  id: 'c1',
  occurredOn: '2026-11-24',
  kind: 'meeting',
  durationMinutes: 60,
  topics: ['school'],
  pulse: 4,
  note: null,
  noteVisibility: 'shared',
  enteredBy: 'volunteer',
  author: { id: 'u1', displayName: 'Vera' },
  createdAt: '2026-11-24T18:00:00.000Z',
};

describe('VolunteerPairingStore', () => {
  let http: HttpTestingController;
  let store: VolunteerPairingStore;

  async function loaded(): Promise<void> {
    const loading = store.load('p1');
    http.expectOne(URL).flush(PAIRING);
    await loading;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), VolunteerPairingStore],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(VolunteerPairingStore);
  });

  afterEach(() => http.verify());

  it('is "notFound" for a pairing that is not the volunteer’s, "failed" otherwise', async () => {
    const first = store.load('p9');
    http
      .expectOne(`${PAIRING_ROUTES.myPairings}/p9`)
      .flush(
        { code: SponsorshipErrorCode.PairingNotFound, message: 'no' },
        { status: 404, statusText: 'Not Found' },
      );
    await first;
    expect(store.state()).toBe('notFound');

    const second = store.load('p1');
    http.expectOne(URL).flush(null, { status: 0, statusText: 'Unknown Error' });
    await second;
    expect(store.state()).toBe('failed');
  });

  it('keeps the pairing the server answers a state change with', async () => {
    await loaded();

    const ending = store.transition({ action: 'end', endReason: 'life_change', note: 'Umzug' });
    expect(store.busy()).toBe('transition');
    const post = http.expectOne(`${URL}/transitions`);
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({ action: 'end', endReason: 'life_change', note: 'Umzug' });
    post.flush({ ...PAIRING, state: 'ended', allowedActions: [] });
    await ending;

    expect(store.busy()).toBeNull();
    expect(store.pairing()?.state).toBe('ended');
  });

  it('rejects a refused state change and keeps the old pairing', async () => {
    await loaded();

    const ending = store.transition({ action: 'pause', resumeOn: '2027-01-01', note: 'x' });
    http
      .expectOne(`${URL}/transitions`)
      .flush(
        { code: SponsorshipErrorCode.PairingInvalidTransition, message: 'no' },
        { status: 409, statusText: 'Conflict' },
      );

    await expect(ending).rejects.toMatchObject({ status: 409 });
    expect(store.pairing()).toEqual(PAIRING);
    expect(store.busy()).toBeNull();
  });

  it('shows a new contact at once and then the re-read pairing', async () => {
    await loaded();

    const logging = store.logCheckIn({
      occurredOn: '2026-11-24',
      kind: 'meeting',
      durationMinutes: 60,
      topics: ['school'],
      pulse: 4,
    });
    http.expectOne(`${URL}/check-ins`).flush(RECORD, { status: 201, statusText: 'Created' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.pairing()?.checkIns).toEqual([RECORD]);
    http
      .expectOne(URL)
      .flush({ ...PAIRING, checkIns: [RECORD], trialMeetings: { done: 1, required: 3 } });
    await logging;

    expect(store.pairing()?.trialMeetings.done).toBe(1);
    expect(store.busy()).toBeNull();
  });

  it('re-reads the pairing on request and keeps the old view when that fails', async () => {
    await loaded();

    const first = store.refresh();
    http.expectOne(URL).flush({ ...PAIRING, state: 'ended', allowedActions: [] });
    await expect(first).resolves.toBe(true);
    expect(store.pairing()?.state).toBe('ended');

    const second = store.refresh();
    http.expectOne(URL).flush(null, { status: 0, statusText: 'Unknown Error' });
    await expect(second).resolves.toBe(false);
    expect(store.pairing()?.state).toBe('ended');
    expect(store.state()).toBe('ready');
  });

  it('keeps the new contact when only the re-read fails', async () => {
    await loaded();

    const logging = store.logCheckIn({
      occurredOn: '2026-11-24',
      kind: 'phone',
      durationMinutes: 15,
      topics: ['health'],
    });
    http.expectOne(`${URL}/check-ins`).flush(RECORD);
    await new Promise((resolve) => setTimeout(resolve, 0));
    http.expectOne(URL).flush('down', { status: 503, statusText: 'Unavailable' });

    await expect(logging).resolves.toEqual(RECORD);
    expect(store.pairing()?.checkIns).toEqual([RECORD]);
  });
});
