import { createHash } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createRoom,
  createSignedInUser,
  createTestApp,
  expectApiError,
  uniqueSuffix,
  type SignedInUser,
} from '@zusammen/api/testing';
import {
  CALENDAR_FEED_ROUTES,
  CalendarFeedErrorCode,
  PRIVACY_ROUTES,
  type CalendarFeedSummary,
  type PersonalDataExport,
  type Role,
} from '@zusammen/shared/contracts';
import { addDays, localDayBounds, zonedInstant } from '@zusammen/shared/util';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';

const PASSWORD = 'Borken-Kalender-2026';
const BERLIN = 'Europe/Berlin';
const { publicFeed, feeds } = CALENDAR_FEED_ROUTES;

/** Unfolded content lines (RFC 5545 folds at 75 octets with CRLF + space). */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
/** `20270328T170000`: a local date and wall time as iCalendar writes them. */
const basic = (date: string, time: string) =>
  `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

/** The first Sunday at least `afterDays` days from today on which Berlin switches between CET and CEST. */
function nextDstSunday(afterDays: number): string {
  let date = addDays(new Date().toISOString().slice(0, 10), afterDays);
  for (let i = 0; i < 400; i++, date = addDays(date, 1)) {
    const { start, end } = localDayBounds(date, BERLIN);
    if (end.getTime() - start.getTime() !== 24 * 3_600_000) return date;
  }
  throw new Error('no DST change within 400 days');
}

describe('calendar feeds (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let organizer: SignedInUser;
  let staff: SignedInUser;
  let residentA: SignedInUser;
  let residentB: SignedInUser;
  let roomId: string;
  let roomName: string;
  const tag = uniqueSuffix();
  const titles = {
    series: `Sprachcafé ${tag}`,
    seriesEn: `Language café ${tag}`,
    single: `Nähcafé ${tag}`,
    private: `Vorstandssitzung ${tag}`,
    offered: `Kochkurs ${tag}`,
    other: `Elternabend ${tag}`,
  };
  const walkInName = `Zeynep Walk-in ${tag}`;
  let dst: string;
  /** Local dates of the weekly Sunday series: two weeks before the switch to one week after. */
  let seriesDates: string[];
  let seriesId: string;
  const occurrence: Record<string, string> = {};

  const signedIn = (roles: Role[], displayName: string) =>
    createSignedInUser(app, { password: PASSWORD, roles, displayName });

  async function insertBooking(input: {
    date: string;
    start: string;
    end: string;
    title: string;
    seriesId?: string;
    recurrenceDate?: string;
    isOverride?: boolean;
    status?: string;
  }): Promise<string> {
    const startsAt = zonedInstant(input.date, input.start, BERLIN).toISOString();
    const endsAt = zonedInstant(input.date, input.end, BERLIN).toISOString();
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO room_booking (room_id, organizer_id, title, series_id, recurrence_date, is_override, starts_at,
                                 ends_at, blocked, status)
       VALUES ($1, $2, $3, $4, $5::date, $6, $7, $8, tstzrange($7, $8, '[)'), $9)
       RETURNING id`,
      [
        roomId,
        organizer.user.id,
        input.title,
        input.seriesId ?? null,
        input.recurrenceDate ?? null,
        input.isOverride ?? false,
        startsAt,
        endsAt,
        input.status ?? 'confirmed',
      ],
    );
    return id;
  }

  async function insertEvent(input: {
    title: Record<string, string>;
    isPublic: boolean;
    seriesId?: string;
  }): Promise<string> {
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO booking_event (organizer_id, series_id, title, description, public, capacity)
       VALUES ($1, $2, $3, $4, $5, 20) RETURNING id`,
      [
        organizer.user.id,
        input.seriesId ?? null,
        JSON.stringify(input.title),
        JSON.stringify({ de: 'Offen für alle.', en: 'Open to everyone.' }),
        input.isPublic,
      ],
    );
    return id;
  }

  async function insertOccurrence(
    eventId: string,
    bookingId: string,
    status = 'scheduled',
  ): Promise<string> {
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO event_occurrence (event_id, room_booking_id, room_id, starts_at, ends_at, capacity, status)
       SELECT $1, b.id, b.room_id, b.starts_at, b.ends_at, 20, $3 FROM room_booking b WHERE b.id = $2
       RETURNING id`,
      [eventId, bookingId, status],
    );
    return id;
  }

  /** A single date with an event on it; returns the occurrence id. */
  async function singleDate(
    date: string,
    title: Record<string, string>,
    isPublic: boolean,
  ): Promise<string> {
    const bookingId = await insertBooking({ date, start: '17:00', end: '18:30', title: title.de });
    return insertOccurrence(await insertEvent({ title, isPublic }), bookingId);
  }

  async function register(occurrenceId: string, personId: string | null, contactName?: string) {
    await db.query(
      `INSERT INTO registration (occurrence_id, person_id, contact_name, party_size, channel, status)
       VALUES ($1, $2, $3, 1, $4, 'confirmed')`,
      [occurrenceId, personId, contactName ?? null, personId ? 'web' : 'desk'],
    );
  }

  async function createFeed(
    user: SignedInUser,
    body: Record<string, unknown>,
  ): Promise<CalendarFeedSummary> {
    const response = await app.inject({
      method: 'POST',
      url: feeds,
      headers: user.headers,
      payload: body,
    });
    expect({ status: response.statusCode, body: response.body }).toMatchObject({ status: 201 });
    return response.json<CalendarFeedSummary>();
  }

  /** The path of a feed URL (the test app answers without host). */
  const pathOf = (url: string | undefined) => new URL(url ?? '').pathname;

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    organizer = await signedIn(['organizer'], `Olga Organisatorin ${tag}`);
    staff = await signedIn(['staff'], `Sven Staff ${tag}`);
    residentA = await signedIn(['resident'], `Amina Anwohnerin ${tag}`);
    residentB = await signedIn(['resident'], `Boris Bewohner ${tag}`);
    const room = await createRoom(db, { name: `Großer Saal ${tag}` });
    roomId = room.id;
    roomName = room.name;

    // weekly on Sundays at 17:00 across the DST switch; the switch day cancelled, the week after moved to 18:00
    dst = nextDstSunday(15);
    seriesDates = [-14, -7, 0, 7].map((days) => addDays(dst, days));
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO booking_series (room_id, organizer_id, title, rrule, local_start_date, local_start_time,
                                   local_end_time, materialised_until)
       VALUES ($1, $2, $3, 'FREQ=WEEKLY;INTERVAL=1;BYDAY=SU;COUNT=4', $4, '17:00', '18:30', $5)
       RETURNING id`,
      [roomId, organizer.user.id, titles.series, seriesDates[0], seriesDates[3]],
    );
    seriesId = id;
    const seriesEvent = await insertEvent({
      title: { de: titles.series, en: titles.seriesEn },
      isPublic: true,
      seriesId,
    });
    for (const [i, date] of seriesDates.entries()) {
      const moved = i === 3;
      const bookingId = await insertBooking({
        date,
        start: moved ? '18:00' : '17:00',
        end: moved ? '19:30' : '18:30',
        title: titles.series,
        seriesId,
        recurrenceDate: date,
        isOverride: moved,
      });
      occurrence[`series${i}`] = await insertOccurrence(
        seriesEvent,
        bookingId,
        i === 2 ? 'cancelled' : 'scheduled',
      );
    }

    occurrence['single'] = await singleDate(addDays(dst, 1), { de: titles.single }, true);
    occurrence['private'] = await singleDate(addDays(dst, 2), { de: titles.private }, false);
    occurrence['offered'] = await singleDate(addDays(dst, 3), { de: titles.offered }, true);
    occurrence['other'] = await singleDate(addDays(dst, 4), { de: titles.other }, true);

    await register(occurrence['single'], residentA.user.id);
    await register(occurrence['single'], null, walkInName);
    await register(occurrence['private'], residentA.user.id);
    await register(occurrence['other'], residentB.user.id);
    await db.query(
      `INSERT INTO waitlist_entry (occurrence_id, person_id, party_size, status, offered_seats, offer_expires_at)
       VALUES ($1, $2, 2, 'offered', 2, now() + interval '2 hours')`,
      [occurrence['offered'], residentA.user.id],
    );
  });

  afterAll(async () => {
    await app?.close();
  });

  describe('public feed', () => {
    let content: string[];

    beforeAll(async () => {
      const response = await app.inject({ method: 'GET', url: publicFeed });
      expect({ status: response.statusCode, body: response.body.slice(0, 200) }).toMatchObject({
        status: 200,
      });
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(response.headers['cache-control']).toContain('public');
      content = lines(response.body);
    });

    it('lists public events only, with the room and the house as location', () => {
      expect(content).toContain(`SUMMARY:${titles.series}`);
      expect(content).toContain(`SUMMARY:${titles.single}`);
      expect(content).toContain(`SUMMARY:${titles.other}`);
      expect(content.join('\n')).not.toContain(titles.private);
      expect(content).toContain(`LOCATION:${roomName}\\, Haus der Begegnung Borken`);
    });

    it('carries no names of registrants or organizers', () => {
      const text = content.join('\n');
      for (const name of [walkInName, residentA.user.displayName, organizer.user.displayName]) {
        expect(text).not.toContain(name);
      }
      expect(content.some((line) => /^(ORGANIZER|ATTENDEE)/.test(line))).toBe(false);
    });

    it('writes Europe/Berlin wall times on both sides of the DST switch', () => {
      expect(content).toContain('BEGIN:VTIMEZONE');
      // 17:00 local before the switch (the series' first date) and after it (the single date), although
      // the UTC offsets differ
      expect(content).toContain(`DTSTART;TZID=Europe/Berlin:${basic(seriesDates[0], '17:00')}`);
      expect(content).toContain(`DTSTART;TZID=Europe/Berlin:${basic(addDays(dst, 1), '17:00')}`);
      const offset = (date: string) =>
        zonedInstant(date, '17:00', BERLIN).getTime() - Date.parse(`${date}T17:00:00Z`);
      expect(offset(seriesDates[0])).not.toBe(offset(addDays(dst, 1)));
      expect(content.some((line) => /^DT(START|END):\d{8}T\d{6}Z$/.test(line))).toBe(false);
    });

    it('writes the series as one VEVENT with RRULE, EXDATE for the cancelled date and an override', () => {
      const uid = content.find((line) => line.startsWith('UID:') && line.includes(seriesId));
      expect(uid).toBeDefined();
      expect(content.filter((line) => line === uid)).toHaveLength(2);
      expect(content).toContain(`DTSTART;TZID=Europe/Berlin:${basic(seriesDates[0], '17:00')}`);
      const untilUtc = zonedInstant(seriesDates[3], '17:00', BERLIN)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace('.000', '');
      expect(content).toContain(`RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=SU;UNTIL=${untilUtc}`);
      expect(content).toContain(`EXDATE;TZID=Europe/Berlin:${basic(seriesDates[2], '17:00')}`);
      expect(content).toContain(
        `RECURRENCE-ID;TZID=Europe/Berlin:${basic(seriesDates[3], '17:00')}`,
      );
      expect(content).toContain(`DTSTART;TZID=Europe/Berlin:${basic(seriesDates[3], '18:00')}`);
      expect(content.join('\n')).not.toContain(occurrence['series1']);
    });

    it('uses ?lang= with German as fallback, and refuses unknown languages', async () => {
      const en = lines((await app.inject({ method: 'GET', url: `${publicFeed}?lang=en` })).body);
      expect(en).toContain(`SUMMARY:${titles.seriesEn}`);
      expect(en).toContain(`SUMMARY:${titles.single}`);
      const uk = lines((await app.inject({ method: 'GET', url: `${publicFeed}?lang=uk` })).body);
      expect(uk).toContain(`SUMMARY:${titles.series}`);
      const bad = await app.inject({ method: 'GET', url: `${publicFeed}?lang=xx` });
      expectApiError(bad, 422, 'VALIDATION_FAILED');
    });
  });

  describe('personal feed', () => {
    let feed: CalendarFeedSummary;

    beforeAll(async () => {
      feed = await createFeed(residentA, { kind: 'personal' });
    });

    it('is created with a secret URL shown once; only the SHA-256 of the token is stored', async () => {
      expect(feed).toMatchObject({ kind: 'personal', roomId: null });
      expect(feed.url).toMatch(/\/api\/calendar\/feeds\/[A-Za-z0-9_-]{43}\.ics$/);
      const token =
        pathOf(feed.url)
          .split('/')
          .pop()
          ?.replace(/\.ics$/, '') ?? '';
      const [row]: { token_hash: string }[] = await db.query(
        `SELECT token_hash FROM calendar_feed WHERE id = $1`,
        [feed.id],
      );
      expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));

      const list = await app.inject({ method: 'GET', url: feeds, headers: residentA.headers });
      expect(list.json<CalendarFeedSummary[]>()).toEqual([
        { id: feed.id, kind: 'personal', roomId: null, createdAt: feed.createdAt },
      ]);
    });

    it('shows only the owner’s registrations and offers, privately', async () => {
      const response = await app.inject({ method: 'GET', url: pathOf(feed.url) });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(response.headers['cache-control']).toContain('private');
      const content = lines(response.body);
      expect(content).toContain(`SUMMARY:${titles.single}`);
      expect(content).toContain(`SUMMARY:${titles.private}`);
      expect(content).toContain(`SUMMARY:Platz frei – bitte zusagen: ${titles.offered}`);
      expect(content).toContain(`DTSTART;TZID=Europe/Berlin:${basic(addDays(dst, 1), '17:00')}`);
      const text = content.join('\n');
      expect(text).not.toContain(titles.other);
      expect(text).not.toContain(titles.series);
      expect(text).not.toContain(walkInName);

      const withoutSuffix = await app.inject({
        method: 'GET',
        url: pathOf(feed.url).replace(/\.ics$/, ''),
      });
      expect(withoutSuffix.statusCode).toBe(200);
    });

    it('answers 404 once revoked, and only the owner may revoke', async () => {
      const extra = await createFeed(residentA, { kind: 'personal' });
      const byOther = await app.inject({
        method: 'DELETE',
        url: `${feeds}/${extra.id}`,
        headers: residentB.headers,
      });
      expectApiError(byOther, 404, CalendarFeedErrorCode.FeedNotFound);

      const revoke = await app.inject({
        method: 'DELETE',
        url: `${feeds}/${extra.id}`,
        headers: residentA.headers,
      });
      expect(revoke.statusCode).toBe(204);
      const gone = await app.inject({ method: 'GET', url: pathOf(extra.url) });
      expectApiError(gone, 404, CalendarFeedErrorCode.FeedNotFound);
      const again = await app.inject({
        method: 'DELETE',
        url: `${feeds}/${extra.id}`,
        headers: residentA.headers,
      });
      expectApiError(again, 404, CalendarFeedErrorCode.FeedNotFound);

      // the first feed still works
      expect((await app.inject({ method: 'GET', url: pathOf(feed.url) })).statusCode).toBe(200);
    });

    it('answers 404 for unknown and malformed tokens', async () => {
      const unknown = await app.inject({ method: 'GET', url: `${feeds}/${'A'.repeat(43)}.ics` });
      expectApiError(unknown, 404, CalendarFeedErrorCode.FeedNotFound);
      const malformed = await app.inject({ method: 'GET', url: `${feeds}/nope` });
      expectApiError(malformed, 404, CalendarFeedErrorCode.FeedNotFound);
    });

    it('stops working when the owner is deactivated', async () => {
      const carla = await signedIn(['resident'], `Carla ${tag}`);
      const own = await createFeed(carla, { kind: 'personal' });
      await db.query(`UPDATE user_account SET is_active = false WHERE id = $1`, [carla.user.id]);
      const response = await app.inject({ method: 'GET', url: pathOf(own.url) });
      expectApiError(response, 404, CalendarFeedErrorCode.FeedNotFound);
    });

    it('appears in the owner’s data export without its secret', async () => {
      const response = await app.inject({
        method: 'GET',
        url: PRIVACY_ROUTES.dataExport,
        headers: residentA.headers,
      });
      const { sections } = response.json<PersonalDataExport>();
      expect(sections['calendarFeeds']).toEqual(
        expect.arrayContaining([expect.objectContaining({ id: feed.id, kind: 'personal' })]),
      );
      const token =
        pathOf(feed.url)
          .split('/')
          .pop()
          ?.replace(/\.ics$/, '') ?? '';
      expect(response.body).not.toContain(token);
    });

    it('refuses a room on a personal feed', async () => {
      const response = await app.inject({
        method: 'POST',
        url: feeds,
        headers: residentA.headers,
        payload: { kind: 'personal', roomId },
      });
      expectApiError(response, 422, 'VALIDATION_FAILED');
    });
  });

  describe('room feed', () => {
    it('is for staff only: an organizer gets 403', async () => {
      const response = await app.inject({
        method: 'POST',
        url: feeds,
        headers: organizer.headers,
        payload: { kind: 'room', roomId },
      });
      expectApiError(response, 403, 'FORBIDDEN');
    });

    it('needs a known room', async () => {
      const unknown = await app.inject({
        method: 'POST',
        url: feeds,
        headers: staff.headers,
        payload: { kind: 'room', roomId: '7d7c3a0e-0000-4000-8000-000000000000' },
      });
      expectApiError(unknown, 404, 'ROOM_NOT_FOUND');
      const missing = await app.inject({
        method: 'POST',
        url: feeds,
        headers: staff.headers,
        payload: { kind: 'room' },
      });
      expectApiError(missing, 422, 'VALIDATION_FAILED');
    });

    it('shows every blocking booking of the room with its title', async () => {
      const feed = await createFeed(staff, { kind: 'room', roomId });
      expect(feed).toMatchObject({ kind: 'room', roomId, roomName });
      const response = await app.inject({ method: 'GET', url: pathOf(feed.url) });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toContain('private');
      const content = lines(response.body);
      expect(content).toContain(`SUMMARY:${titles.private}`);
      expect(content).toContain(`SUMMARY:${titles.single}`);
      expect(content.filter((line) => line === `SUMMARY:${titles.series}`)).toHaveLength(4);
      expect(content).toContain(`DTSTART;TZID=Europe/Berlin:${basic(seriesDates[0], '17:00')}`);
      expect(content).toContain(`DTSTART;TZID=Europe/Berlin:${basic(seriesDates[3], '18:00')}`);

      // a staff member who loses the role loses the feed
      await db.query(`UPDATE user_account SET roles = '{resident}' WHERE id = $1`, [staff.user.id]);
      const after = await app.inject({ method: 'GET', url: pathOf(feed.url) });
      expectApiError(after, 404, CalendarFeedErrorCode.FeedNotFound);
      await db.query(`UPDATE user_account SET roles = '{staff}' WHERE id = $1`, [staff.user.id]);
    });
  });

  it('keeps at most the allowed number of active feeds per person', async () => {
    const dora = await signedIn(['resident'], `Dora ${tag}`);
    await db.query(
      `INSERT INTO calendar_feed (owner_id, kind, token_hash)
       SELECT $1, 'personal', md5(random()::text || g) FROM generate_series(1, 10) g`,
      [dora.user.id],
    );
    const response = await app.inject({
      method: 'POST',
      url: feeds,
      headers: dora.headers,
      payload: { kind: 'personal' },
    });
    expectApiError(response, 409, CalendarFeedErrorCode.FeedLimitReached);
  });
});
