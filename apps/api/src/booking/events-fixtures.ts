import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SessionService } from '@zusammen/api/identity';
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  EVENT_ROUTES,
  SESSION_COOKIE,
  type EventRequest,
  type EventSummary,
  type Locale,
  type RegistrationResult,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';

/**
 * The tables the events specs copy into a schema of their own (`createIsolatedSchema`): their jobs and counts
 * look at every date, offer and notification, and other spec files write to the shared test database meanwhile.
 */
export const EVENT_SCHEMA_TABLES = [
  'user_account',
  'user_session',
  'sign_in_attempt',
  'account_token',
  'audit_event',
  'notification',
  'room',
  'booking_series',
  'room_booking',
  'organizer_quota',
  'booking_event',
  'event_occurrence',
  'registration',
  'waitlist_entry',
  'calendar_feed',
] as const;

const HOUR_MS = 60 * 60 * 1000;

/** An instant `days` days (and `hours` hours) from now, on a whole minute. */
export function fromNow(days: number, hours = 0): Date {
  const at = new Date(Date.now() + days * 24 * HOUR_MS + hours * HOUR_MS);
  at.setUTCSeconds(0, 0);
  return at;
}

/** A room booking row (what the bookings service would write): half-open range without buffers. */
export async function insertBooking(
  db: DataSource,
  input: {
    roomId: string;
    organizerId: string | null;
    startsAt: Date;
    minutes?: number;
    status?: 'pending' | 'confirmed' | 'cancelled';
    seriesId?: string | null;
    recurrenceDate?: string | null;
    kind?: 'booking' | 'blackout';
  },
): Promise<string> {
  const endsAt = new Date(input.startsAt.getTime() + (input.minutes ?? 120) * 60_000);
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO room_booking (room_id, kind, organizer_id, title, series_id, recurrence_date, starts_at, ends_at,
                               blocked, status)
     VALUES ($1, $2, $3, 'Testbuchung', $4, $5::date, $6, $7, tstzrange($6, $7, '[)'), $8)
     RETURNING id`,
    [
      input.roomId,
      input.kind ?? 'booking',
      input.organizerId,
      input.seriesId ?? null,
      input.recurrenceDate ?? null,
      input.startsAt.toISOString(),
      endsAt.toISOString(),
      input.status ?? 'confirmed',
    ],
  );
  return id;
}

/** A weekly series row with `dates` booking rows a week apart from `firstStartsAt`. */
export async function insertSeries(
  db: DataSource,
  input: { roomId: string; organizerId: string; firstStartsAt: Date; dates: number },
): Promise<{ seriesId: string; bookingIds: string[] }> {
  const first = input.firstStartsAt.toISOString().slice(0, 10);
  const [{ id: seriesId }]: { id: string }[] = await db.query(
    `INSERT INTO booking_series (room_id, organizer_id, title, rrule, local_start_date, local_start_time,
                                 local_end_time, materialised_until)
     VALUES ($1, $2, 'Testserie', 'FREQ=WEEKLY', $3::date, '17:00', '19:00', $3::date + 365)
     RETURNING id`,
    [input.roomId, input.organizerId, first],
  );
  const bookingIds: string[] = [];
  for (let week = 0; week < input.dates; week += 1) {
    const startsAt = new Date(input.firstStartsAt.getTime() + week * 7 * 24 * HOUR_MS);
    bookingIds.push(
      await insertBooking(db, {
        roomId: input.roomId,
        organizerId: input.organizerId,
        startsAt,
        seriesId,
        recurrenceDate: startsAt.toISOString().slice(0, 10),
      }),
    );
  }
  return { seriesId, bookingIds };
}

export interface Resident {
  id: string;
  headers: Record<string, string>;
}

/**
 * `count` resident accounts with sessions, written directly (no argon2 sign-in, so hundreds take a moment):
 * the session cookies and CSRF header the real guard checks.
 */
export async function createResidents(
  app: NestFastifyApplication,
  count: number,
  locale: Locale = 'de',
): Promise<Resident[]> {
  const db = app.get(DataSource);
  const suffix = randomBytes(4).toString('hex');
  const rows: { id: string }[] = await db.query(
    `INSERT INTO user_account (email, display_name, roles, locale, email_verified_at)
     SELECT 'resident-' || $1 || '-' || g || '@test.invalid', 'Teilnehmerin ' || g, '{resident}', $3, now()
       FROM generate_series(1, $2::int) g
     ORDER BY g
     RETURNING id`,
    [suffix, count, locale],
  );
  const sessions = app.get(SessionService);
  const residents: Resident[] = [];
  for (const { id } of rows) {
    const session = await sessions.createSession(id, { userAgent: 'jest', ip: '127.0.0.1' });
    // the cookies and CSRF header a signed-in browser sends (as @zusammen/api/testing's sessionHeaders)
    residents.push({
      id,
      headers: {
        cookie: `${SESSION_COOKIE}=${session.token}; ${CSRF_COOKIE}=${session.csrfToken}`,
        [CSRF_HEADER.toLowerCase()]: session.csrfToken,
      },
    });
  }
  return residents;
}

/** A complete event request on `bookingId` (override anything). */
export function eventRequest(
  bookingId: string,
  overrides: Partial<EventRequest> = {},
): EventRequest {
  return {
    bookingId,
    title: { de: 'Sprachcafé', ar: 'مقهى اللغة', en: 'Language café' },
    description: { de: 'Deutsch üben bei Kaffee und Kuchen.' },
    audience: 'everyone',
    public: true,
    languagesSpoken: ['de', 'ar'],
    capacity: 10,
    requiresApproval: false,
    waitlistEnabled: true,
    ...overrides,
  };
}

/** POST /api/events and the created summary (fails loudly otherwise). */
export async function createEvent(
  app: NestFastifyApplication,
  headers: Record<string, string>,
  request: EventRequest,
): Promise<EventSummary> {
  const response = await app.inject({
    method: 'POST',
    url: EVENT_ROUTES.events,
    headers,
    payload: request,
  });
  if (response.statusCode !== 201)
    throw new Error(`event creation failed: ${response.statusCode} ${response.body}`);
  return response.json<EventSummary>();
}

/** POST a registration; returns the raw response. */
export function register(
  app: NestFastifyApplication,
  headers: Record<string, string>,
  occurrenceId: string,
  body: { partySize: number; waitlist?: boolean } = { partySize: 1 },
  extraHeaders: Record<string, string> = {},
) {
  return app.inject({
    method: 'POST',
    url: `${EVENT_ROUTES.occurrences}/${occurrenceId}/registrations`,
    headers: { ...headers, ...extraHeaders },
    payload: body,
  });
}

/** A registration that must succeed (201). */
export async function registered(
  app: NestFastifyApplication,
  headers: Record<string, string>,
  occurrenceId: string,
  partySize = 1,
): Promise<RegistrationResult> {
  const response = await register(app, headers, occurrenceId, { partySize });
  if (response.statusCode !== 201)
    throw new Error(`registration failed: ${response.statusCode} ${response.body}`);
  return response.json<RegistrationResult>();
}

/** The date's seat counter and its parts: registered seats (active) and open offers. */
export async function seatLedger(
  db: DataSource,
  occurrenceId: string,
): Promise<{ seatsTaken: number; registered: number; offered: number; capacity: number }> {
  const [row]: { seats_taken: number; registered: number; offered: number; capacity: number }[] =
    await db.query(
      `SELECT o.seats_taken, o.capacity,
              (SELECT COALESCE(sum(party_size), 0)::int FROM registration
                WHERE occurrence_id = o.id AND status IN ('requested', 'confirmed', 'checked_in')) AS registered,
              (SELECT COALESCE(sum(offered_seats), 0)::int FROM waitlist_entry
                WHERE occurrence_id = o.id AND status = 'offered') AS offered
         FROM event_occurrence o WHERE o.id = $1`,
      [occurrenceId],
    );
  return {
    seatsTaken: row.seats_taken,
    registered: row.registered,
    offered: row.offered,
    capacity: row.capacity,
  };
}

/** Notifications of a type for a date (payload.occurrenceId), oldest first. */
export async function notificationsOf(
  db: DataSource,
  type: string,
  occurrenceId: string,
): Promise<
  {
    recipient_id: string;
    payload: Record<string, unknown>;
    deliver_after: Date;
    status: string;
    idempotency_key: string;
  }[]
> {
  return db.query(
    `SELECT recipient_id, payload, deliver_after, status, idempotency_key FROM notification
      WHERE type = $1 AND payload->>'occurrenceId' = $2 ORDER BY created_at, id`,
    [type, occurrenceId],
  );
}
