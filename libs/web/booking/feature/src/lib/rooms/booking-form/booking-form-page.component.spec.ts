import { provideHttpClient } from '@angular/common/http';
import type { TestRequest } from '@angular/common/http/testing';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type {
  BookingCheckResult,
  BookingCreated,
  BookingRequest,
} from '@zusammen/shared/contracts';
import { BOOKING_ROUTES } from '@zusammen/shared/contracts';
import { de, roomsTranslocoTesting } from '../shared/rooms-i18n.testing';
import { bookingSummary, roomDetail } from '../shared/room-fixtures.testing';
import { BookingFormPageComponent } from './booking-form-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.rooms.form;
const ROOM = roomDetail();
// Tuesdays in May 2030 (far enough ahead for any run of the spec).
const CHECK: BookingCheckResult = {
  dates: ['2030-05-14', '2030-05-21', '2030-05-28'].map((date, i) => ({
    date,
    startsAt: `2030-05-${14 + 7 * i}T16:00:00.000Z`,
    endsAt: `2030-05-${14 + 7 * i}T18:00:00.000Z`,
  })),
  conflicts: [
    {
      date: '2030-05-21',
      startsAt: '2030-05-21T16:00:00.000Z',
      endsAt: '2030-05-21T18:00:00.000Z',
      conflictStartsAt: '2030-05-21T15:30:00.000Z',
      conflictEndsAt: '2030-05-21T19:00:00.000Z',
      conflictKind: 'booking',
      conflictTitle: null,
    },
  ],
  freeSlots: [],
};

describe('BookingFormPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<BookingFormPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const clean = (value: string | null | undefined): string =>
    (value ?? '').replace(/\s+/g, ' ').trim();
  const text = (selector: string): string => clean(el().querySelector(selector)?.textContent);
  const input = (id: string): HTMLInputElement => el().querySelector(`#${id}`) as HTMLInputElement;
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const type = async (id: string, value: string, event = 'input'): Promise<void> => {
    input(id).value = value;
    input(id).dispatchEvent(new Event(event));
    await stable();
  };
  const click = async (selector: string): Promise<void> => {
    (el().querySelector(selector) as HTMLElement).click();
    await stable();
  };
  const submit = async (): Promise<void> => {
    (el().querySelector('[data-testid="booking-form"]') as HTMLFormElement).dispatchEvent(
      new Event('submit', { cancelable: true }),
    );
    await stable();
  };
  const expectCreate = (): TestRequest =>
    http.expectOne((r) => r.method === 'POST' && r.url === BOOKING_ROUTES.bookings);

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [BookingFormPageComponent, roomsTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(BookingFormPageComponent);
    // as the calendar links it: a free slot of the Großer Saal
    fixture.componentRef.setInput('room', ROOM.id);
    fixture.componentRef.setInput('date', '2030-05-14');
    fixture.componentRef.setInput('start', '18:00');
    fixture.componentRef.setInput('end', '20:00');
    fixture.autoDetectChanges();
    http
      .expectOne(BOOKING_ROUTES.rooms)
      .flush([ROOM, roomDetail({ id: 'r2', name: 'Seminarraum', requiresApproval: false })]);
    await stable();
  });
  afterEach(() => http.verify());

  it('takes room, date and times from the calendar and says that the room needs approval', () => {
    expect((el().querySelector('#booking-room') as HTMLSelectElement).value).toBe(ROOM.id);
    expect(input('booking-date').value).toBe('2030-05-14');
    expect(input('booking-start').value).toBe('18:00');
    expect(input('booking-end').value).toBe('20:00');
    expect(text('[data-testid="room-info"]')).toContain(texts.roomInfo.approval);
    expect(text('[data-testid="booking-submit"]')).toBe(texts.submitRequest);
  });

  it('lists every problem in a summary linked to its field before sending anything', async () => {
    await type('booking-end', '17:00', 'change');
    await submit();
    http.expectNone((r) => r.url === BOOKING_ROUTES.bookings);
    const links = Array.from(el().querySelectorAll('.error-summary a')).map((a) => [
      a.getAttribute('href'),
      clean(a.textContent),
    ]);
    expect(links).toEqual([
      ['#booking-title', texts.errors.title.required],
      ['#booking-end', texts.errors.endTime.beforeStart],
    ]);
    expect(input('booking-title').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement?.classList.contains('error-summary')).toBe(true);
  });

  it('previews a weekly series, leaves out the taken date and books the rest with one idempotency key', async () => {
    await type('booking-title', 'Deutschkurs für Frauen');
    await click('#booking-repeat-weekly');
    await type('booking-count', '3');
    await click('[data-testid="booking-check"]');
    const check = http.expectOne(`${BOOKING_ROUTES.bookings}/check`);
    expect(check.request.body).toEqual({
      roomId: ROOM.id,
      title: 'Deutschkurs für Frauen',
      date: '2030-05-14',
      startTime: '18:00',
      endTime: '20:00',
      rule: { frequency: 'WEEKLY', interval: 1, byWeekday: ['TU'], count: 3 },
    });
    check.flush(CHECK);
    await stable();
    const dates = Array.from(el().querySelectorAll('[data-testid="preview-date"]'));
    expect(dates).toHaveLength(3);
    expect(clean(dates[1].textContent)).toContain('belegt');
    const skip = (i: number): HTMLInputElement =>
      dates[i].querySelector('input[type="checkbox"]') as HTMLInputElement;
    expect([skip(0).checked, skip(1).checked, skip(2).checked]).toEqual([false, true, false]);
    expect(text('[data-testid="preview-count"]')).toBe('Termine, die gebucht werden: 2');

    await submit();
    const first = expectCreate();
    expect((first.request.body as BookingRequest).skipDates).toEqual(['2030-05-21']);
    const key = first.request.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    // the answer is lost: sending again repeats the same attempt
    first.error(new ProgressEvent('error'), { status: 0 });
    await stable();
    expect(text('[data-testid="booking-problem"]')).toBe(de.rooms.problems.network);
    await submit();
    const second = expectCreate();
    expect(second.request.headers.get('Idempotency-Key')).toBe(key);
    const created: BookingCreated = {
      seriesId: 's1',
      bookings: [
        bookingSummary({ id: 'a', seriesId: 's1', recurrenceDate: '2030-05-14' }),
        bookingSummary({
          id: 'c',
          seriesId: 's1',
          recurrenceDate: '2030-05-28',
          startsAt: '2030-05-28T16:00:00.000Z',
          endsAt: '2030-05-28T18:00:00.000Z',
        }),
      ],
      skipped: [CHECK.conflicts[0]],
    };
    second.flush(created, { status: 201, statusText: 'Created' });
    await stable();
    const live = el().querySelector('[data-testid="booking-live"]') as HTMLElement;
    expect(live.getAttribute('role')).toBe('status');
    expect(clean(live.textContent)).toBe(
      `${texts.done.titlePending} Termine, die auf die Zustimmung der Hausleitung warten: 2. Sie bekommen eine Nachricht, sobald entschieden ist. Ausgelassene Termine: 1.`,
    );
    expect(el().querySelectorAll('[data-testid="booking-done-date"]')).toHaveLength(2);
    expect(text('[data-testid="booking-done-date"] [data-testid="booking-status"]')).toBe(
      'angefragt',
    );
  });

  it('shows a conflict at sending and fills the form from an offered free slot', async () => {
    await type('booking-title', 'Elterncafé');
    await submit();
    expectCreate().flush(
      {
        code: 'ROOM_ALREADY_BOOKED',
        message: 'taken',
        details: {
          conflicts: [{ ...CHECK.conflicts[0], date: '2030-05-14', conflictTitle: 'Chorprobe' }],
          freeSlots: [
            {
              roomId: ROOM.id,
              startsAt: '2030-05-14T18:30:00.000Z',
              endsAt: '2030-05-14T20:30:00.000Z',
            },
            {
              roomId: 'r2',
              startsAt: '2030-05-14T16:00:00.000Z',
              endsAt: '2030-05-14T18:00:00.000Z',
            },
          ],
        },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    expect(text('[data-testid="booking-problem"]')).toContain(texts.conflict.title);
    expect(text('[data-testid="booking-problem"]')).toContain('Chorprobe');
    const slots = Array.from(el().querySelectorAll('[data-testid="free-slots"] button'));
    expect(slots.map((b) => clean(b.textContent))).toEqual([
      'Dienstag, 14. Mai, \u206820:30\u2069–\u206822:30\u2069',
      'Dienstag, 14. Mai, \u206818:00\u2069–\u206820:00\u2069 (Seminarraum)',
    ]);
    (slots[1] as HTMLButtonElement).click();
    await stable();
    expect((el().querySelector('#booking-room') as HTMLSelectElement).value).toBe('r2');
    expect(input('booking-start').value).toBe('18:00');
    expect(input('booking-end').value).toBe('20:00');
    expect(text('[data-testid="booking-submit"]')).toBe(texts.submitBook);
    expect(el().querySelector('[data-testid="free-slots"]')).toBeNull();
  });

  it('links a rule of the house to the field it concerns', async () => {
    await type('booking-title', 'Spätschicht');
    await submit();
    expectCreate().flush(
      { code: 'OUTSIDE_OPENING_HOURS', message: 'closed', details: { conflicts: [] } },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await stable();
    const link = el().querySelector('.error-summary a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('#booking-start');
    expect(clean(link.textContent)).toBe(texts.rules.OUTSIDE_OPENING_HOURS);
    expect(input('booking-start').getAttribute('aria-invalid')).toBe('true');
  });
});
