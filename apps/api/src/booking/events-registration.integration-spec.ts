import type { NestFastifyApplication } from '@nestjs/platform-fastify';
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
  EVENT_ROUTES,
  EventErrorCode,
  type CheckInRow,
  type EventSummary,
  type MyRegistration,
  type RegistrationResult,
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
  notificationsOf,
  register,
  registered,
  seatLedger,
} from './events-fixtures';

const PASSWORD = 'Haus-der-Begegnung-2026';
const { occurrences, registrations, myRegistrations } = EVENT_ROUTES;

/**
 * Registration through HTTP against its own copy of the tables: seat counting under 200 concurrent requests,
 * party sizes, one registration per person, the window, idempotency, approval, the desk and the check-in list.
 */
describe('Haus der Begegnung: event registration (integration)', () => {
  let schema: IsolatedSchema;
  let app: NestFastifyApplication;
  let db: DataSource;
  let staff: SignedInUser;
  let olga: SignedInUser;

  /** A confirmed booking of Olga's in a room of `roomCapacity`, and an event on it. */
  async function eventFor(
    overrides: Parameters<typeof eventRequest>[1] = {},
    options: { roomCapacity?: number; startsAt?: Date } = {},
  ): Promise<{ event: EventSummary; occurrenceId: string }> {
    const room = await createRoom(db, { capacity: options.roomCapacity ?? 300 });
    const bookingId = await insertBooking(db, {
      roomId: room.id,
      organizerId: olga.user.id,
      startsAt: options.startsAt ?? fromNow(10),
    });
    const event = await createEvent(app, olga.headers, eventRequest(bookingId, overrides));
    return { event, occurrenceId: event.occurrences[0].id };
  }

  beforeAll(async () => {
    schema = await createIsolatedSchema('events_reg', EVENT_SCHEMA_TABLES);
    app = await createTestApp({ imports: [AppModule], env: { DATABASE_URL: schema.url } });
    db = app.get(DataSource);
    staff = await createSignedInUser(app, {
      password: PASSWORD,
      roles: ['staff'],
      displayName: 'Petra Empfang',
    });
    olga = await createSignedInUser(app, {
      password: PASSWORD,
      roles: ['organizer'],
      displayName: 'Olga Organisatorin',
    });
  });

  afterAll(async () => {
    await app?.close();
    await schema?.drop();
  });

  it('200 concurrent registrations for 10 places: exactly 10 confirmed, 190 waitlisted in arrival order', async () => {
    const { occurrenceId } = await eventFor({ capacity: 10 });
    const people = await createResidents(app, 200);

    const responses = await Promise.all(
      people.map((person) => register(app, person.headers, occurrenceId, { partySize: 1 })),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status !== 201)).toEqual([]);
    const results = responses.map((response) => response.json<RegistrationResult>());
    expect(results.filter((result) => result.outcome === 'registered')).toHaveLength(10);
    expect(results.filter((result) => result.outcome === 'waitlisted')).toHaveLength(190);

    expect(await seatLedger(db, occurrenceId)).toEqual({
      seatsTaken: 10,
      registered: 10,
      offered: 0,
      capacity: 10,
    });
    const [{ confirmed }]: { confirmed: number }[] = await db.query(
      `SELECT count(*)::int AS confirmed FROM registration WHERE occurrence_id = $1 AND status = 'confirmed'`,
      [occurrenceId],
    );
    expect(confirmed).toBe(10);

    // positions 1…190, each equal to the entry's rank by arrival (created_at)
    const positions = results
      .filter((result) => result.outcome === 'waitlisted')
      .map((result) => result.position);
    expect([...positions].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      Array.from({ length: 190 }, (_, index) => index + 1),
    );
    const ranked: { id: string }[] = await db.query(
      `SELECT id FROM waitlist_entry WHERE occurrence_id = $1 ORDER BY created_at, id`,
      [occurrenceId],
    );
    const positionOf = new Map(
      results.map((result) => [result.waitlistEntryId, result.position] as const),
    );
    expect(ranked.map((row) => positionOf.get(row.id))).toEqual(
      Array.from({ length: 190 }, (_, index) => index + 1),
    );
    // the confirmed ones arrived before every waiting one
    const [{ last_confirmed, first_waiting }]: { last_confirmed: Date; first_waiting: Date }[] =
      await db.query(
        `SELECT (SELECT max(created_at) FROM registration WHERE occurrence_id = $1) AS last_confirmed,
                (SELECT min(created_at) FROM waitlist_entry WHERE occurrence_id = $1) AS first_waiting`,
        [occurrenceId],
      );
    expect(new Date(last_confirmed).getTime()).toBeLessThan(new Date(first_waiting).getTime());

    // one notification per person: 10 registered, 190 waitlisted; 10 reminders at start − 24 h
    const confirmations = await notificationsOf(db, 'registration-confirmed', occurrenceId);
    expect(confirmations).toHaveLength(200);
    expect(new Set(confirmations.map((row) => row.recipient_id)).size).toBe(200);
    const reminders = await notificationsOf(db, 'event-reminder', occurrenceId);
    expect(reminders).toHaveLength(10);

    // the person sees their position
    const someone = people[statuses.length - 1];
    const mine = await app.inject({
      method: 'GET',
      url: myRegistrations,
      headers: someone.headers,
    });
    expect(mine.statusCode).toBe(200);
    const [item] = mine.json<MyRegistration[]>();
    const own = results[people.length - 1];
    expect(item).toMatchObject({
      kind: own.outcome === 'waitlisted' ? 'waitlist' : 'registration',
      position: own.position,
    });
  });

  it('concurrent party sizes never oversell', async () => {
    const { occurrenceId } = await eventFor({ capacity: 17, waitlistEnabled: false });
    const people = await createResidents(app, 40);
    const sizes = people.map((_, index) => (index % 4) + 1);
    const responses = await Promise.all(
      people.map((person, index) =>
        register(app, person.headers, occurrenceId, { partySize: sizes[index] }),
      ),
    );
    const accepted = responses
      .map((response, index) => ({ status: response.statusCode, size: sizes[index] }))
      .filter((row) => row.status === 201);
    const refused = responses.filter((response) => response.statusCode !== 201);
    for (const response of refused) expectApiError(response, 409, EventErrorCode.EventFull);
    const seats = accepted.reduce((sum, row) => sum + row.size, 0);
    expect(seats).toBeLessThanOrEqual(17);
    // every refused party was larger than what was left at the end
    const ledger = await seatLedger(db, occurrenceId);
    expect(ledger).toMatchObject({ seatsTaken: seats, registered: seats, offered: 0 });
    const left = 17 - seats;
    for (const [index, response] of responses.entries()) {
      if (response.statusCode !== 201) expect(sizes[index]).toBeGreaterThan(left);
    }
  });

  it('one registration per person; Idempotency-Key replays the first result', async () => {
    const { occurrenceId } = await eventFor({ capacity: 5 });
    const [anna] = await createResidents(app, 1, 'ar');

    const key = { 'idempotency-key': 'anna-1' };
    const first = await register(app, anna.headers, occurrenceId, { partySize: 2 }, key);
    expect(first.statusCode).toBe(201);
    const replay = await register(app, anna.headers, occurrenceId, { partySize: 2 }, key);
    expect(replay.statusCode).toBe(201);
    expect(replay.json()).toEqual(first.json());

    expectApiError(
      await register(app, anna.headers, occurrenceId, { partySize: 1 }),
      409,
      EventErrorCode.AlreadyRegistered,
    );
    expect(await seatLedger(db, occurrenceId)).toMatchObject({ seatsTaken: 2, registered: 2 });
    // the person's locale is stored on the registration
    const [row]: { locale: string; party_size: number }[] = await db.query(
      `SELECT locale, party_size FROM registration WHERE occurrence_id = $1`,
      [occurrenceId],
    );
    expect(row).toEqual({ locale: 'ar', party_size: 2 });

    // the same key for another date is refused
    const other = await eventFor({ capacity: 5 });
    expectApiError(
      await register(app, anna.headers, other.occurrenceId, { partySize: 1 }, key),
      422,
      EventErrorCode.IdempotencyKeyReused,
    );
  });

  it('registration window: not open yet, closed before the start → 422 REGISTRATION_CLOSED', async () => {
    const opensLater = await eventFor({ registrationOpensAt: fromNow(2).toISOString() });
    const [bert] = await createResidents(app, 1);
    const notYet = expectApiError(
      await register(app, bert.headers, opensLater.occurrenceId),
      422,
      EventErrorCode.RegistrationClosed,
    );
    expect(notYet.details).toEqual({ reason: 'not_open_yet' });

    // starts in 3 hours, registration closes 4 hours before
    const closed = await eventFor(
      { registrationClosesMinutesBefore: 240 },
      { startsAt: fromNow(0, 3) },
    );
    const late = expectApiError(
      await register(app, bert.headers, closed.occurrenceId),
      422,
      EventErrorCode.RegistrationClosed,
    );
    expect(late.details).toEqual({ reason: 'closed' });
    expect(closed.event.occurrences[0].registrationOpen).toBe(false);

    // unknown and malformed dates are 404
    expectApiError(
      await register(app, bert.headers, '7d7c3a0e-0000-4000-8000-000000000000'),
      404,
      EventErrorCode.OccurrenceNotFound,
    );
    expectApiError(
      await register(app, bert.headers, 'not-a-uuid'),
      404,
      EventErrorCode.OccurrenceNotFound,
    );
    // party size out of range
    expectApiError(
      await register(app, bert.headers, opensLater.occurrenceId, { partySize: 11 }),
      422,
      'VALIDATION_FAILED',
    );
  });

  it('full without waiting list: 409 EVENT_FULL; waitlist: false is honoured', async () => {
    const { occurrenceId } = await eventFor({ capacity: 1 });
    const [a, b] = await createResidents(app, 2);
    await registered(app, a.headers, occurrenceId);
    const full = expectApiError(
      await register(app, b.headers, occurrenceId, { partySize: 1, waitlist: false }),
      409,
      EventErrorCode.EventFull,
    );
    expect(full.details).toEqual({ seatsFree: 0 });
    const joined = await registered(app, b.headers, occurrenceId);
    expect(joined).toMatchObject({ outcome: 'waitlisted', position: 1 });
  });

  it('events needing approval: requested holds seats until the owner decides', async () => {
    const { occurrenceId } = await eventFor({ capacity: 2, requiresApproval: true });
    const [a, b] = await createResidents(app, 2);
    const ra = await registered(app, a.headers, occurrenceId);
    const rb = await registered(app, b.headers, occurrenceId);
    expect(ra.outcome).toBe('requested');
    expect(await seatLedger(db, occurrenceId)).toMatchObject({ seatsTaken: 2 });
    // no reminder while requested
    expect(await notificationsOf(db, 'event-reminder', occurrenceId)).toHaveLength(0);

    const decide = (id: string, decision: 'confirm' | 'decline', who = olga) =>
      app.inject({
        method: 'POST',
        url: `${registrations}/${id}/decision`,
        headers: who.headers,
        payload: { decision },
      });
    const confirmed = await decide(ra.registrationId as string, 'confirm');
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json<CheckInRow>()).toMatchObject({ status: 'confirmed', partySize: 1 });
    expect(await notificationsOf(db, 'event-reminder', occurrenceId)).toHaveLength(1);
    expectApiError(
      await decide(ra.registrationId as string, 'decline'),
      409,
      EventErrorCode.StateChanged,
    );

    // another organizer cannot decide
    const paul = await createSignedInUser(app, { password: PASSWORD, roles: ['organizer'] });
    expectApiError(
      await decide(rb.registrationId as string, 'confirm', paul),
      404,
      EventErrorCode.RegistrationNotFound,
    );
    const declined = await decide(rb.registrationId as string, 'decline', staff);
    expect(declined.json<CheckInRow>()).toMatchObject({ status: 'declined' });
    expect(await seatLedger(db, occurrenceId)).toMatchObject({ seatsTaken: 1, registered: 1 });
  });

  it('desk registration without account (audited), check-in list and check-in', async () => {
    const { occurrenceId } = await eventFor({ capacity: 4, requiresApproval: true });
    const desk = await app.inject({
      method: 'POST',
      url: `${occurrences}/${occurrenceId}/desk-registrations`,
      headers: { ...staff.headers, 'idempotency-key': 'desk-1' },
      payload: { name: 'Amina K.', phone: '+49 2861 12345', partySize: 3, locale: 'fa' },
    });
    expect(desk.statusCode).toBe(201);
    const result = desk.json<RegistrationResult>();
    // staff confirm directly, even where approval is needed
    expect(result).toMatchObject({ outcome: 'registered', position: null });
    const again = await app.inject({
      method: 'POST',
      url: `${occurrences}/${occurrenceId}/desk-registrations`,
      headers: { ...staff.headers, 'idempotency-key': 'desk-1' },
      payload: { name: 'Amina K.', phone: '+49 2861 12345', partySize: 3, locale: 'fa' },
    });
    expect(again.json()).toEqual(result);

    const [row]: Record<string, unknown>[] = await db.query(
      `SELECT person_id, contact_name, contact_phone, channel, locale, status, created_by_id
         FROM registration WHERE id = $1`,
      [result.registrationId],
    );
    expect(row).toEqual({
      person_id: null,
      contact_name: 'Amina K.',
      contact_phone: '+49 2861 12345',
      channel: 'desk',
      locale: 'fa',
      status: 'confirmed',
      created_by_id: staff.user.id,
    });
    const audit: { actor_id: string; details: Record<string, unknown> }[] = await db.query(
      `SELECT actor_id, details FROM audit_event WHERE action = 'event.desk-registration' AND subject_id = $1`,
      [result.registrationId],
    );
    expect(audit).toEqual([
      {
        actor_id: staff.user.id,
        details: expect.objectContaining({ occurrenceId, partySize: 3, hasPhone: true }),
      },
    ]);
    expect(JSON.stringify(audit)).not.toContain('Amina');
    // no notification for a walk-in without account
    expect(await notificationsOf(db, 'registration-confirmed', occurrenceId)).toHaveLength(0);

    // residents may not register at the desk
    const [resident] = await createResidents(app, 1);
    const forbidden = await app.inject({
      method: 'POST',
      url: `${occurrences}/${occurrenceId}/desk-registrations`,
      headers: resident.headers,
      payload: { name: 'X', partySize: 1, locale: 'de' },
    });
    expect(forbidden.statusCode).toBe(403);

    const list = await app.inject({
      method: 'GET',
      url: `${occurrences}/${occurrenceId}/check-in`,
      headers: olga.headers,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json<CheckInRow[]>()).toEqual([
      {
        registrationId: result.registrationId,
        name: 'Amina K.',
        phone: '+49 2861 12345',
        partySize: 3,
        channel: 'desk',
        status: 'confirmed',
        checkedInAt: null,
      },
    ]);
    const checkIn = () =>
      app.inject({
        method: 'POST',
        url: `${registrations}/${result.registrationId}/check-in`,
        headers: olga.headers,
      });
    const first = await checkIn();
    expect(first.statusCode).toBe(200);
    const checked = first.json<CheckInRow>();
    expect(checked).toMatchObject({ status: 'checked_in', checkedInAt: expect.any(String) });
    expect((await checkIn()).json<CheckInRow>()).toEqual(checked);
    // a checked-in registration cannot be cancelled any more
    expectApiError(
      await app.inject({
        method: 'POST',
        url: `${registrations}/${result.registrationId}/cancel`,
        headers: staff.headers,
      }),
      409,
      EventErrorCode.StateChanged,
    );
  });

  it('cancel a registration: seats back; only the person or staff', async () => {
    const { occurrenceId } = await eventFor({ capacity: 3 });
    const [a, b] = await createResidents(app, 2);
    const ra = await registered(app, a.headers, occurrenceId, 2);
    const cancel = (who: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: `${registrations}/${ra.registrationId}/cancel`,
        headers: who,
      });
    expectApiError(await cancel(b.headers), 404, EventErrorCode.RegistrationNotFound);
    const done = await cancel(a.headers);
    expect(done.statusCode).toBe(200);
    expect(done.json<MyRegistration>()).toMatchObject({ status: 'cancelled', partySize: 2 });
    expect(await seatLedger(db, occurrenceId)).toMatchObject({ seatsTaken: 0, registered: 0 });
    // the reminder is cancelled with it
    const reminders = await notificationsOf(db, 'event-reminder', occurrenceId);
    expect(reminders.map((row) => row.status)).toEqual(['cancelled']);
    // and the person may register again
    expect((await registered(app, a.headers, occurrenceId)).outcome).toBe('registered');
  });

  it('the reminder is due 24 h before the start, and skipped when that has passed', async () => {
    const soon = await eventFor({}, { startsAt: fromNow(0, 20) });
    const later = await eventFor({}, { startsAt: fromNow(5) });
    const [a] = await createResidents(app, 1);
    await registered(app, a.headers, soon.occurrenceId);
    await registered(app, a.headers, later.occurrenceId);
    expect(await notificationsOf(db, 'event-reminder', soon.occurrenceId)).toHaveLength(0);
    const [reminder] = await notificationsOf(db, 'event-reminder', later.occurrenceId);
    expect(new Date(reminder.deliver_after).toISOString()).toBe(
      new Date(
        new Date(later.event.occurrences[0].startsAt).getTime() - 24 * 3600_000,
      ).toISOString(),
    );
    expect(reminder.recipient_id).toBe(a.id);
  });

  it('a date locked longer than the lock timeout answers 503 SEATS_BUSY with a retry hint', async () => {
    const { occurrenceId } = await eventFor({ capacity: 5 });
    const [a] = await createResidents(app, 1);
    const blocker = db.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    try {
      await blocker.query(`SELECT id FROM event_occurrence WHERE id = $1 FOR UPDATE`, [
        occurrenceId,
      ]);
      const started = Date.now();
      const busy = expectApiError(
        await register(app, a.headers, occurrenceId),
        503,
        EventErrorCode.SeatsBusy,
      );
      expect(busy.details).toEqual({ retryAfterSeconds: 2 });
      expect(Date.now() - started).toBeGreaterThanOrEqual(2_900);
    } finally {
      await blocker.rollbackTransaction();
      await blocker.release();
    }
    expect((await registered(app, a.headers, occurrenceId)).outcome).toBe('registered');
    expect(await seatLedger(db, occurrenceId)).toMatchObject({ seatsTaken: 1 });
  });
});
