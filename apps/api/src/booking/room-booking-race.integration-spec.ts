import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createRoom,
  createSignedInUser,
  createTestApp,
  type SignedInUser,
  waitUntil,
} from '@zusammen/api/testing';
import {
  BOOKING_ROUTES,
  BOOKING_TIME_ZONE,
  type ApiErrorBody,
  type BookingCreated,
  type OpeningHours,
} from '@zusammen/shared/contracts';
import { addDays, localDateOf } from '@zusammen/shared/util';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';

const PASSWORD = 'Haus-der-Begegnung-2026';
const ORGANIZERS = 10;
const REQUESTS_PER_ORGANIZER = 20;
const ALL_WEEK: OpeningHours[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  opens: '07:00',
  closes: '23:00',
}));

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Invariant 1 under load: 200 requests for overlapping slots of one room, sent at once through the HTTP API by 10
 * organizers with a database pool of 40 connections, so many inserts really run side by side. The exclusion
 * constraint lets exactly one through; every other request is 409 ROOM_ALREADY_BOOKED (none is a 500).
 */
describe('Haus der Begegnung: no double booking under concurrency (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let organizers: SignedInUser[];

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule], env: { DB_POOL_SIZE: '40' } });
    db = app.get(DataSource);
    organizers = [];
    for (let i = 0; i < ORGANIZERS; i++) {
      organizers.push(
        await createSignedInUser(app, {
          password: PASSWORD,
          roles: ['organizer'],
          displayName: `Veranstalter ${i + 1}`,
        }),
      );
    }
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('200 concurrent requests for overlapping slots: exactly one 201, 199 × 409 ROOM_ALREADY_BOOKED, one row', async () => {
    const room = await createRoom(db, { setupMinutes: 15, teardownMinutes: 15 });
    await db.query(
      `UPDATE room SET opening_hours = $2::jsonb, max_days_ahead = 730 WHERE id = $1`,
      [room.id, JSON.stringify(ALL_WEEK)],
    );
    const date = addDays(localDateOf(new Date(), BOOKING_TIME_ZONE), 21);
    // starts 09:00 … 10:35 in 5-minute steps, two hours each: every pair of requests overlaps
    const requests = Array.from({ length: ORGANIZERS * REQUESTS_PER_ORGANIZER }, (_, i) => {
      const start = 9 * 60 + (i % 20) * 5;
      return app.inject({
        method: 'POST',
        url: BOOKING_ROUTES.bookings,
        headers: organizers[i % ORGANIZERS].headers,
        payload: {
          roomId: room.id,
          title: `Anfrage ${i + 1}`,
          date,
          startTime: hhmm(start),
          endTime: hhmm(start + 120),
        },
      });
    });
    const responses = await Promise.all(requests);

    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(199);
    for (const response of responses.filter((r) => r.statusCode === 409)) {
      expect(response.json<ApiErrorBody>()).toMatchObject({
        code: 'ROOM_ALREADY_BOOKED',
        message: expect.any(String),
        details: { conflicts: [expect.objectContaining({ date, conflictKind: 'booking' })] },
      });
    }
    const winner = responses.find((r) => r.statusCode === 201)?.json<BookingCreated>();
    const rows: { id: string; status: string }[] = await db.query(
      `SELECT id, status FROM room_booking WHERE room_id = $1`,
      [room.id],
    );
    expect(rows).toEqual([{ id: winner?.bookings[0].id, status: 'confirmed' }]);
  }, 120_000);

  it('requests queued behind an uncommitted booking that rolls back: one 201, the rest 409, no deadlock', async () => {
    // Found by bench/booking's race: inserts of one slot wait on each other's uncommitted rows, and when the
    // row they all waited for goes away each finds the others' rows and PostgreSQL breaks the cycle with 40P01.
    // prepareRoomForInsert lets one writer per room insert at a time. Deterministic: a hand-made transaction
    // holds a conflicting row until three requests wait behind it, then rolls back.
    const staff = await createSignedInUser(app, { password: PASSWORD, roles: ['staff'] });
    const room = await createRoom(db);
    await db.query(
      `UPDATE room SET opening_hours = $2::jsonb, max_days_ahead = 730 WHERE id = $1`,
      [room.id, JSON.stringify(ALL_WEEK)],
    );
    const date = addDays(localDateOf(new Date(), BOOKING_TIME_ZONE), 22);
    const holder = db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(
      `INSERT INTO room_booking (room_id, kind, title, starts_at, ends_at, blocked, status, created_by_id)
       SELECT $1, 'blackout', 'Von Hand', d.starts, d.ends, tstzrange(d.starts, d.ends, '[)'), 'confirmed', $3
         FROM (SELECT ($2::date::timestamp AT TIME ZONE 'Europe/Berlin') AS starts,
                      (($2::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin') AS ends) d`,
      [room.id, date, staff.user.id],
    );
    const waiting = async (): Promise<number> => {
      const [row]: { n: number }[] = await db.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%room%booking%'`,
      );
      return row.n;
    };
    const responses = Array.from({ length: 3 }, (_, i) =>
      app.inject({
        method: 'POST',
        url: BOOKING_ROUTES.bookings,
        headers: staff.headers,
        payload: {
          roomId: room.id,
          title: `Gleicher Termin ${i}`,
          date,
          startTime: '10:00',
          endTime: '12:00',
        },
      }),
    );
    try {
      await waitUntil(async () => (await waiting()) >= 3, { timeoutMs: 10_000 });
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    const statuses = (await Promise.all(responses)).map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409]);
  }, 60_000);
});
