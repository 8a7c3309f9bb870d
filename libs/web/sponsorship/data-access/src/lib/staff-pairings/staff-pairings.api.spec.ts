import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PAIRING_ROUTES } from '@zusammen/shared/contracts';
import { attentionFlagOf, pairingListParams, pairingStateOf } from './pairing-list-query';
import { StaffPairingsApi } from './staff-pairings.api';

describe('StaffPairingsApi', () => {
  let api: StaffPairingsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(StaffPairingsApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('lists with state, the attention flag as 1, search and cursor', () => {
    void api.list({ q: ' Amal ', state: 'trial', attention: true, cursor: 'c2' });
    const request = http.expectOne((r) => r.url === PAIRING_ROUTES.pairings);
    expect(request.request.method).toBe('GET');
    expect(request.request.params.get('q')).toBe('Amal');
    expect(request.request.params.get('state')).toBe('trial');
    expect(request.request.params.get('attention')).toBe('1');
    expect(request.request.params.get('cursor')).toBe('c2');
  });

  it('posts offers, transitions and check-ins to the routes of the contract', async () => {
    const offered = api.offer({ familyId: 'f1', volunteerId: 'v1', commitmentMonths: 6 });
    const offer = http.expectOne(PAIRING_ROUTES.pairings);
    expect(offer.request.method).toBe('POST');
    expect(offer.request.body).toEqual({ familyId: 'f1', volunteerId: 'v1', commitmentMonths: 6 });
    offer.flush({ id: 'p1' }, { status: 201, statusText: 'Created' });
    await expect(offered).resolves.toEqual({ id: 'p1' });

    void api.transition('p 1', { action: 'confirm' });
    const transition = http.expectOne(`${PAIRING_ROUTES.pairings}/p%201/transitions`);
    expect(transition.request.method).toBe('POST');
    expect(transition.request.body).toEqual({ action: 'confirm' });

    void api.checkIn('p1', {
      occurredOn: '2026-11-20',
      kind: 'meeting',
      durationMinutes: 60,
      topics: ['german'],
    });
    expect(http.expectOne(`${PAIRING_ROUTES.pairings}/p1/check-ins`).request.method).toBe('POST');

    void api.get('p1');
    expect(http.expectOne(`${PAIRING_ROUTES.pairings}/p1`).request.method).toBe('GET');
  });
});

describe('pairing list query', () => {
  it('leaves out empty values and a false attention flag', () => {
    expect(pairingListParams({ q: '  ', state: '', attention: false, cursor: null })).toEqual({});
  });

  it('reads the state and the attention flag from the address bar', () => {
    expect(pairingStateOf('paused')).toBe('paused');
    expect(pairingStateOf('nonsense')).toBe('');
    expect(pairingStateOf(null)).toBe('');
    expect(attentionFlagOf('1')).toBe(true);
    expect(attentionFlagOf('true')).toBe(true);
    expect(attentionFlagOf('0')).toBe(false);
    expect(attentionFlagOf(undefined)).toBe(false);
  });
});
