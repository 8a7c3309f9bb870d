import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { BOOKING_ROUTES } from '@zusammen/shared/contracts';
import { berlinCalendar } from '@zusammen/web/booking/data-access';
import { de, roomsTranslocoTesting } from '../shared/rooms-i18n.testing';
import { bookingSummary, roomDetail } from '../shared/room-fixtures.testing';
import { ClosuresPageComponent } from './closures-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.rooms.closures;
const ROOM = roomDetail();
// A holiday closure from midnight to midnight.
const holiday = bookingSummary({
  id: 'h',
  kind: 'blackout',
  status: 'confirmed',
  title: 'Geschlossen: 1. Weihnachtstag',
  organizerId: null,
  organizerName: null,
  startsAt: '2030-12-24T23:00:00.000Z',
  endsAt: '2030-12-25T23:00:00.000Z',
});

describe('ClosuresPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ClosuresPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const clean = (value: string | null | undefined): string =>
    (value ?? '').replace(/\s+/g, ' ').trim();
  const text = (selector: string): string => clean(el().querySelector(selector)?.textContent);
  const input = (id: string): HTMLInputElement => el().querySelector(`#${id}`) as HTMLInputElement;
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const flushLists = async (closures = [holiday]): Promise<void> => {
    http.expectOne(BOOKING_ROUTES.rooms).flush([ROOM]);
    const list = http.expectOne((r) => r.url === BOOKING_ROUTES.bookings && r.method === 'GET');
    expect(list.request.params.get('status')).toBe('confirmed');
    list.flush([...closures, bookingSummary({ id: 'not-a-closure', status: 'confirmed' })]);
    await stable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ClosuresPageComponent, roomsTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ClosuresPageComponent);
    fixture.autoDetectChanges();
    await settle();
    await flushLists();
  });
  afterEach(() => http.verify());

  it('lists closures only, a midnight-to-midnight one on its own day', () => {
    const closures = Array.from(el().querySelectorAll('[data-testid="closure"]'));
    expect(closures).toHaveLength(1);
    expect(clean(closures[0].textContent)).toContain('25. Dezember 2030');
    expect(clean(closures[0].textContent)).not.toContain('26.');
  });

  it('closes a room for a range of days as a daily closure from 00:00 to 23:59', async () => {
    const from = berlinCalendar.addDays(berlinCalendar.todayInBerlin(), 30);
    const to = berlinCalendar.addDays(from, 13);
    for (const [id, value] of [
      ['closure-from', from],
      ['closure-to', to],
    ]) {
      input(id).value = value;
      input(id).dispatchEvent(new Event('change'));
    }
    input('closure-reason').value = 'Sommerferien';
    input('closure-reason').dispatchEvent(new Event('input'));
    await stable();
    (el().querySelector('form') as HTMLFormElement).dispatchEvent(
      new Event('submit', { cancelable: true }),
    );
    await settle();
    const create = http.expectOne((r) => r.method === 'POST' && r.url === BOOKING_ROUTES.bookings);
    expect(create.request.body).toEqual({
      kind: 'blackout',
      roomId: ROOM.id,
      title: 'Sommerferien',
      date: from,
      startTime: '00:00',
      endTime: '23:59',
      rule: { frequency: 'DAILY', interval: 1, until: to },
    });
    expect(create.request.headers.get('Idempotency-Key')).toBeTruthy();
    create.flush(
      { seriesId: 's', bookings: [], skipped: [] },
      { status: 201, statusText: 'Created' },
    );
    await settle();
    await flushLists();
    expect(text('[data-testid="closures-live"]')).toContain('\u2068Großer Saal\u2069 ist gesperrt');
  });

  it('asks for a reason and names bookings in the way', async () => {
    (el().querySelector('form') as HTMLFormElement).dispatchEvent(
      new Event('submit', { cancelable: true }),
    );
    await stable();
    expect(text('.error-summary')).toContain(texts.errors.reason);
    input('closure-reason').value = 'Renovierung';
    input('closure-reason').dispatchEvent(new Event('input'));
    (el().querySelector('form') as HTMLFormElement).dispatchEvent(
      new Event('submit', { cancelable: true }),
    );
    await settle();
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        {
          code: 'ROOM_ALREADY_BOOKED',
          message: 'x',
          details: {
            conflicts: [
              {
                date: '2030-05-14',
                startsAt: '2030-05-13T22:00:00.000Z',
                endsAt: '2030-05-14T21:59:00.000Z',
                conflictStartsAt: '2030-05-14T15:30:00.000Z',
                conflictEndsAt: '2030-05-14T18:30:00.000Z',
                conflictKind: 'booking',
                conflictTitle: 'Deutschkurs',
              },
            ],
            freeSlots: [],
          },
        },
        { status: 409, statusText: 'Conflict' },
      );
    await stable();
    expect(text('#closure-problem')).toContain(texts.conflictsTitle);
    expect(text('#closure-problem')).toContain(
      'Dienstag, 14. Mai 2030, \u206817:30\u2069–\u206820:30\u2069: \u2068Deutschkurs\u2069',
    );
  });
});
