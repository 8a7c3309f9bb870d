/**
 * bench/booking/run.ts: room bookings of the Haus der Begegnung, THROUGH THE API, against same-run baselines.
 *
 *   npm run bench:booking                 (local PostgreSQL and Redis, as the integration tests; no build)
 *   BENCH_CREATES=1000 BENCH_SECONDS=5 npm run bench:booking
 *   BENCH_KEEP_DATABASE=1 npm run bench:booking        (keeps the database for EXPLAIN ANALYZE)
 *
 * A fresh database (migrated like the integration set-up) gets 30 rooms (open all week, 15 min buffers), 20
 * organizers with sessions (created directly: argon2 sign-ins would only slow the set-up) and no quota limit,
 * and a week with 6 bookings per room and day. The API (AppModule) listens on a local port and is called over HTTP.
 *
 * 1. Booking creation throughput: BENCH_CREATES POST /api/booking/bookings from 20 concurrent clients (one
 *    organizer each, distinct free slots: every request succeeds), in bookings per second, against `pgbench`
 *    (same database, same run, 20 clients, BENCH_SECONDS each) running
 *      - `insert`: the equivalent INSERT transaction (expire the room's stale holds, INSERT the row that the
 *        exclusion constraint checks; BEGIN … COMMIT), and
 *      - `same-sql`: every statement the API runs for one booking (the room; then in one transaction the quota
 *        lock and count, the holds, the INSERT), so the difference to the API is HTTP, session and Node.
 *    Prints both and the ratios API/pgbench.
 * 2. Week availability: GET /api/booking/availability?from=<Mon>&to=<Sun> (30 rooms, ~1,260 bookings) from 50
 *    concurrent clients, p50/p99; GET /api/auth/session at the same concurrency as the floor.
 * 3. SQL queries per request (every statement through TypeORM, session check included), counted on sequential
 *    requests of each kind.
 * 4. A race: 10 organizers ask for the same free slot at once; exactly one booking, nine 409s.
 *
 * Smoke mode (BENCH_SMOKE=1 or --smoke, bench/smoke.ts): the same steps with small counts (200 creates, 150
 * requests per availability kind, 50 one by one, 2 s of pgbench each), then the thresholds below.
 */
import '../../tools/integration/register-path-aliases';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { configureHttpApp, createFastifyAdapter } from '@zusammen/api/core';
import { SessionService } from '@zusammen/api/identity';
import {
  AUTH_ROUTES,
  BOOKING_ROUTES,
  BOOKING_TIME_ZONE,
  CSRF_COOKIE,
  CSRF_HEADER,
  SESSION_COOKIE,
  type RoomAvailability,
} from '@zusammen/shared/contracts';
import { addDays, isoWeekday, localDateOf } from '@zusammen/shared/util';
// the calendar query's columns, as the endpoint runs it (not exported from the library)
import {
  BOOKING_SUMMARY_COLUMNS,
  BOOKING_SUMMARY_FROM,
} from '../../libs/api/booking/src/lib/bookings/booking-rows';
import { DataSource } from 'typeorm';
import { countQueries, ms, percentile, runConcurrently } from '../support/measure';
import { createBenchStores, dropBenchStores } from '../support/bench-stores';
import { requirePgbench, runPgbench } from '../support/pgbench';
import { raceForOne } from '../support/race';
import { reportSmoke, SMOKE } from '../support/smoke';
// The benchmark needs the API's real AppModule, DataSource and migrations, like the integration set-up.
import { AppModule } from '../../apps/api/src/app/app.module';
import { createApiDataSource } from '../../apps/api/src/database/data-source';

const ROOMS = 30;
const ORGANIZERS = 20;
const CREATE_CLIENTS = 20;
const AVAILABILITY_CLIENTS = 50;
const CREATES = SMOKE
  ? Number(process.env['BENCH_CREATES'] ?? 200)
  : Math.max(200, Number(process.env['BENCH_CREATES'] ?? 2000));
const AVAILABILITY_REQUESTS = SMOKE
  ? Number(process.env['BENCH_AVAILABILITY'] ?? 150)
  : Math.max(500, Number(process.env['BENCH_AVAILABILITY'] ?? 3000));
const PGBENCH_SECONDS = SMOKE
  ? Number(process.env['BENCH_SECONDS'] ?? 2)
  : Math.max(3, Number(process.env['BENCH_SECONDS'] ?? 10));
/** Requests of each kind one by one (creates, week views) and sequential requests counted for statements. */
const SEQUENTIAL = SMOKE ? 50 : 200;
const COUNTED = SMOKE ? 20 : 50;
const WARM_UP = SMOKE ? 20 : 50;
const RACE_CONTENDERS = 10;
const KEEP_DATABASE = process.env['BENCH_KEEP_DATABASE'] === '1';

/**
 * Smoke floor for API / pgbench `insert` at 20 clients: measured 0.04 (load 7) to 0.08 in full runs, 0.037 (load
 * 15–20) to 0.070 (load 5–10) in smoke runs, 2 cores.
 */
const SMOKE_CREATE_RATIO_MIN = 0.01;
/** Smoke ceiling for one room's week p99 at 50 clients: measured 418–820 ms (2 cores, load 7). */
const SMOKE_ROOM_WEEK_P99_MAX_MS = 5_000;
/** Smoke ceilings for SQL statements per request: measured 8 per create and 3 per week view. */
const SMOKE_CREATE_STATEMENTS_MAX = 10;
const SMOKE_AVAILABILITY_STATEMENTS_MAX = 5;

async function seed(dataSource: DataSource, week: string): Promise<void> {
  const hours = JSON.stringify(
    [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' })),
  );
  await dataSource.query(
    `INSERT INTO room (slug, name, capacity, setup_minutes, teardown_minutes, opening_hours, max_days_ahead)
     SELECT 'bench-raum-' || i, 'Bench-Raum ' || lpad(i::text, 2, '0'), 20, 15, 15, $1::jsonb, 730
       FROM generate_series(1, $2) AS i`,
    [hours, ROOMS],
  );
  await dataSource.query(
    `WITH users AS (
       INSERT INTO user_account (email, display_name, roles, locale, email_verified_at)
       SELECT 'veranstalter-' || i || '@bench.invalid', 'Veranstalter ' || i, ARRAY['organizer'], 'de', now()
         FROM generate_series(1, $1) AS i
       RETURNING id)
     INSERT INTO organizer_quota (organizer_id, weekly_minutes) SELECT id, 10080 FROM users`,
    [ORGANIZERS],
  );
  await dataSource.query(
    `INSERT INTO user_account (email, display_name, roles, locale) VALUES ('pgbench@bench.invalid', 'pgbench',
       ARRAY['organizer'], 'de')`,
  );
  // the calendar week: 6 two-hour bookings per room and day, 08:00 … 20:00 local, by the 20 organizers
  await dataSource.query(
    `WITH slots AS (
       SELECT r.id AS room_id, d, h,
              ((($1::date + d) + make_time(8 + h * 2, 0, 0)) AT TIME ZONE 'Europe/Berlin') AS starts_at,
              row_number() OVER () AS n
         FROM room r, generate_series(0, 6) AS d, generate_series(0, 5) AS h
        WHERE r.slug LIKE 'bench-raum-%'),
     organizers AS (
       SELECT id, row_number() OVER (ORDER BY email) AS n FROM user_account WHERE email LIKE 'veranstalter-%')
     INSERT INTO room_booking (room_id, kind, organizer_id, title, starts_at, ends_at, blocked, status)
     SELECT s.room_id, 'booking', o.id, 'Gruppe ' || s.n, s.starts_at, s.starts_at + interval '2 hours',
            tstzrange(s.starts_at, s.starts_at + interval '2 hours', '[)'), 'confirmed'
       FROM slots s JOIN organizers o ON o.n = 1 + s.n % $2`,
    [week, ORGANIZERS],
  );
  // pgbench's rooms: one per client, its slots from a sequence (never overlapping, never the API's dates)
  await dataSource.query(`CREATE TABLE bench_pg_room (n int PRIMARY KEY, id uuid NOT NULL)`);
  await dataSource.query(
    `INSERT INTO bench_pg_room (n, id)
     SELECT row_number() OVER (ORDER BY slug) - 1, id FROM room WHERE slug LIKE 'bench-raum-%'`,
  );
  await dataSource.query(`CREATE SEQUENCE bench_pg_slot`);
  await dataSource.query(`ANALYZE`);
}

/** The equivalent INSERT transaction, and every statement of the API's transaction, as pgbench scripts. */
function pgbenchScripts(dir: string): {
  insert: string;
  sameSql: string;
  availability: (week: string) => string;
} {
  const insertRow = `INSERT INTO room_booking (room_id, kind, organizer_id, title, starts_at, ends_at, blocked, status, created_by_id)
SELECT r.id, 'booking', o.id, 'pgbench', s.t, s.t + interval '1 hour',
       tstzrange(s.t - interval '15 minutes', s.t + interval '75 minutes', '[)'), 'confirmed', o.id
  FROM (SELECT timestamptz '2029-01-01 00:00+00' + nextval('bench_pg_slot') * interval '2 hours' AS t) s,
       bench_pg_room r, (SELECT id FROM user_account WHERE email = 'pgbench@bench.invalid') o
 WHERE r.n = :room
RETURNING id::text AS new_id`;
  const expire = `UPDATE room_booking SET status = 'expired', hold_expires_at = NULL, updated_at = now()
 WHERE room_id = (SELECT id FROM bench_pg_room WHERE n = :room) AND status = 'held' AND hold_expires_at <= now();`;
  const insert = join(dir, 'insert.sql');
  writeFileSync(
    insert,
    `\\set room random(0, ${ROOMS - 1})\nBEGIN;\n${expire}\n${insertRow};\nCOMMIT;\n`,
  );
  const sameSql = join(dir, 'same-sql.sql');
  writeFileSync(
    sameSql,
    [
      `\\set room random(0, ${ROOMS - 1})`,
      `SELECT id, name, setup_minutes, teardown_minutes, opening_hours, requires_approval, max_days_ahead
  FROM room WHERE id = (SELECT id FROM bench_pg_room WHERE n = :room);`,
      'BEGIN;',
      `SELECT (SELECT q.weekly_minutes FROM organizer_quota q WHERE q.organizer_id = o.id) AS weekly_minutes
  FROM (SELECT id FROM user_account WHERE email = 'pgbench@bench.invalid') o,
       (SELECT pg_advisory_xact_lock(hashtext('room-booking-quota'), hashtext('pgbench' || :client_id))) AS locked;`,
      `SELECT coalesce(sum(extract(epoch FROM least(b.ends_at, w.e) - greatest(b.starts_at, w.s)) / 60)
                FILTER (WHERE b.id IS NOT NULL), 0)::int AS used
  FROM (SELECT timestamptz '2029-01-01 00:00+00' AS s, timestamptz '2029-01-08 00:00+00' AS e) w
  LEFT JOIN room_booking b ON b.organizer_id = (SELECT id FROM user_account WHERE email = 'pgbench@bench.invalid')
   AND b.kind = 'booking' AND b.status IN ('pending', 'confirmed') AND b.starts_at < w.e AND b.ends_at > w.s;`,
      expire,
      `${insertRow};`,
      'COMMIT;',
      '',
    ].join('\n'),
  );
  const availability = (week: string): string => {
    const file = join(dir, 'availability.sql');
    writeFileSync(
      file,
      [
        `SELECT id, slug, name, capacity, accessibility, features, setup_minutes, teardown_minutes,
  requires_approval, opening_hours, max_days_ahead, key_location FROM room ORDER BY name, slug;`,
        `SELECT ${BOOKING_SUMMARY_COLUMNS} FROM ${BOOKING_SUMMARY_FROM}
 WHERE b.room_id = ANY(ARRAY(SELECT id FROM bench_pg_room)) AND b.status IN ('held', 'pending', 'confirmed')
   AND b.blocked && tstzrange(('${week}'::date AT TIME ZONE 'Europe/Berlin'), (('${week}'::date + 7) AT TIME ZONE 'Europe/Berlin'), '[)')
   AND b.starts_at < (('${week}'::date + 7) AT TIME ZONE 'Europe/Berlin') + interval '4 hours'
   AND b.starts_at > ('${week}'::date AT TIME ZONE 'Europe/Berlin') - interval '2 days'
 ORDER BY b.starts_at, b.id;`,
        '',
      ].join('\n'),
    );
    return file;
  };
  return { insert, sameSql, availability };
}

async function main(): Promise<void> {
  const { admin, database, databaseUrl, redisUrl, redisPrefix } =
    await createBenchStores('booking');
  const url = new URL(databaseUrl);
  const migrator = createApiDataSource(url.toString());
  const scriptDir = mkdtempSync(join(tmpdir(), 'zl-bench-booking-'));
  let app: NestFastifyApplication | undefined;
  try {
    await requirePgbench();
    await migrator.initialize();
    await migrator.runMigrations({ transaction: 'each' });
    const today = localDateOf(new Date(), BOOKING_TIME_ZONE);
    const week = addDays(today, 1 - isoWeekday(today) + 21);
    await seed(migrator, week);
    await migrator.destroy();

    // the API as main.ts starts it (without the pino logger), configured like production
    Object.assign(process.env, {
      NODE_ENV: 'production',
      TOKEN_SECRET: randomBytes(48).toString('base64url'),
      DATABASE_URL: url.toString(),
      DB_POOL_SIZE: '20',
      REDIS_URL: redisUrl,
      REDIS_PREFIX: redisPrefix,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
    });
    app = await NestFactory.create<NestFastifyApplication>(
      AppModule,
      createFastifyAdapter({ trustProxy: false }),
      { logger: ['error', 'warn'], abortOnError: false },
    );
    await configureHttpApp(app, { logger: new Logger('Bench') });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.getHttpServer().address();
    if (!address || typeof address !== 'object') throw new Error('the API did not listen');
    const base = `http://127.0.0.1:${address.port}`;
    const dataSource = app.get(DataSource);
    const sessions = app.get(SessionService);

    const organizers: { id: string }[] = await dataSource.query(
      `SELECT id FROM user_account WHERE email LIKE 'veranstalter-%' ORDER BY email`,
    );
    const headers: Record<string, string>[] = [];
    for (const organizer of organizers) {
      const issued = await sessions.createSession(organizer.id, {
        userAgent: 'bench',
        ip: '127.0.0.1',
      });
      headers.push({
        cookie: `${SESSION_COOKIE}=${issued.token}; ${CSRF_COOKIE}=${issued.csrfToken}`,
        [CSRF_HEADER.toLowerCase()]: issued.csrfToken,
        'content-type': 'application/json',
      });
    }
    const rooms: { id: string }[] = await dataSource.query(
      `SELECT id FROM room WHERE slug LIKE 'bench-raum-%' ORDER BY slug`,
    );

    // one free one-hour slot per request: 30 rooms × 14 hours per day from 2028-01-03 on
    const slot = (k: number) => {
      const perDay = ROOMS * 14;
      const hour = 7 + (Math.floor(k / ROOMS) % 14);
      return {
        roomId: rooms[k % ROOMS].id,
        title: `Bench ${k}`,
        date: addDays('2028-01-03', Math.floor(k / perDay)),
        startTime: `${String(hour).padStart(2, '0')}:00`,
        endTime: `${String(hour).padStart(2, '0')}:30`,
      };
    };
    const create = async (k: number, client: number) => {
      const response = await fetch(`${base}${BOOKING_ROUTES.bookings}`, {
        method: 'POST',
        headers: headers[client % headers.length],
        body: JSON.stringify(slot(k)),
      });
      if (response.status !== 201)
        throw new Error(`create ${k}: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    };
    const availabilityUrl = `${base}${BOOKING_ROUTES.availability}?from=${week}&to=${addDays(week, 6)}`;
    const getOk = async (target: string, client: number) => {
      const response = await fetch(target, { headers: headers[client % headers.length] });
      if (response.status !== 200)
        throw new Error(`${target}: ${response.status} ${await response.text()}`);
      return response.json() as Promise<unknown>;
    };
    /** The timed calls read the body but do not parse it: the client shares the API's process and cores. */
    const getBytes = async (target: string, client: number) => {
      const response = await fetch(target, { headers: headers[client % headers.length] });
      if (response.status !== 200)
        throw new Error(`${target}: ${response.status} ${await response.text()}`);
      return (await response.arrayBuffer()).byteLength;
    };

    // sanity: the week as one organizer sees it
    const sample = (await getOk(availabilityUrl, 0)) as RoomAvailability[];
    const bookingsInWeek = sample.reduce((sum, room) => sum + room.bookings.length, 0);
    // the week of ONE room (`?roomId=`), as the UI's room calendar asks for it; clients rotate through the rooms
    const roomIds = sample.map((entry) => entry.room.id);
    const roomWeekUrl = (i: number): string =>
      `${availabilityUrl}&roomId=${roomIds[i % roomIds.length]}`;
    console.log(
      `seed: ${ROOMS} rooms, ${ORGANIZERS} organizers, week ${week}: ${bookingsInWeek} bookings ` +
        `(${sample[0]?.bookings.filter((b) => b.busyOnly).length ?? 0} of room 1's shown as busy to organizer 1)`,
    );

    // warm-up, then the query counts on sequential requests
    let k = 0;
    for (let i = 0; i < WARM_UP; i++) {
      await create(k++, i);
      await getOk(availabilityUrl, i);
    }
    const createQueries = await countQueries(async () => {
      for (let i = 0; i < COUNTED; i++) await create(k++, i);
    });
    const availabilityQueries = await countQueries(async () => {
      for (let i = 0; i < COUNTED; i++) await getOk(availabilityUrl, i);
    });
    const roomWeekQueries = await countQueries(async () => {
      for (let i = 0; i < COUNTED; i++) await getOk(roomWeekUrl(i), i);
    });
    const floorQueries = await countQueries(async () => {
      for (let i = 0; i < COUNTED; i++) await getOk(`${base}${AUTH_ROUTES.session}`, i);
    });

    // 1. creation throughput
    const offset = k;
    const created = await runConcurrently(CREATES, CREATE_CLIENTS, (i, client) =>
      create(offset + i, client),
    );
    const apiPerSecond = CREATES / created.seconds;
    const createOffset = offset + CREATES;
    const createdOneByOne = await runConcurrently(SEQUENTIAL, 1, (i) =>
      create(createOffset + i, i),
    );
    const scripts = pgbenchScripts(scriptDir);
    const pgInsert = (
      await runPgbench(url.toString(), scripts.insert, {
        clients: CREATE_CLIENTS,
        seconds: PGBENCH_SECONDS,
      })
    ).tps;
    const pgSameSql = (
      await runPgbench(url.toString(), scripts.sameSql, {
        clients: CREATE_CLIENTS,
        seconds: PGBENCH_SECONDS,
      })
    ).tps;
    const [{ rows }]: { rows: number }[] = await dataSource.query(
      `SELECT count(*)::int AS rows FROM room_booking WHERE title LIKE 'Bench %'`,
    );
    if (rows !== createOffset + SEQUENTIAL)
      throw new Error(`expected ${createOffset + SEQUENTIAL} API bookings, found ${rows}`);

    // 2. the week view at 50 concurrent clients, and the session check as the floor
    const responseBytes = await getBytes(availabilityUrl, 0);
    const availability = await runConcurrently(
      AVAILABILITY_REQUESTS,
      AVAILABILITY_CLIENTS,
      async (_, client) => {
        await getBytes(availabilityUrl, client);
      },
    );
    const roomWeekBytes = await getBytes(roomWeekUrl(0), 0);
    const roomWeek = await runConcurrently(
      AVAILABILITY_REQUESTS,
      AVAILABILITY_CLIENTS,
      async (i, client) => {
        await getBytes(roomWeekUrl(i), client);
      },
    );
    const floor = await runConcurrently(
      AVAILABILITY_REQUESTS,
      AVAILABILITY_CLIENTS,
      async (_, client) => {
        await getBytes(`${base}${AUTH_ROUTES.session}`, client);
      },
    );
    const sequential = await runConcurrently(SEQUENTIAL, 1, async () => {
      await getBytes(availabilityUrl, 0);
    });
    const sql = await runPgbench(url.toString(), scripts.availability(week), {
      clients: AVAILABILITY_CLIENTS,
      seconds: PGBENCH_SECONDS,
    });

    // 4. one free slot, asked for by 10 organizers at once (150 days after the creates' first date: no other
    // step reaches it, and it stays within the rooms' 730 days ahead)
    const contested = { ...slot(0), title: 'Bench race', date: addDays('2028-01-03', 150) };
    const race = await raceForOne(RACE_CONTENDERS, async (client) => {
      const response = await fetch(`${base}${BOOKING_ROUTES.bookings}`, {
        method: 'POST',
        headers: headers[client % headers.length],
        body: JSON.stringify(contested),
      });
      await response.arrayBuffer();
      return response.status;
    });
    if (race.winners !== 1 || race.other.length > 0)
      throw new Error(`race for one slot: ${JSON.stringify(race)} (expected 1 winner, 9 × 409)`);

    console.log('');
    console.log(`1. Booking creation (${CREATE_CLIENTS} concurrent clients)`);
    console.log(
      `   API POST ${BOOKING_ROUTES.bookings}   ${apiPerSecond.toFixed(0).padStart(6)} bookings/s ` +
        `(${CREATES} in ${created.seconds.toFixed(1)} s; p50 ${ms(percentile(created.latencies, 50))}, ` +
        `p99 ${ms(percentile(created.latencies, 99))})`,
    );
    console.log(
      `   API, 1 client                 p50 ${ms(percentile(createdOneByOne.latencies, 50))}, ` +
        `p99 ${ms(percentile(createdOneByOne.latencies, 99))} (${(SEQUENTIAL / createdOneByOne.seconds).toFixed(0)} bookings/s)`,
    );
    console.log(
      `   pgbench insert transaction   ${pgInsert.toFixed(0).padStart(6)} tps (${PGBENCH_SECONDS} s)`,
    );
    console.log(
      `   pgbench same SQL as the API  ${pgSameSql.toFixed(0).padStart(6)} tps (${PGBENCH_SECONDS} s)`,
    );
    console.log(
      `   ratio API / pgbench insert ${(apiPerSecond / pgInsert).toFixed(2)}, ` +
        `API / pgbench same SQL ${(apiPerSecond / pgSameSql).toFixed(2)}  (goal ≥ 0.5)`,
    );
    console.log('');
    console.log(`2. Week availability, ${ROOMS} rooms, ${AVAILABILITY_CLIENTS} concurrent clients`);
    console.log(
      `   availability  p50 ${ms(percentile(availability.latencies, 50))}  p99 ${ms(percentile(availability.latencies, 99))}` +
        `  ${(AVAILABILITY_REQUESTS / availability.seconds).toFixed(0)} req/s  (goal p99 ≤ 25 ms)`,
    );
    console.log(
      `   one room's week (?roomId=)  p50 ${ms(percentile(roomWeek.latencies, 50))}  p99 ${ms(percentile(roomWeek.latencies, 99))}` +
        `  ${(AVAILABILITY_REQUESTS / roomWeek.seconds).toFixed(0)} req/s  (response ${(roomWeekBytes / 1024).toFixed(1)} KiB)`,
    );
    console.log(
      `   session floor p50 ${ms(percentile(floor.latencies, 50))}  p99 ${ms(percentile(floor.latencies, 99))}` +
        `  ${(AVAILABILITY_REQUESTS / floor.seconds).toFixed(0)} req/s`,
    );
    console.log(
      `   availability, 1 client   p50 ${ms(percentile(sequential.latencies, 50))}  p99 ${ms(percentile(sequential.latencies, 99))}` +
        `  (response ${(responseBytes / 1024).toFixed(0)} KiB)`,
    );
    console.log(
      `   the two SQL queries (rooms, bookings) in pgbench, 50 clients  p50 ${ms(sql.p50)}  p99 ${ms(sql.p99)}` +
        `  ${sql.tps.toFixed(0)} tps`,
    );
    console.log('');
    console.log(
      '3. SQL statements per request (TypeORM, sequential requests, session check included)',
    );
    console.log(`   POST bookings       ${(createQueries / COUNTED).toFixed(1)}`);
    console.log(`   GET availability    ${(availabilityQueries / COUNTED).toFixed(1)}`);
    console.log(`   GET availability?roomId= ${(roomWeekQueries / COUNTED).toFixed(1)}`);
    console.log(`   GET auth/session    ${(floorQueries / COUNTED).toFixed(1)}`);
    console.log('');
    console.log(
      `4. Race for one slot, ${RACE_CONTENDERS} organizers at once: ${race.winners} booked, ${race.refused} × 409`,
    );
    if (SMOKE)
      reportSmoke('booking', [
        {
          name: 'ratio API / pgbench insert, 20 clients',
          value: apiPerSecond / pgInsert,
          kind: 'min',
          limit: SMOKE_CREATE_RATIO_MIN,
        },
        {
          name: "one room's week p99, 50 clients",
          value: percentile(roomWeek.latencies, 99),
          kind: 'max',
          limit: SMOKE_ROOM_WEEK_P99_MAX_MS,
          unit: 'ms',
        },
        {
          name: 'SQL statements per create',
          value: createQueries / COUNTED,
          kind: 'max',
          limit: SMOKE_CREATE_STATEMENTS_MAX,
        },
        {
          name: 'SQL statements per week view',
          value: availabilityQueries / COUNTED,
          kind: 'max',
          limit: SMOKE_AVAILABILITY_STATEMENTS_MAX,
        },
        { name: 'race for one slot: bookings', value: race.winners, kind: 'equal', limit: 1 },
      ]);
  } finally {
    await app?.close();
    if (migrator.isInitialized) await migrator.destroy();
    rmSync(scriptDir, { recursive: true, force: true });
    await dropBenchStores({ admin, database, keepDatabase: KEEP_DATABASE, redisUrl, redisPrefix });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
