import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import {
  BOOKING_ROUTES,
  CSRF_COOKIE,
  CSRF_HEADER,
  EVENT_ROUTES,
  type BookingCreated,
  type BookingRequest,
  type EventRequest,
  type EventSummary,
  type RegistrationResult,
  type RoomBookingSummary,
  type RoomSummary,
} from '@zusammen/shared/contracts';
import { signInAs } from '../../support/notifications';
import { borkenDate } from '../sponsorship/staff-support';

/**
 * Set-up steps of event-registration.spec.ts that are not what the spec is about: a demo account's API session,
 * a room booking in a free slot, an event put on it, a registration that fills a date.
 */

/** A demo account signed in through the form (own browser context), calling the API with its session. */
export interface ApiSession {
  page: Page;
  get<T>(url: string): Promise<T>;
  post<T>(
    url: string,
    data: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

export async function apiSession(browser: Browser, account: string): Promise<ApiSession> {
  const context: BrowserContext = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, account, 'de');
  const csrf = (await context.cookies()).find((cookie) => cookie.name === CSRF_COOKIE)?.value;
  expect(csrf, 'CSRF cookie after sign-in').toBeTruthy();
  return {
    page,
    async get<T>(url: string): Promise<T> {
      const response = await page.request.get(url);
      expect(response.status(), `${url}: ${await response.text()}`).toBe(200);
      return (await response.json()) as T;
    },
    async post<T>(url: string, data: unknown, headers: Record<string, string> = {}) {
      const response = await page.request.post(url, {
        data,
        headers: { [CSRF_HEADER]: csrf ?? '', ...headers },
      });
      const text = await response.text();
      return { status: response.status(), body: (text ? JSON.parse(text) : null) as T };
    },
    close: () => context.close(),
  };
}

/** ISO weekday (1 = Monday) of a local date. */
function weekdayOf(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * Books the Seminarraum (no approval needed, so the booking is confirmed at once and its event shows in the
 * public programme) on a free weekday 3 to 10 weeks ahead, at an early hour the demo data leaves free; tries
 * the next day when a date is taken (other specs of the run, demo data) or over the organizer's quota.
 */
export async function bookSeminarRoom(
  organizer: ApiSession,
  title: string,
  startTime: string,
  endTime: string,
): Promise<RoomBookingSummary> {
  const rooms = await organizer.get<RoomSummary[]>('/api/rooms');
  const room = rooms.find((r) => r.slug === 'seminarraum');
  expect(room, 'demo room "seminarraum"').toBeTruthy();
  const refusals: string[] = [];
  const attempt = Math.random().toString(36).slice(2, 10);
  for (let ahead = 21; ahead <= 70; ahead++) {
    const date = borkenDate(-ahead);
    if (weekdayOf(date) > 5) continue;
    const request: BookingRequest = { roomId: room?.id ?? '', title, date, startTime, endTime };
    const { status, body } = await organizer.post<BookingCreated>(
      BOOKING_ROUTES.bookings,
      request,
      {
        'Idempotency-Key': `e2e-booking-${attempt}-${date}`,
      },
    );
    if (status === 201) {
      const booking = body.bookings[0];
      expect(booking.status).toBe('confirmed');
      return booking;
    }
    refusals.push(`${date}: ${status} ${JSON.stringify(body).slice(0, 120)}`);
    if (status !== 409 && status !== 422) break;
  }
  throw new Error(`no free slot for "${title}":\n${refusals.join('\n')}`);
}

/** Creates an event through the API (the organizer form has its own step). */
export async function createEvent(
  organizer: ApiSession,
  request: EventRequest,
): Promise<EventSummary> {
  const { status, body } = await organizer.post<EventSummary>(EVENT_ROUTES.events, request);
  expect(status, JSON.stringify(body)).toBe(201);
  return body;
}

/** Registers the session's account for a date (e.g. to fill it). */
export async function registerThroughApi(
  session: ApiSession,
  occurrenceId: string,
  partySize: number,
): Promise<RegistrationResult> {
  const { status, body } = await session.post<RegistrationResult>(
    `${EVENT_ROUTES.occurrences}/${occurrenceId}/registrations`,
    { partySize, waitlist: true },
    { 'Idempotency-Key': `e2e-fill-${occurrenceId}` },
  );
  expect(status, JSON.stringify(body)).toBe(201);
  return body;
}
