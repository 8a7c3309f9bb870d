import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { BOOKING_ROUTES } from '@zusammen/shared/contracts';
import { PendingRequestsStore } from '@zusammen/web/booking/data-access';
import { de, roomsTranslocoTesting } from '../shared/rooms-i18n.testing';
import { bookingSummary } from '../shared/room-fixtures.testing';
import { StaffRequestsPageComponent } from './staff-requests-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.rooms.requests;
const series = [14, 21, 28].map((day, i) =>
  bookingSummary({
    id: `s${i}`,
    seriesId: 'series-1',
    title: 'Deutschkurs für Frauen',
    startsAt: `2030-05-${day}T16:00:00.000Z`,
    endsAt: `2030-05-${day}T18:00:00.000Z`,
  }),
);
const single = bookingSummary({
  id: 'single',
  title: 'Infoabend',
  startsAt: '2030-05-16T16:00:00.000Z',
  endsAt: '2030-05-16T19:00:00.000Z',
});

describe('StaffRequestsPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<StaffRequestsPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const clean = (value: string | null | undefined): string =>
    (value ?? '').replace(/\s+/g, ' ').trim();
  const text = (selector: string): string => clean(el().querySelector(selector)?.textContent);
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const request = (key: string): HTMLElement =>
    el().querySelector(`[data-request="${key}"]`) as HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [StaffRequestsPageComponent, roomsTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        PendingRequestsStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StaffRequestsPageComponent);
    fixture.autoDetectChanges();
    await settle();
    const list = http.expectOne((r) => r.url === BOOKING_ROUTES.bookings);
    expect(list.request.params.get('status')).toBe('pending');
    list.flush([series[1], single, series[0], series[2]]);
    await stable();
  });
  afterEach(() => http.verify());

  it('shows a series as one request with its number of dates', () => {
    expect(text('[data-testid="requests-status"]')).toBe('Offene Anfragen: 2');
    const cards = Array.from(el().querySelectorAll('[data-testid="request"]'));
    expect(cards.map((c) => c.getAttribute('data-request'))).toEqual(['series-1', 'single']);
    expect(
      clean(request('series-1').querySelector('[data-testid="request-count"] dd')?.textContent),
    ).toBe('Termine: 3');
    expect(clean(request('series-1').textContent)).toContain('14.–28. Mai 2030, jeweils');
    expect(request('single').querySelector('[data-testid="request-count"]')).toBeNull();
  });

  it('approves the whole series through its first date and announces it', async () => {
    (
      request('series-1').querySelector('[data-testid="request-approve"]') as HTMLButtonElement
    ).click();
    await settle();
    const decision = http.expectOne(`${BOOKING_ROUTES.bookings}/s0/decision`);
    expect(decision.request.body).toEqual({ decision: 'confirm' });
    decision.flush(series.map((b) => ({ ...b, status: 'confirmed' })));
    await stable();
    expect(text('[data-testid="requests-live"]')).toBe(
      '„\u2068Deutschkurs für Frauen\u2069“ ist bestätigt. Termine: 3',
    );
    expect(request('series-1')).toBeNull();
  });

  it('asks for a reason before it declines', async () => {
    (
      request('single').querySelector('[data-testid="request-reject"]') as HTMLButtonElement
    ).click();
    await stable();
    const reason = el().querySelector('#reason-single') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(reason);
    (request('single').querySelector('form') as HTMLFormElement).dispatchEvent(
      new Event('submit', { cancelable: true }),
    );
    await stable();
    http.expectNone(`${BOOKING_ROUTES.bookings}/single/decision`);
    expect(text('#reason-error-single')).toBe(texts.reasonMissing);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    reason.value = 'Der Saal ist an diesem Abend für die Stadt reserviert.';
    reason.dispatchEvent(new Event('input'));
    (request('single').querySelector('form') as HTMLFormElement).dispatchEvent(
      new Event('submit', { cancelable: true }),
    );
    await settle();
    const decision = http.expectOne(`${BOOKING_ROUTES.bookings}/single/decision`);
    expect(decision.request.body).toEqual({
      decision: 'reject',
      reason: 'Der Saal ist an diesem Abend für die Stadt reserviert.',
    });
    decision.flush([{ ...single, status: 'rejected' }]);
    await stable();
    expect(text('[data-testid="requests-live"]')).toBe(
      '„\u2068Infoabend\u2069“ ist abgelehnt. Termine: 1',
    );
  });

  it('says when someone else decided meanwhile and reads the list again', async () => {
    (
      request('single').querySelector('[data-testid="request-approve"]') as HTMLButtonElement
    ).click();
    await settle();
    http
      .expectOne(`${BOOKING_ROUTES.bookings}/single/decision`)
      .flush(
        { code: 'BOOKING_STATE_CHANGED', message: 'x' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    http.expectOne((r) => r.url === BOOKING_ROUTES.bookings && r.method === 'GET').flush(series);
    await stable();
    expect(text('#requests-problem')).toBe(de.rooms.problems.stateChanged);
    expect(el().querySelectorAll('[data-testid="request"]')).toHaveLength(1);
  });
});
