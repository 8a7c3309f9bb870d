import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { BOOKING_ROUTES } from '@zusammen/shared/contracts';
import { MyBookingsStore, berlinCalendar } from '@zusammen/web/booking/data-access';
import { de, roomsTranslocoTesting } from '../shared/rooms-i18n.testing';
import { bookingSummary } from '../shared/room-fixtures.testing';
import { MyBookingsPageComponent } from './my-bookings-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.rooms.mine;
// Dates from next week on (the page shows eight weeks at a time), 18:00–20:00 in Borken.
const today = berlinCalendar.todayInBerlin();
const at = (days: number, time: string): string =>
  berlinCalendar.berlinInstant(berlinCalendar.addDays(today, days), time).toISOString();
const dates = [7, 14].map((days, i) =>
  bookingSummary({
    id: `s${i}`,
    seriesId: 'series-1',
    status: 'confirmed',
    title: 'Deutschkurs',
    startsAt: at(days, '18:00'),
    endsAt: at(days, '20:00'),
  }),
);
const rejected = bookingSummary({
  id: 'r',
  title: 'Familienfeier',
  status: 'rejected',
  decisionReason: 'Der Große Saal ist für private Feiern nicht vorgesehen.',
  startsAt: at(10, '14:00'),
  endsAt: at(10, '18:00'),
});
const later = bookingSummary({
  id: 'later',
  title: 'Sommerfest',
  startsAt: at(70, '15:00'),
  endsAt: at(70, '18:00'),
});

describe('MyBookingsPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MyBookingsPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const clean = (value: string | null | undefined): string =>
    (value ?? '').replace(/\s+/g, ' ').trim();
  const text = (selector: string): string => clean(el().querySelector(selector)?.textContent);
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const card = (id: string): HTMLElement =>
    el().querySelector(`[data-booking-id="${id}"]`) as HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [MyBookingsPageComponent, roomsTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        MyBookingsStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MyBookingsPageComponent);
    fixture.autoDetectChanges();
    await settle();
    http
      .expectOne((r) => r.url === `${BOOKING_ROUTES.bookings}/mine`)
      .flush([...dates, rejected, later]);
    await stable();
  });
  afterEach(() => http.verify());

  it('lists the bookings by day with their state and the house management’s reason', () => {
    expect(text('[data-testid="my-bookings-status"]')).toBe('Anstehende Buchungen: 4');
    expect(clean(card('r').querySelector('[data-testid="booking-status"]')?.textContent)).toBe(
      'abgelehnt',
    );
    expect(text('[data-testid="decision-reason"] dd')).toBe(rejected.decisionReason);
    // a rejected booking cannot be changed
    expect(card('r').querySelector('button')).toBeNull();
    expect(card('s0').querySelector('button')?.getAttribute('aria-label')).toMatch(
      /^Deutschkurs am \S+, \d+\. \S+ \d{4} ändern$/,
    );
  });

  it('shows eight weeks at a time', async () => {
    expect(card('later')).toBeNull();
    const more = el().querySelector('zl-load-more button') as HTMLButtonElement;
    expect(clean(more.textContent)).toBe(texts.more);
    more.focus();
    more.click();
    await stable();
    expect(card('later')).not.toBeNull();
    expect(el().querySelector('zl-load-more button')).toBeNull();
    expect(text('.load-more__end')).toBe(texts.allShown);
  });

  it('asks which dates of a series to cancel and announces the result', async () => {
    const cancel = card('s0').querySelectorAll('button')[1] as HTMLButtonElement;
    cancel.click();
    await stable();
    const dialog = el().querySelector('[data-testid="booking-dialog"]') as HTMLDialogElement;
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(text('#dialog-title')).toBe('„Deutschkurs“ stornieren');
    const scopes = Array.from(dialog.querySelectorAll<HTMLInputElement>('input[name="scope"]'));
    expect(scopes.map((s) => [s.id, s.checked])).toEqual([
      ['scope-this', true],
      ['scope-following', false],
      ['scope-all', false],
    ]);
    scopes[1].click();
    await stable();
    (dialog.querySelector('[data-testid="dialog-confirm"]') as HTMLButtonElement).click();
    await settle();
    const request = http.expectOne(`${BOOKING_ROUTES.bookings}/s0/cancel`);
    expect(request.request.body).toEqual({ scope: 'following' });
    request.flush(dates.map((b) => ({ ...b, status: 'cancelled' })));
    await settle();
    http
      .expectOne((r) => r.url === `${BOOKING_ROUTES.bookings}/mine`)
      .flush([rejected, later, ...dates.map((b) => ({ ...b, status: 'cancelled' as const }))]);
    await stable();
    expect(text('[data-testid="my-bookings-live"]')).toBe(
      'Dieser und die folgenden Termine sind storniert. Anzahl: 2',
    );
    expect(dialog.hasAttribute('open')).toBe(false);
    // the cancelled date has no buttons any more: the focus goes to the page heading
    expect(cancel.isConnected).toBe(false);
    expect(document.activeElement?.id).toBe('my-bookings-title');
  });

  it('keeps the dialog open with the conflict when a change collides', async () => {
    (card('s1').querySelector('button') as HTMLButtonElement).click();
    await stable();
    const start = el().querySelector('#change-startTime') as HTMLInputElement;
    start.value = '17:00';
    start.dispatchEvent(new Event('change'));
    await stable();
    (el().querySelector('[data-testid="dialog-confirm"]') as HTMLButtonElement).click();
    await settle();
    const request = http.expectOne(`${BOOKING_ROUTES.bookings}/s1/change`);
    expect(request.request.body).toEqual({
      scope: 'this',
      startTime: '17:00',
      endTime: '20:00',
      title: 'Deutschkurs',
      date: berlinCalendar.addDays(today, 14),
    });
    request.flush(
      { code: 'ROOM_ALREADY_BOOKED', message: 'x', details: { conflicts: [], freeSlots: [] } },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    expect(text('#dialog-problem')).toBe(de.rooms.form.conflict.title);
    expect(el().querySelector('[data-testid="booking-dialog"]')?.hasAttribute('open')).toBe(true);
    expect(texts.dialog.back).toBeTruthy();
  });
});
