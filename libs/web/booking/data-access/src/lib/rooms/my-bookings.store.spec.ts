import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { BOOKING_ROUTES } from '@zusammen/shared/contracts';
import { MyBookingsStore } from './my-bookings.store';
import { PendingRequestsStore } from './pending-requests.store';

describe('booking list stores', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        MyBookingsStore,
        PendingRequestsStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for the organizer’s bookings from today for the 400 days the API allows', async () => {
    const loaded = TestBed.inject(MyBookingsStore).load(new Date('2026-06-14T23:30:00Z'));
    const request = http.expectOne((r) => r.url === `${BOOKING_ROUTES.bookings}/mine`);
    // 23:30 UTC is already 15 June in Borken; `to` is a whole local day, 400 days in all.
    expect(request.request.params.get('from')).toBe('2026-06-15');
    expect(request.request.params.get('to')).toBe('2027-07-19');
    request.flush([]);
    await loaded;
  });

  it('asks staff for pending requests over the same range', async () => {
    const loaded = TestBed.inject(PendingRequestsStore).load(new Date('2026-06-15T10:00:00Z'));
    const request = http.expectOne((r) => r.url === BOOKING_ROUTES.bookings);
    expect(request.request.params.get('status')).toBe('pending');
    expect(request.request.params.get('from')).toBe('2026-06-15');
    expect(request.request.params.get('to')).toBe('2027-07-19');
    request.flush([]);
    await loaded;
  });
});
