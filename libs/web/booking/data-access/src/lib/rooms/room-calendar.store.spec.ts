import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RoomAvailability } from '@zusammen/shared/contracts';
import { RoomCalendarStore } from './room-calendar.store';

const room = (id: string, name: string): RoomAvailability => ({
  room: {
    id,
    slug: id,
    name,
    capacity: 10,
    accessibility: [],
    features: [],
    setupMinutes: 0,
    teardownMinutes: 0,
    requiresApproval: false,
    openingHours: [],
    maxDaysAhead: 365,
    keyLocation: null,
  },
  bookings: [],
});

describe('RoomCalendarStore', () => {
  let store: RoomCalendarStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), RoomCalendarStore],
    });
    store = TestBed.inject(RoomCalendarStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks once per view for all rooms and picks the room locally', async () => {
    const shown = store.show({ view: 'week', anchor: '2026-03-25', roomId: 'b' });
    const request = http.expectOne((r) => r.url === '/api/booking/availability');
    expect(request.request.params.get('from')).toBe('2026-03-22T23:00:00.000Z');
    expect(request.request.params.get('to')).toBe('2026-03-29T22:00:00.000Z');
    expect(request.request.params.has('roomId')).toBe(false);
    request.flush([room('a', 'Seminarraum'), room('b', 'Großer Saal')]);
    await shown;
    expect(store.state()).toBe('ready');
    expect(store.room()?.room.name).toBe('Großer Saal');

    // Another room or the day view inside the loaded week: no new request for the same range.
    await store.show({ view: 'week', anchor: '2026-03-26', roomId: 'a' });
    http.expectNone('/api/booking/availability');
    expect(store.room()?.room.name).toBe('Seminarraum');
  });

  it('drops a slower answer for an earlier position', async () => {
    const first = store.show({ view: 'day', anchor: '2026-03-25', roomId: null });
    const second = store.show({ view: 'day', anchor: '2026-03-26', roomId: null });
    const [old, current] = http.match((r) => r.url === '/api/booking/availability');
    current.flush([room('new', 'Neu')]);
    await second;
    old.flush([room('old', 'Alt')]);
    await first;
    expect(store.rooms().map((r) => r.name)).toEqual(['Neu']);
  });

  it('reports a failed load', async () => {
    const shown = store.show({ view: 'month', anchor: '2026-03-25', roomId: null });
    http
      .expectOne((r) => r.url === '/api/booking/availability')
      .flush('x', {
        status: 500,
        statusText: 'Server Error',
      });
    await shown;
    expect(store.state()).toBe('failed');
  });
});
