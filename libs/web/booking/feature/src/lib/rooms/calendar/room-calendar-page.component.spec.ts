import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { RoomAvailability } from '@zusammen/shared/contracts';
import { BOOKING_ROUTES } from '@zusammen/shared/contracts';
import { RoomCalendarStore } from '@zusammen/web/booking/data-access';
import { LocaleService } from '@zusammen/web/core';
import { ar, de, roomsTranslocoTesting } from '../shared/rooms-i18n.testing';
import { bookingSummary, roomDetail } from '../shared/room-fixtures.testing';
import { RoomCalendarPageComponent } from './room-calendar-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.rooms.calendar;
const SAAL = roomDetail();
const SEMINAR = roomDetail({
  id: 'r2',
  slug: 'seminarraum',
  name: 'Seminarraum',
  requiresApproval: false,
});
// The week of Monday 13 May 2030: Tuesday 18:00–20:00 requested, Thursday another organizer's booking.
const WEEK: RoomAvailability[] = [
  {
    room: SAAL,
    bookings: [
      bookingSummary({ id: 'tue', title: 'Deutschkurs' }),
      bookingSummary({
        id: 'thu',
        title: '',
        status: 'confirmed',
        busyOnly: true,
        organizerId: null,
        organizerName: null,
        startsAt: '2030-05-16T08:00:00.000Z',
        endsAt: '2030-05-16T10:00:00.000Z',
        blockedFrom: '2030-05-16T07:30:00.000Z',
        blockedUntil: '2030-05-16T10:30:00.000Z',
      }),
    ],
  },
  { room: SEMINAR, bookings: [] },
];

describe('RoomCalendarPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<RoomCalendarPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const clean = (value: string | null | undefined): string =>
    (value ?? '').replace(/\s+/g, ' ').trim();
  const text = (selector: string): string => clean(el().querySelector(selector)?.textContent);
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const show = async (view: string, date: string): Promise<void> => {
    fixture.componentRef.setInput('view', view);
    fixture.componentRef.setInput('date', date);
    await stable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [RoomCalendarPageComponent, roomsTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', children: [] }]),
        RoomCalendarStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RoomCalendarPageComponent);
    fixture.componentRef.setInput('view', 'week');
    fixture.componentRef.setInput('date', '2030-05-15');
    fixture.componentRef.setInput('room', SAAL.id);
    fixture.autoDetectChanges();
    // The calendar's request is open now, so the app is not stable yet: wait for rendering only.
    await settle();
  });
  afterEach(() => http.verify());

  const flushWeek = async (): Promise<void> => {
    const request = http.expectOne((r) => r.url === BOOKING_ROUTES.availability);
    expect(request.request.params.get('from')).toBe('2030-05-12T22:00:00.000Z');
    expect(request.request.params.get('to')).toBe('2030-05-19T22:00:00.000Z');
    request.flush(WEEK);
    await stable();
  };

  it('shows the week of one room; each booking is a button named by room, day, time, title and state', async () => {
    expect(text('[data-testid="calendar-status"]')).toBe(texts.loading);
    await flushWeek();
    expect(text('[data-testid="calendar-heading"]')).toBe('Woche: 13.–19. Mai 2030 Großer Saal');
    expect(text('[data-testid="calendar-status"]')).toBe(
      'Woche: 13.–19. Mai 2030, \u2068Großer Saal\u2069. Buchungen: 2',
    );
    const buttons = Array.from(el().querySelectorAll('[data-testid="calendar-booking"]'));
    expect(buttons.map((b) => clean(b.textContent))).toEqual([
      '\u2068Großer Saal\u2069, Dienstag, 14. Mai, \u206818:00\u2069–\u206820:00\u2069, Deutschkurs, angefragt',
      '\u2068Großer Saal\u2069, Donnerstag, 16. Mai, \u206810:00\u2069–\u206812:00\u2069, Belegt, bestätigt',
    ]);
    expect(buttons.every((b) => b.tagName === 'BUTTON')).toBe(true);
    // free time starts a booking with room, date and the first hour
    const free = el().querySelector('[data-testid="calendar-free"]') as HTMLAnchorElement;
    expect(free.getAttribute('aria-label')).toBe(
      '\u2068Großer Saal\u2069, Montag, 13. Mai, frei 08:00 bis 22:00. Buchung beginnen',
    );
    expect(free.getAttribute('href')).toBe(
      `/raeume/buchen?room=${SAAL.id}&date=2030-05-13&start=08:00&end=09:00`,
    );
  });

  it('names the view switch and the steps, and moves by a week', async () => {
    await flushWeek();
    const radios = Array.from(
      el().querySelectorAll<HTMLInputElement>('input[name="calendar-view"]'),
    );
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['week', true],
      ['day', false],
      ['timeline', false],
      ['month', false],
    ]);
    expect(text('.views legend')).toBe(texts.view);
    const next = el().querySelector('[data-testid="calendar-next"]') as HTMLButtonElement;
    expect(next.getAttribute('aria-label')).toBe(texts.next.week);
    next.click();
    await stable();
    expect(TestBed.inject(Router).url).toBe(`/?view=week&date=2030-05-22&room=${SAAL.id}`);
  });

  it('opens the details of a booking and returns to it', async () => {
    await flushWeek();
    (el().querySelector('[data-booking-id="tue"]') as HTMLButtonElement).click();
    await stable();
    const details = el().querySelector('[data-testid="booking-details"]') as HTMLElement;
    expect(document.activeElement?.id).toBe('booking-details-title');
    expect(clean(details.textContent)).toContain('Deutschkurs');
    expect(clean(details.textContent)).toContain('Ahmad Al-Masri');
    // buffers: set-up from 17:30, clean-up until 20:30
    expect(clean(details.textContent)).toContain('\u206817:30\u2069–\u206820:30\u2069');
    (details.querySelector('.details__actions button') as HTMLButtonElement).click();
    await stable();
    expect(el().querySelector('[data-testid="booking-details"]')).toBeNull();
    expect((document.activeElement as HTMLElement).dataset['bookingId']).toBe('tue');
  });

  it('counts bookings per day in the month and opens a day as the rooms timeline', async () => {
    await flushWeek();
    await show('month', '2030-05-15');
    const request = http.expectOne((r) => r.url === BOOKING_ROUTES.availability);
    expect(request.request.params.get('from')).toBe('2030-04-28T22:00:00.000Z');
    request.flush(WEEK);
    await stable();
    const day = el().querySelector('[data-date="2030-05-14"]') as HTMLButtonElement;
    expect(day.getAttribute('aria-label')).toBe('Dienstag, 14. Mai 2030: Buchungen: 1');
    day.click();
    await stable();
    expect(TestBed.inject(Router).url).toBe(`/?view=timeline&date=2030-05-14&room=${SAAL.id}`);
  });

  it('lays the rooms timeline out in the reading direction, in Arabic too', async () => {
    await flushWeek();
    await TestBed.inject(LocaleService).use('ar');
    await show('timeline', '2030-05-14');
    http.expectOne((r) => r.url === BOOKING_ROUTES.availability).flush(WEEK);
    await stable();
    const rows = Array.from(el().querySelectorAll('[data-testid="room-timeline"] section h3'));
    expect(rows.map((r) => clean(r.textContent))).toEqual(['Großer Saal', 'Seminarraum']);
    const booking = el().querySelector('[data-booking-id="tue"]') as HTMLElement;
    expect(booking.style.getPropertyValue('inset-inline-start')).toBe('71.429%');
    expect(clean(booking.textContent)).toContain(ar.rooms.status.pending);
  });
});
