import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { EventsApi, publicCalendarUrl } from './events.api';

describe('EventsApi', () => {
  let http: HttpTestingController;
  let api: EventsApi;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(EventsApi);
  });

  afterEach(() => http.verify());

  it('registers with the Idempotency-Key of the attempt', async () => {
    const sent = api.register('o 1', { partySize: 3, waitlist: true }, 'key-1');
    const request = http.expectOne('/api/events/occurrences/o%201/registrations');
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get('Idempotency-Key')).toBe('key-1');
    expect(request.request.body).toEqual({ partySize: 3, waitlist: true });
    request.flush({
      outcome: 'waitlisted',
      registrationId: null,
      waitlistEntryId: 'w1',
      position: 4,
    });
    expect((await sent).position).toBe(4);
  });

  it('asks for the public programme of a range of Borken days', async () => {
    const sent = api.publicEvents({ from: '2026-12-07', to: '2027-03-08' });
    http.expectOne('/api/events/public?from=2026-12-07&to=2027-03-08').flush([]);
    expect(await sent).toEqual([]);
  });

  it('sends waiting-list answers to their own addresses', async () => {
    const sent = api.waitlist('w1', 'accept');
    const request = http.expectOne('/api/events/waitlist/w1/accept');
    expect(request.request.method).toBe('POST');
    request.flush({});
    await sent;
  });

  it('links the public calendar feed in the reader’s language', () => {
    expect(publicCalendarUrl('ar')).toBe('/api/calendar/public.ics?lang=ar');
  });
});
