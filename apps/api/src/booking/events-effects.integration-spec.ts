import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EventBookingEffects } from '@zusammen/api/booking';
import {
  createIsolatedSchema,
  createRoom,
  createSignedInUser,
  createTestApp,
  expectApiError,
  type IsolatedSchema,
  type SignedInUser,
} from '@zusammen/api/testing';
import {
  BookingErrorCode,
  EVENT_ROUTES,
  EventErrorCode,
  type EventSummary,
  type MyRegistration,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import {
  createEvent,
  createResidents,
  EVENT_SCHEMA_TABLES,
  eventRequest,
  fromNow,
  insertBooking,
  insertSeries,
  notificationsOf,
  registered,
  seatLedger,
} from './events-fixtures';

const PASSWORD = 'Haus-der-Begegnung-2026';
const HOUR_MS = 3600_000;
const { events, publicEvents, myRegistrations } = EVENT_ROUTES;

/**
 * Creating events on bookings and series, the public programme, and what happens to events when the bookings
 * code cancels, moves or adds booking dates (EventBookingEffects, called in its transaction).
 */
describe('Haus der Begegnung: events on bookings, public programme, booking effects (integration)', () => {
  let schema: IsolatedSchema;
  let app: NestFastifyApplication;
  let db: DataSource;
  let effects: EventBookingEffects;
  let staff: SignedInUser;
  let olga: SignedInUser;
  let paul: SignedInUser;

  const post = (url: string, who: SignedInUser, payload?: object) =>
    app.inject({ method: 'POST', url, headers: who.headers, payload });

  beforeAll(async () => {
    schema = await createIsolatedSchema('events_fx', EVENT_SCHEMA_TABLES);
    app = await createTestApp({ imports: [AppModule], env: { DATABASE_URL: schema.url } });
    db = app.get(DataSource);
    effects = app.get(EventBookingEffects);
    staff = await createSignedInUser(app, { password: PASSWORD, roles: ['staff'] });
    olga = await createSignedInUser(app, {
      password: PASSWORD,
      roles: ['organizer'],
      displayName: 'Olga Organisatorin',
    });
    paul = await createSignedInUser(app, { password: PASSWORD, roles: ['organizer'] });
  });

  afterAll(async () => {
    await app?.close();
    await schema?.drop();
  });

  it('creates an event on a booking: owner or staff, capacity ≤ room, one event per booking', async () => {
    const room = await createRoom(db, { capacity: 12 });
    const bookingId = await insertBooking(db, {
      roomId: room.id,
      organizerId: olga.user.id,
      startsAt: fromNow(7),
    });
    expectApiError(
      await post(events, paul, eventRequest(bookingId)),
      404,
      BookingErrorCode.BookingNotFound,
    );
    const tooBig = expectApiError(
      await post(events, olga, eventRequest(bookingId, { capacity: 13 })),
      422,
      EventErrorCode.CapacityExceedsRoom,
    );
    expect(tooBig.details).toEqual({ roomCapacity: 12 });
    expectApiError(
      await post(events, olga, eventRequest(bookingId, { title: { de: '  ' } })),
      422,
      'VALIDATION_FAILED',
    );
    expectApiError(
      await post(events, olga, eventRequest(bookingId, { capacity: 5, minParticipants: 6 })),
      422,
      'VALIDATION_FAILED',
    );
    const event = await createEvent(app, staff.headers, eventRequest(bookingId, { capacity: 12 }));
    expect(event).toMatchObject({ capacity: 12, occurrences: [{ capacity: 12, seatsFree: 12 }] });
    // the organizer of the booking owns it, though staff created it
    const mine = await app.inject({ method: 'GET', url: `${events}/mine`, headers: olga.headers });
    expect(mine.json<EventSummary[]>().map((e) => e.id)).toContain(event.id);
    expect(
      (await app.inject({ method: 'GET', url: `${events}/${event.id}`, headers: paul.headers }))
        .statusCode,
    ).toBe(404);
    expectApiError(
      await post(events, olga, eventRequest(bookingId)),
      409,
      EventErrorCode.EventAlreadyExists,
    );
    // closures and cancelled bookings carry no events
    const cancelled = await insertBooking(db, {
      roomId: room.id,
      organizerId: olga.user.id,
      startsAt: fromNow(8),
      status: 'cancelled',
    });
    expectApiError(
      await post(events, olga, eventRequest(cancelled)),
      422,
      EventErrorCode.BookingNotEligible,
    );
  });

  it('an event on a series booking gets series_id and one date per booking; added() extends it', async () => {
    const room = await createRoom(db, { capacity: 20 });
    const { seriesId, bookingIds } = await insertSeries(db, {
      roomId: room.id,
      organizerId: olga.user.id,
      firstStartsAt: fromNow(3),
      dates: 4,
    });
    const event = await createEvent(
      app,
      olga.headers,
      eventRequest(bookingIds[2], { capacity: 8 }),
    );
    expect(event.occurrences).toHaveLength(4);
    const [row]: { series_id: string }[] = await db.query(
      `SELECT series_id FROM booking_event WHERE id = $1`,
      [event.id],
    );
    expect(row.series_id).toBe(seriesId);
    expectApiError(
      await post(events, olga, eventRequest(bookingIds[0])),
      409,
      EventErrorCode.EventAlreadyExists,
    );

    // the series job materialises two more dates and calls added() — twice, as a retry would
    const more = [
      await insertBooking(db, {
        roomId: room.id,
        organizerId: olga.user.id,
        startsAt: fromNow(31),
        seriesId,
        recurrenceDate: fromNow(31).toISOString().slice(0, 10),
      }),
      await insertBooking(db, {
        roomId: room.id,
        organizerId: olga.user.id,
        startsAt: fromNow(38),
        seriesId,
        recurrenceDate: fromNow(38).toISOString().slice(0, 10),
      }),
    ];
    await db.transaction((manager) => effects.added(manager, more));
    await db.transaction((manager) => effects.added(manager, more));
    const after = await app.inject({
      method: 'GET',
      url: `${events}/${event.id}`,
      headers: olga.headers,
    });
    const occurrences = after.json<EventSummary>().occurrences;
    expect(occurrences).toHaveLength(6);
    expect(occurrences.slice(4).map((o) => o.capacity)).toEqual([8, 8]);
    // a booking outside any event's series gets nothing
    const single = await insertBooking(db, {
      roomId: room.id,
      organizerId: olga.user.id,
      startsAt: fromNow(50),
    });
    await db.transaction((manager) => effects.added(manager, [single]));
    const [{ count }]: { count: number }[] = await db.query(
      `SELECT count(*)::int AS count FROM event_occurrence WHERE room_booking_id = $1`,
      [single],
    );
    expect(count).toBe(0);
  });

  it('cancelled(): dates cancelled, waiting entries closed, registrations kept, everyone notified once', async () => {
    const room = await createRoom(db, { capacity: 5 });
    const bookingId = await insertBooking(db, {
      roomId: room.id,
      organizerId: olga.user.id,
      startsAt: fromNow(6),
    });
    const event = await createEvent(app, olga.headers, eventRequest(bookingId, { capacity: 1 }));
    const occurrenceId = event.occurrences[0].id;
    const [a, b] = await createResidents(app, 2);
    const ra = await registered(app, a.headers, occurrenceId);
    await registered(app, b.headers, occurrenceId);

    // the bookings code cancels the room booking and calls the effect in the same transaction
    await db.transaction(async (manager) => {
      await manager.query(`UPDATE room_booking SET status = 'cancelled' WHERE id = $1`, [
        bookingId,
      ]);
      await effects.cancelled(manager, [bookingId]);
    });
    await db.transaction((manager) => effects.cancelled(manager, [bookingId]));

    const [occurrence] = await db.query(`SELECT status FROM event_occurrence WHERE id = $1`, [
      occurrenceId,
    ]);
    expect(occurrence.status).toBe('cancelled');
    const [registration] = await db.query(`SELECT status FROM registration WHERE id = $1`, [
      ra.registrationId,
    ]);
    expect(registration.status).toBe('confirmed');
    const entries = await db.query(`SELECT status FROM waitlist_entry WHERE occurrence_id = $1`, [
      occurrenceId,
    ]);
    expect(entries).toEqual([{ status: 'closed' }]);
    const notices = await notificationsOf(db, 'event-cancelled', occurrenceId);
    expect(notices.map((n) => n.recipient_id).sort()).toEqual([a.id, b.id].sort());
    expect(notices[0].payload).toMatchObject({ occurrenceId, reason: 'organizer' });
    const reminders = await notificationsOf(db, 'event-reminder', occurrenceId);
    expect(reminders.map((n) => n.status)).toEqual(['cancelled']);
    expect(await seatLedger(db, occurrenceId)).toMatchObject({ seatsTaken: 1, registered: 1 });
  });

  it('moved(): the date follows its booking, everyone is told, the reminder moves', async () => {
    const room = await createRoom(db, { capacity: 5, name: `Großer Saal ${Date.now()}` });
    const other = await createRoom(db, { capacity: 5, name: `Kleiner Saal ${Date.now()}` });
    const startsAt = fromNow(6);
    const bookingId = await insertBooking(db, {
      roomId: room.id,
      organizerId: olga.user.id,
      startsAt,
    });
    const event = await createEvent(app, olga.headers, eventRequest(bookingId, { capacity: 1 }));
    const occurrenceId = event.occurrences[0].id;
    const [a, b] = await createResidents(app, 2);
    const ra = await registered(app, a.headers, occurrenceId);
    await registered(app, b.headers, occurrenceId);

    const newStart = new Date(startsAt.getTime() + 2 * 24 * HOUR_MS + HOUR_MS);
    const newEnd = new Date(newStart.getTime() + 90 * 60_000);
    const move = () =>
      db.transaction(async (manager) => {
        await manager.query(
          `UPDATE room_booking SET room_id = $2, starts_at = $3, ends_at = $4, blocked = tstzrange($3, $4, '[)')
            WHERE id = $1`,
          [bookingId, other.id, newStart.toISOString(), newEnd.toISOString()],
        );
        await effects.moved(manager, [{ bookingId, previousStartsAt: startsAt }]);
      });
    await move();
    await move(); // no change the second time: no new notices

    const [occurrence] = await db.query(
      `SELECT room_id, starts_at, ends_at FROM event_occurrence WHERE id = $1`,
      [occurrenceId],
    );
    expect(occurrence).toEqual({ room_id: other.id, starts_at: newStart, ends_at: newEnd });
    const changed = await notificationsOf(db, 'event-changed', occurrenceId);
    expect(changed.map((n) => n.recipient_id).sort()).toEqual([a.id, b.id].sort());
    expect(changed[0].payload).toMatchObject({
      startsAt: newStart.toISOString(),
      endsAt: newEnd.toISOString(),
      previousStartsAt: startsAt.toISOString(),
      roomName: other.name,
    });
    const reminders = await notificationsOf(db, 'event-reminder', occurrenceId);
    expect(
      reminders.map((n) => ({ status: n.status, at: new Date(n.deliver_after).toISOString() })),
    ).toEqual([
      {
        status: 'cancelled',
        at: new Date(startsAt.getTime() - 24 * HOUR_MS).toISOString(),
      },
      { status: 'pending', at: new Date(newStart.getTime() - 24 * HOUR_MS).toISOString() },
    ]);
    expect(reminders[1].payload).toMatchObject({ registrationId: ra.registrationId });
    const mine = await app.inject({ method: 'GET', url: myRegistrations, headers: a.headers });
    expect(mine.json<MyRegistration[]>()[0].occurrence).toMatchObject({
      roomId: other.id,
      startsAt: newStart.toISOString(),
    });
  });

  it('public programme: public events with scheduled dates from now, seats and waiting counts, never names', async () => {
    const room = await createRoom(db, {
      capacity: 30,
      accessibility: ['step_free', 'hearing_loop'],
    });
    const publicBooking = await insertBooking(db, {
      roomId: room.id,
      organizerId: olga.user.id,
      startsAt: fromNow(4),
    });
    const pendingBooking = await insertBooking(db, {
      roomId: room.id,
      organizerId: olga.user.id,
      startsAt: fromNow(5),
      status: 'pending',
    });
    const privateBooking = await insertBooking(db, {
      roomId: room.id,
      organizerId: olga.user.id,
      startsAt: fromNow(6),
    });
    const visible = await createEvent(
      app,
      olga.headers,
      eventRequest(publicBooking, { capacity: 1, audience: 'families' }),
    );
    const unconfirmed = await createEvent(app, olga.headers, eventRequest(pendingBooking));
    const hidden = await createEvent(
      app,
      olga.headers,
      eventRequest(privateBooking, { public: false }),
    );
    const [a, b] = await createResidents(app, 2);
    await registered(app, a.headers, visible.occurrences[0].id);
    await registered(app, b.headers, visible.occurrences[0].id);

    const list = await app.inject({ method: 'GET', url: `${publicEvents}?audience=families` });
    expect(list.statusCode).toBe(200);
    const programme = list.json<EventSummary[]>();
    const ids = programme.map((event) => event.id);
    expect(ids).toContain(visible.id);
    expect(ids).not.toContain(unconfirmed.id);
    expect(ids).not.toContain(hidden.id);
    const shown = programme.find((event) => event.id === visible.id) as EventSummary;
    expect(shown).toMatchObject({
      roomAccessibility: ['step_free', 'hearing_loop'],
      occurrences: [{ seatsFree: 0, seatsTaken: 1, waitingCount: 1, registrationOpen: true }],
    });
    const body = list.body;
    expect(body).not.toContain('Olga');
    expect(body).not.toContain('Teilnehmerin');
    const all = await app.inject({ method: 'GET', url: publicEvents });
    expect(all.json<EventSummary[]>().map((event) => event.id)).not.toContain(unconfirmed.id);
    const other = await app.inject({ method: 'GET', url: `${publicEvents}?audience=seniors` });
    expect(other.json<EventSummary[]>().map((event) => event.id)).not.toContain(visible.id);

    const detail = await app.inject({ method: 'GET', url: `${publicEvents}/${visible.id}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json<EventSummary>().occurrences).toHaveLength(1);
    expectApiError(
      await app.inject({ method: 'GET', url: `${publicEvents}/${hidden.id}` }),
      404,
      EventErrorCode.EventNotFound,
    );
    expectApiError(
      await app.inject({ method: 'GET', url: `${publicEvents}?from=2026-01-01&to=2030-01-01` }),
      422,
      'VALIDATION_FAILED',
    );
  });
});
