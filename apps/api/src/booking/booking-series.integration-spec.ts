import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  BookingSeriesMaterialiseProcessor,
  EventBookingEffects,
  materialiseDueSeries,
} from '@zusammen/api/booking';
import { NotificationOutbox } from '@zusammen/api/notifications';
import {
  createRoom,
  createSignedInUser,
  createTestApp,
  expectApiError,
  type RoomOverrides,
  type SignedInUser,
} from '@zusammen/api/testing';
import {
  BOOKING_ROUTES,
  BOOKING_TIME_ZONE,
  type BookingCheckResult,
  type BookingConflict,
  type BookingCreated,
  type BookingRequest,
  type OpeningHours,
  type RoomBookingSummary,
} from '@zusammen/shared/contracts';
import {
  addDays,
  addYears,
  isoWeekday,
  localDateOf,
  localTimeOf,
  zonedInstant,
} from '@zusammen/shared/util';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import { createEvent, eventRequest } from './events-fixtures';

const PASSWORD = 'Haus-der-Begegnung-2026';
const { bookings } = BOOKING_ROUTES;
const ALL_WEEK: OpeningHours[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  opens: '07:00',
  closes: '23:00',
}));

const today = localDateOf(new Date(), BOOKING_TIME_ZONE);
const dateIn = (weeks: number, weekday: number): string =>
  addDays(addDays(today, 1 - isoWeekday(today)), weeks * 7 + weekday - 1);
const at = (date: string, time: string): string =>
  zonedInstant(date, time, BOOKING_TIME_ZONE).toISOString();
const localTime = (iso: string): string => localTimeOf(new Date(iso), BOOKING_TIME_ZONE);

interface SeriesRow {
  rrule: string;
  tzid: string;
  local_start_date: string;
  local_start_time: string;
  local_end_time: string;
  exdates: string[];
  materialised_until: string;
  status: string;
  title: string;
}

describe('Haus der Begegnung: booking series (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let staff: SignedInUser;
  let olga: SignedInUser;
  let paul: SignedInUser;

  const call = (method: 'GET' | 'POST', url: string, who: SignedInUser, payload?: object) =>
    app.inject({ method, url, headers: who.headers, payload });

  async function openRoom(overrides: RoomOverrides = {}): Promise<string> {
    const room = await createRoom(db, overrides);
    await db.query(
      `UPDATE room SET opening_hours = $2::jsonb, max_days_ahead = 730 WHERE id = $1`,
      [room.id, JSON.stringify(ALL_WEEK)],
    );
    return room.id;
  }

  const book = (who: SignedInUser, body: Partial<BookingRequest>) =>
    call('POST', bookings, who, { title: 'Sprachcafé', ...body });

  async function booked(who: SignedInUser, body: Partial<BookingRequest>): Promise<BookingCreated> {
    const response = await book(who, body);
    expect(response.statusCode === 201 ? 201 : `${response.statusCode} ${response.body}`).toBe(201);
    return response.json<BookingCreated>();
  }

  async function ok<T>(response: {
    statusCode: number;
    body: string;
    json: <U>() => U;
  }): Promise<T> {
    expect(response.statusCode === 200 ? 200 : `${response.statusCode} ${response.body}`).toBe(200);
    return response.json<T>();
  }

  const seriesRow = async (id: string): Promise<SeriesRow> =>
    (
      await db.query(
        `SELECT rrule, tzid, local_start_date::text AS local_start_date,
                to_char(local_start_time, 'HH24:MI') AS local_start_time,
                to_char(local_end_time, 'HH24:MI') AS local_end_time, exdates::text[] AS exdates,
                materialised_until::text AS materialised_until, status, title
           FROM booking_series WHERE id = $1`,
        [id],
      )
    )[0];

  const rowsOfSeries = async (seriesIds: string[]) =>
    db.query(
      `SELECT id, series_id, recurrence_date::text AS recurrence_date, is_override, status, title,
              starts_at, ends_at
         FROM room_booking WHERE series_id = ANY($1::uuid[]) ORDER BY recurrence_date`,
      [seriesIds],
    ) as Promise<
      {
        id: string;
        series_id: string;
        recurrence_date: string;
        is_override: boolean;
        status: string;
        title: string;
        starts_at: Date;
        ends_at: Date;
      }[]
    >;

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    staff = await createSignedInUser(app, { password: PASSWORD, roles: ['staff'] });
    olga = await createSignedInUser(app, {
      password: PASSWORD,
      roles: ['organizer'],
      displayName: 'Olga Organisatorin',
    });
    paul = await createSignedInUser(app, {
      password: PASSWORD,
      roles: ['organizer'],
      displayName: 'Paul Plan',
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('a weekly 18:00 series across both 2027 DST weekends stays at 18:00 local (17:00Z in winter, 16:00Z in summer)', async () => {
    const roomId = await openRoom();
    const created = await booked(olga, {
      roomId,
      date: '2027-03-16',
      startTime: '18:00',
      endTime: '20:00',
      rule: { frequency: 'WEEKLY', byWeekday: ['TU'], until: '2027-11-09' },
    });
    expect(created.bookings).toHaveLength(35);
    expect(created.bookings.every((b) => localTime(b.startsAt) === '18:00')).toBe(true);
    expect(created.bookings.every((b) => localTime(b.endsAt) === '20:00')).toBe(true);
    const byDate = new Map(created.bookings.map((b) => [b.recurrenceDate, b]));
    expect(byDate.get('2027-03-23')?.startsAt).toBe('2027-03-23T17:00:00.000Z');
    expect(byDate.get('2027-03-30')?.startsAt).toBe('2027-03-30T16:00:00.000Z');
    expect(byDate.get('2027-10-26')?.startsAt).toBe('2027-10-26T16:00:00.000Z');
    expect(byDate.get('2027-11-02')?.startsAt).toBe('2027-11-02T17:00:00.000Z');
    expect(byDate.get('2027-11-02')?.endsAt).toBe('2027-11-02T19:00:00.000Z');

    const series = await seriesRow(created.seriesId as string);
    expect(series).toEqual({
      rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20271109',
      tzid: 'Europe/Berlin',
      local_start_date: '2027-03-16',
      local_start_time: '18:00',
      local_end_time: '20:00',
      exdates: [],
      // the rule ends before the 12-month horizon
      materialised_until: '2027-11-09',
      status: 'active',
      title: 'Sprachcafé',
    });
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM room_booking WHERE series_id = $1 AND idempotency_key IS NULL`,
      [created.seriesId],
    );
    expect(n).toBe(35);
  });

  it('a series with a taken date is 409 listing it; the pre-check shows it; with skipDates the rest is booked', async () => {
    const roomId = await openRoom();
    const first = dateIn(3, 3);
    const third = addDays(first, 14);
    await booked(paul, { roomId, date: third, startTime: '11:00', endTime: '12:00' });
    const request = {
      roomId,
      date: first,
      startTime: '10:00',
      endTime: '12:00',
      rule: { frequency: 'WEEKLY' as const, byWeekday: ['WE'], count: 6 },
    };
    const refused = expectApiError(await book(olga, request), 409, 'ROOM_ALREADY_BOOKED');
    const expectedConflict: BookingConflict = {
      date: third,
      startsAt: at(third, '10:00'),
      endsAt: at(third, '12:00'),
      conflictStartsAt: at(third, '11:00'),
      conflictEndsAt: at(third, '12:00'),
      conflictKind: 'booking',
      conflictTitle: null,
    };
    expect((refused.details as { conflicts: BookingConflict[] }).conflicts).toEqual([
      expectedConflict,
    ]);
    const [{ n: none }] = await db.query(
      `SELECT count(*)::int AS n FROM room_booking WHERE room_id = $1 AND organizer_id = $2`,
      [roomId, olga.user.id],
    );
    expect(none).toBe(0);

    const check = await ok<BookingCheckResult>(
      await call('POST', `${bookings}/check`, olga, { title: 'Sprachcafé', ...request }),
    );
    expect(check.dates.map((d) => d.date)).toEqual(
      [0, 1, 2, 3, 4, 5].map((week) => addDays(first, week * 7)),
    );
    expect(check.conflicts).toEqual([expectedConflict]);
    expect(check.freeSlots[0]).toMatchObject({ roomId });

    const created = await booked(olga, { ...request, skipDates: [third] });
    expect(created.bookings.map((b) => b.recurrenceDate)).toEqual(
      [0, 1, 3, 4, 5].map((week) => addDays(first, week * 7)),
    );
    expect(created.skipped).toEqual([expectedConflict]);
    const series = await seriesRow(created.seriesId as string);
    expect(series).toMatchObject({
      rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=WE;COUNT=6',
      exdates: [third],
      materialised_until: addDays(first, 35),
    });
  });

  it('a repeated series request with the same Idempotency-Key returns the first series', async () => {
    const roomId = await openRoom();
    const body = {
      roomId,
      title: 'Nähtreff',
      date: dateIn(3, 1),
      startTime: '14:00',
      endTime: '15:00',
      rule: { frequency: 'WEEKLY', byWeekday: ['MO'], count: 3 },
    };
    const headers = { ...olga.headers, 'idempotency-key': `serie-${Date.now()}` };
    const first = await app.inject({ method: 'POST', url: bookings, headers, payload: body });
    const again = await app.inject({ method: 'POST', url: bookings, headers, payload: body });
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.json()).toEqual(first.json());
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM booking_series WHERE room_id = $1`,
      [roomId],
    );
    expect(n).toBe(1);
  });

  it('the pre-check marks closed dates and dates over the quota; an invalid rule is 422 VALIDATION_FAILED', async () => {
    const roomId = await openRoom();
    await db.query(`UPDATE room SET opening_hours = $2::jsonb WHERE id = $1`, [
      roomId,
      JSON.stringify(ALL_WEEK.filter((h) => h.weekday !== 7)),
    ]);
    const quentin = await createSignedInUser(app, { password: PASSWORD, roles: ['organizer'] });
    await db.query(`INSERT INTO organizer_quota (organizer_id, weekly_minutes) VALUES ($1, 180)`, [
      quentin.user.id,
    ]);
    const saturday = dateIn(4, 6);
    const check = await ok<BookingCheckResult>(
      await call('POST', `${bookings}/check`, quentin, {
        roomId,
        title: 'Wochenendtreff',
        date: saturday,
        startTime: '10:00',
        endTime: '12:00',
        rule: { frequency: 'DAILY', count: 3 },
      }),
    );
    // Saturday 2 h fits; Sunday is closed; Monday starts a new week
    expect(check.conflicts.map((c) => [c.date, c.conflictKind])).toEqual([
      [addDays(saturday, 1), 'closed'],
    ]);
    const tooMuch = await ok<BookingCheckResult>(
      await call('POST', `${bookings}/check`, quentin, {
        roomId,
        title: 'Werkstatt',
        date: addDays(saturday, -5),
        startTime: '10:00',
        endTime: '11:00',
        rule: { frequency: 'DAILY', count: 4 },
      }),
    );
    expect(tooMuch.conflicts.map((c) => c.conflictKind)).toEqual([
      'quota',
      'quota',
      'quota',
      'quota',
    ]);
    const closed = expectApiError(
      await book(quentin, {
        roomId,
        date: saturday,
        startTime: '10:00',
        endTime: '11:00',
        rule: { frequency: 'DAILY', count: 2 },
      }),
      422,
      'OUTSIDE_OPENING_HOURS',
    );
    expect(
      (closed.details as { conflicts: BookingConflict[] }).conflicts.map((c) => c.date),
    ).toEqual([addDays(saturday, 1)]);
    const invalid = expectApiError(
      await book(quentin, {
        roomId,
        date: saturday,
        startTime: '10:00',
        endTime: '11:00',
        rule: { frequency: 'WEEKLY', byWeekday: ['2TU'], count: 2 },
      }),
      422,
      'VALIDATION_FAILED',
    );
    expect(invalid.details).toHaveProperty('rule');
    expectApiError(
      await book(quentin, {
        roomId,
        date: saturday,
        startTime: '10:00',
        endTime: '11:00',
        rule: { frequency: 'DAILY', count: 1 },
        skipDates: [saturday],
      }),
      422,
      'NO_DATES_LEFT',
    );
  });

  it('a series in a room that needs approval is decided at once: every pending date, one notification', async () => {
    const roomId = await openRoom({ requiresApproval: true });
    const created = await booked(olga, {
      roomId,
      date: dateIn(5, 5),
      startTime: '15:00',
      endTime: '16:00',
      rule: { frequency: 'WEEKLY', byWeekday: ['FR'], count: 4 },
    });
    expect(created.bookings.map((b) => b.status)).toEqual(Array(4).fill('pending'));
    const decided = await ok<RoomBookingSummary[]>(
      await call('POST', `${bookings}/${created.bookings[1].id}/decision`, staff, {
        decision: 'confirm',
      }),
    );
    expect(decided.map((b) => b.status)).toEqual(Array(4).fill('confirmed'));
    const notes = await db.query(
      `SELECT payload FROM notification WHERE recipient_id = $1 AND type = 'booking-decision'
          AND payload->>'seriesId' = $2`,
      [olga.user.id, created.seriesId],
    );
    expect(notes).toHaveLength(1);
    expect(notes[0].payload).toMatchObject({
      bookingId: created.bookings[1].id,
      dateCount: 4,
      startsAt: created.bookings[0].startsAt,
    });
  });

  it('changes one date (override), this and following (split) and all dates, and cancels with each scope', async () => {
    const roomId = await openRoom();
    const d = (i: number) => addDays(dateIn(6, 4), (i - 1) * 7);
    const created = await booked(olga, {
      roomId,
      date: d(1),
      startTime: '18:00',
      endTime: '20:00',
      rule: { frequency: 'WEEKLY', byWeekday: ['TH'], count: 8 },
    });
    const oldSeries = created.seriesId as string;
    const r = (i: number) => created.bookings[i - 1].id;

    // this: a later time on date 2
    const moved = await ok<RoomBookingSummary[]>(
      await call('POST', `${bookings}/${r(2)}/change`, olga, {
        scope: 'this',
        startTime: '19:00',
        endTime: '21:00',
      }),
    );
    expect(moved).toEqual([
      expect.objectContaining({
        id: r(2),
        isOverride: true,
        recurrenceDate: d(2),
        startsAt: at(d(2), '19:00'),
        endsAt: at(d(2), '21:00'),
        seriesId: oldSeries,
      }),
    ]);
    // this: date 3 moves to the Friday, keeping its recurrence date
    const friday = await ok<RoomBookingSummary[]>(
      await call('POST', `${bookings}/${r(3)}/change`, olga, {
        scope: 'this',
        date: addDays(d(3), 1),
        startTime: '10:00',
        endTime: '12:00',
        title: 'Ausweichtermin',
      }),
    );
    expect(friday[0]).toMatchObject({
      recurrenceDate: d(3),
      startsAt: at(addDays(d(3), 1), '10:00'),
      title: 'Ausweichtermin',
      isOverride: true,
    });
    // a move onto Paul's booking is refused with the conflict
    await booked(paul, { roomId, date: addDays(d(4), 1), startTime: '09:00', endTime: '10:00' });
    const clash = expectApiError(
      await call('POST', `${bookings}/${r(4)}/change`, olga, {
        scope: 'this',
        date: addDays(d(4), 1),
        startTime: '09:30',
        endTime: '11:00',
      }),
      409,
      'ROOM_ALREADY_BOOKED',
    );
    expect((clash.details as { conflicts: BookingConflict[] }).conflicts).toEqual([
      expect.objectContaining({ date: addDays(d(4), 1), conflictTitle: null }),
    ]);
    expectApiError(
      await call('POST', `${bookings}/${r(4)}/change`, olga, { scope: 'following', date: d(5) }),
      422,
      'VALIDATION_FAILED',
    );
    expectApiError(
      await call('POST', `${bookings}/${r(4)}/change`, paul, { scope: 'this', title: 'Meins' }),
      404,
      'BOOKING_NOT_FOUND',
    );

    // this and following from date 5: the old series ends on the day before, a new one carries dates 5–8
    const following = await ok<RoomBookingSummary[]>(
      await call('POST', `${bookings}/${r(5)}/change`, olga, {
        scope: 'following',
        startTime: '17:00',
        endTime: '19:00',
        title: 'Sprachcafé (neu)',
      }),
    );
    const newSeries = following[0].seriesId as string;
    expect(newSeries).not.toBe(oldSeries);
    expect(following.map((b) => [b.recurrenceDate, localTime(b.startsAt), b.title])).toEqual(
      [5, 6, 7, 8].map((i) => [d(i), '17:00', 'Sprachcafé (neu)']),
    );
    expect(await seriesRow(oldSeries)).toMatchObject({
      rrule: `FREQ=WEEKLY;INTERVAL=1;BYDAY=TH;UNTIL=${addDays(d(5), -1).replace(/-/g, '')}`,
      materialised_until: addDays(d(5), -1),
      local_start_time: '18:00',
    });
    expect(await seriesRow(newSeries)).toMatchObject({
      rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TH;COUNT=4',
      local_start_date: d(5),
      local_start_time: '17:00',
      local_end_time: '19:00',
      title: 'Sprachcafé (neu)',
    });

    // all (of the new series): a new start time; the end stays
    const all = await ok<RoomBookingSummary[]>(
      await call('POST', `${bookings}/${r(6)}/change`, olga, { scope: 'all', startTime: '16:00' }),
    );
    expect(all.map((b) => [b.recurrenceDate, localTime(b.startsAt), localTime(b.endsAt)])).toEqual(
      [5, 6, 7, 8].map((i) => [d(i), '16:00', '19:00']),
    );
    // all (of the old series): a new title for the regular dates; the overrides keep theirs
    await ok(
      await call('POST', `${bookings}/${r(1)}/change`, olga, { scope: 'all', title: 'Treff' }),
    );
    const old = await rowsOfSeries([oldSeries]);
    expect(old.map((row) => [row.recurrence_date, row.title, row.is_override])).toEqual([
      [d(1), 'Treff', false],
      [d(2), 'Sprachcafé', true],
      [d(3), 'Ausweichtermin', true],
      [d(4), 'Treff', false],
    ]);
    expect(localTime(old[1].starts_at.toISOString())).toBe('19:00');

    // cancel this: date 7 is cancelled and becomes an exdate
    const cancelled = await ok<RoomBookingSummary[]>(
      await call('POST', `${bookings}/${r(7)}/cancel`, olga, { scope: 'this' }),
    );
    expect(cancelled).toEqual([expect.objectContaining({ id: r(7), status: 'cancelled' })]);
    expect((await seriesRow(newSeries)).exdates).toEqual([d(7)]);
    expectApiError(
      await call('POST', `${bookings}/${r(7)}/cancel`, olga, { scope: 'this' }),
      409,
      'BOOKING_NOT_CHANGEABLE',
    );
    // cancel following from date 6: dates 6 and 8 go, the rule ends before date 6
    const rest = await ok<RoomBookingSummary[]>(
      await call('POST', `${bookings}/${r(6)}/cancel`, staff, {
        scope: 'following',
        reason: 'Umbau',
      }),
    );
    expect(rest.map((b) => [b.recurrenceDate, b.status, b.decisionReason])).toEqual([
      [d(6), 'cancelled', 'Umbau'],
      [d(8), 'cancelled', 'Umbau'],
    ]);
    expect(await seriesRow(newSeries)).toMatchObject({
      rrule: `FREQ=WEEKLY;INTERVAL=1;BYDAY=TH;UNTIL=${addDays(d(6), -1).replace(/-/g, '')}`,
      exdates: [],
      status: 'active',
    });
    // cancel all of the old series: every future date, overrides included; the series ends
    const gone = await ok<RoomBookingSummary[]>(
      await call('POST', `${bookings}/${r(3)}/cancel`, olga, { scope: 'all' }),
    );
    expect(gone.map((b) => b.id).sort()).toEqual([r(1), r(2), r(3), r(4)].sort());
    expect((await seriesRow(oldSeries)).status).toBe('cancelled');
    const states = await rowsOfSeries([oldSeries, newSeries]);
    expect(
      states.filter((row) => row.status !== 'cancelled').map((row) => row.recurrence_date),
    ).toEqual([d(5)]);
    // the room is free again where the cancelled dates were
    await booked(paul, { roomId, date: d(1), startTime: '18:00', endTime: '20:00' });
  });

  it('changing all dates reports an override that the new times would overlap (409) and changes nothing', async () => {
    const roomId = await openRoom();
    const day = (i: number) => addDays(dateIn(7, 1), i - 1);
    const created = await booked(olga, {
      roomId,
      date: day(1),
      startTime: '18:00',
      endTime: '20:00',
      rule: { frequency: 'DAILY', count: 4 },
    });
    // date 2 moves to the morning of date 3
    await ok(
      await call('POST', `${bookings}/${created.bookings[1].id}/change`, olga, {
        scope: 'this',
        date: day(3),
        startTime: '08:00',
        endTime: '09:00',
      }),
    );
    const refused = expectApiError(
      await call('POST', `${bookings}/${created.bookings[0].id}/change`, olga, {
        scope: 'all',
        startTime: '07:30',
        endTime: '09:30',
      }),
      409,
      'ROOM_ALREADY_BOOKED',
    );
    expect((refused.details as { conflicts: BookingConflict[] }).conflicts).toEqual([
      expect.objectContaining({
        date: day(3),
        conflictStartsAt: at(day(3), '08:00'),
        conflictTitle: 'Sprachcafé',
      }),
    ]);
    const rows = await rowsOfSeries([created.seriesId as string]);
    expect(rows.map((row) => localTime(row.starts_at.toISOString()))).toEqual([
      '18:00',
      '08:00',
      '18:00',
      '18:00',
    ]);
    expect((await seriesRow(created.seriesId as string)).local_start_time).toBe('18:00');
  });

  it('the daily job extends a series to 12 months ahead and skips dates that are taken by now', async () => {
    const roomId = await openRoom();
    const start = dateIn(2, 1);
    const until = addDays(addYears(today, 1), 120);
    const created = await booked(olga, {
      roomId,
      date: start,
      startTime: '09:00',
      endTime: '10:00',
      rule: { frequency: 'WEEKLY', byWeekday: ['MO'], until },
    });
    const seriesId = created.seriesId as string;
    const horizon = addYears(today, 1);
    expect((await seriesRow(seriesId)).materialised_until).toBe(horizon);
    const last = created.bookings[created.bookings.length - 1].recurrenceDate as string;
    expect(last <= horizon && addDays(last, 7) > horizon).toBe(true);

    // as if the series had been created three weeks earlier: its last three dates do not exist yet
    const cut = addDays(last, -21);
    await db.query(`DELETE FROM room_booking WHERE series_id = $1 AND recurrence_date > $2`, [
      seriesId,
      cut,
    ]);
    await db.query(`UPDATE booking_series SET materialised_until = $2 WHERE id = $1`, [
      seriesId,
      cut,
    ]);
    // meanwhile Paul took one of them
    const taken = addDays(last, -7);
    await booked(staff, {
      roomId,
      date: taken,
      startTime: '09:30',
      endTime: '11:00',
      organizerId: paul.user.id,
    });

    const processor = app.get(BookingSeriesMaterialiseProcessor);
    const context = {
      jobId: 'test',
      queue: 'maintenance' as const,
      name: 'booking-series-materialise',
      attempt: 1,
      maxAttempts: 1,
    };
    await processor.handle({}, context);
    const rows = await rowsOfSeries([seriesId]);
    expect(rows.map((row) => row.recurrence_date).slice(-3)).toEqual([
      addDays(last, -21),
      addDays(last, -14),
      last,
    ]);
    const lastRow = rows[rows.length - 1];
    expect(lastRow).toMatchObject({ status: 'confirmed', title: 'Sprachcafé', is_override: false });
    expect(lastRow.starts_at.toISOString()).toBe(at(last, '09:00'));
    expect(await seriesRow(seriesId)).toMatchObject({
      materialised_until: horizon,
      exdates: [taken],
    });

    // running again adds nothing
    await processor.handle({}, context);
    expect(await rowsOfSeries([seriesId])).toHaveLength(rows.length);
  });
  it('after "this and following" the event follows the new series: the job gives its new dates occurrences', async () => {
    const roomId = await openRoom();
    const first = dateIn(1, 3);
    const created = await booked(olga, {
      roomId,
      date: first,
      startTime: '18:00',
      endTime: '19:00',
      rule: { frequency: 'WEEKLY', byWeekday: ['WE'], until: addYears(today, 2) },
    });
    const oldSeries = created.seriesId as string;
    const event = await createEvent(
      app,
      olga.headers,
      eventRequest(created.bookings[0].id, { capacity: 6 }),
    );
    expect(event.occurrences).toHaveLength(created.bookings.length);

    const split = created.bookings[3];
    const following = await ok<RoomBookingSummary[]>(
      await call('POST', `${bookings}/${split.id}/change`, olga, {
        scope: 'following',
        startTime: '17:00',
        endTime: '18:30',
      }),
    );
    const newSeries = following[0].seriesId as string;
    expect(newSeries).not.toBe(oldSeries);
    const [eventRow]: { series_id: string }[] = await db.query(
      `SELECT series_id FROM booking_event WHERE id = $1`,
      [event.id],
    );
    expect(eventRow.series_id).toBe(newSeries);

    const occurrencesOf = async (seriesId: string) =>
      (await db.query(
        `SELECT b.recurrence_date::text AS date, o.event_id
           FROM room_booking b LEFT JOIN event_occurrence o ON o.room_booking_id = b.id
          WHERE b.series_id = $1 AND b.starts_at > now() ORDER BY b.recurrence_date`,
        [seriesId],
      )) as { date: string; event_id: string | null }[];
    // the dates that already existed keep (or get) their occurrence, on both sides of the split
    expect((await occurrencesOf(oldSeries)).map((o) => o.event_id)).toEqual([
      event.id,
      event.id,
      event.id,
    ]);
    const before = await occurrencesOf(newSeries);
    expect(before.every((o) => o.event_id === event.id)).toBe(true);

    // the daily job, ten weeks later: only the new series is due and its new dates are event dates
    const later = zonedInstant(addDays(today, 70), '03:00', BOOKING_TIME_ZONE);
    const result = await materialiseDueSeries(
      db,
      new EventBookingEffects(new NotificationOutbox()),
      { warn: () => undefined },
      later,
    );
    expect(result.inserted).toBeGreaterThanOrEqual(9);
    const after = await occurrencesOf(newSeries);
    expect(after.length).toBeGreaterThanOrEqual(before.length + 9);
    expect(after.filter((o) => o.event_id !== event.id)).toEqual([]);
    expect(await occurrencesOf(oldSeries)).toHaveLength(3);
  });
});
