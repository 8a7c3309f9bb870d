import type { NestFastifyApplication } from '@nestjs/platform-fastify';
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
  type BookingConflict,
  type BookingCreated,
  type BookingRequest,
  type FreeSlot,
  type OpeningHours,
  type OrganizerQuotaRow,
  type QuotaWeekExcess,
  type RoomAvailability,
  type RoomBookingSummary,
  type RoomDetail,
} from '@zusammen/shared/contracts';
import { addDays, isoWeekday, localDateOf, zonedInstant } from '@zusammen/shared/util';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';

const PASSWORD = 'Haus-der-Begegnung-2026';
const { bookings, rooms, availability, quotas } = BOOKING_ROUTES;
const ALL_WEEK: OpeningHours[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  opens: '07:00',
  closes: '23:00',
}));

const today = localDateOf(new Date(), BOOKING_TIME_ZONE);
/** The local date of `weekday` (1 = Monday) `weeks` weeks after this week. */
const dateIn = (weeks: number, weekday: number): string =>
  addDays(addDays(today, 1 - isoWeekday(today)), weeks * 7 + weekday - 1);
const at = (date: string, time: string): string =>
  zonedInstant(date, time, BOOKING_TIME_ZONE).toISOString();

describe('Haus der Begegnung: room bookings (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let staff: SignedInUser;
  let olga: SignedInUser;
  let paul: SignedInUser;

  const signedIn = (roles: ('organizer' | 'staff' | 'resident')[], displayName: string) =>
    createSignedInUser(app, { password: PASSWORD, roles, displayName });

  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    who: SignedInUser,
    payload?: object,
    headers: Record<string, string> = {},
  ) => app.inject({ method, url, headers: { ...who.headers, ...headers }, payload });

  /** A room open every day 07:00–23:00 that organizers may book two years ahead. */
  async function openRoom(
    overrides: RoomOverrides & { maxDaysAhead?: number; keyLocation?: string } = {},
  ): Promise<string> {
    const { maxDaysAhead, keyLocation, ...roomOverrides } = overrides;
    const room = await createRoom(db, roomOverrides);
    await db.query(
      `UPDATE room SET opening_hours = $2::jsonb, max_days_ahead = $3, key_location = $4 WHERE id = $1`,
      [room.id, JSON.stringify(ALL_WEEK), maxDaysAhead ?? 730, keyLocation ?? null],
    );
    return room.id;
  }

  const book = (
    who: SignedInUser,
    body: Partial<BookingRequest>,
    headers?: Record<string, string>,
  ) => call('POST', bookings, who, { title: 'Sprachcafé', ...body }, headers);

  async function booked(who: SignedInUser, body: Partial<BookingRequest>): Promise<BookingCreated> {
    const response = await book(who, body);
    // the body in the failure message when it is not 201
    expect(response.statusCode === 201 ? 201 : `${response.statusCode} ${response.body}`).toBe(201);
    return response.json<BookingCreated>();
  }

  const rowsOfRoom = async (roomId: string) =>
    db.query(
      `SELECT id, status, lower(blocked) AS blocked_from, upper(blocked) AS blocked_until
         FROM room_booking WHERE room_id = $1 ORDER BY starts_at`,
      [roomId],
    );

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    staff = await signedIn(['staff'], 'Hanna Hausleitung');
    olga = await signedIn(['organizer'], 'Olga Organisatorin');
    paul = await signedIn(['organizer'], 'Paul Plan');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('books a date with its buffers: back-to-back ranges are allowed, an overlap of the buffers is 409 with the conflict and free slots', async () => {
    const roomId = await openRoom({ setupMinutes: 30, teardownMinutes: 15 });
    const date = dateIn(3, 2);
    const first = await booked(olga, { roomId, date, startTime: '10:00', endTime: '12:00' });
    expect(first.seriesId).toBeNull();
    expect(first.bookings).toEqual([
      expect.objectContaining({
        roomId,
        kind: 'booking',
        title: 'Sprachcafé',
        status: 'confirmed',
        startsAt: at(date, '10:00'),
        endsAt: at(date, '12:00'),
        blockedFrom: at(date, '09:30'),
        blockedUntil: at(date, '12:15'),
        organizerId: olga.user.id,
        organizerName: 'Olga Organisatorin',
        seriesId: null,
        isOverride: false,
      }),
    ]);

    // blocked [12:15, 14:15) touches [09:30, 12:15): half-open ranges, no overlap
    await booked(paul, { roomId, date, startTime: '12:45', endTime: '14:00' });

    const clash = expectApiError(
      await book(paul, { roomId, date, startTime: '07:30', endTime: '09:45' }),
      409,
      'ROOM_ALREADY_BOOKED',
    );
    const details = clash.details as { conflicts: BookingConflict[]; freeSlots: FreeSlot[] };
    expect(details.conflicts).toEqual([
      {
        date,
        startsAt: at(date, '07:30'),
        endsAt: at(date, '09:45'),
        conflictStartsAt: at(date, '09:30'),
        conflictEndsAt: at(date, '12:15'),
        conflictKind: 'booking',
        // Olga's booking: Paul only learns that the room is taken
        conflictTitle: null,
      },
    ]);
    expect(details.freeSlots.length).toBeGreaterThan(0);
    const [firstFree] = details.freeSlots;
    expect(firstFree.roomId).toBe(roomId);
    expect(new Date(firstFree.endsAt).getTime() - new Date(firstFree.startsAt).getTime()).toBe(
      135 * 60_000,
    );
    // the offered slot really is free: booking it succeeds
    await booked(paul, {
      roomId,
      date: localDateOf(new Date(firstFree.startsAt), BOOKING_TIME_ZONE),
      startTime: new Intl.DateTimeFormat('en-GB', {
        timeZone: BOOKING_TIME_ZONE,
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(firstFree.startsAt)),
      endTime: new Intl.DateTimeFormat('en-GB', {
        timeZone: BOOKING_TIME_ZONE,
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(firstFree.endsAt)),
    });
    // another room that is free at that time is offered too
    const otherRoom = await openRoom();
    const again = expectApiError(
      await book(paul, { roomId, date, startTime: '10:00', endTime: '11:00' }),
      409,
      'ROOM_ALREADY_BOOKED',
    );
    expect((again.details as { freeSlots: FreeSlot[] }).freeSlots).toContainEqual({
      roomId: otherRoom,
      startsAt: at(date, '10:00'),
      endsAt: at(date, '11:00'),
    });
  });

  it('without buffers one booking may end exactly when the next begins', async () => {
    const roomId = await openRoom();
    const date = dateIn(3, 3);
    await booked(olga, { roomId, date, startTime: '10:00', endTime: '12:00' });
    await booked(paul, { roomId, date, startTime: '12:00', endTime: '14:00' });
    await booked(paul, { roomId, date, startTime: '08:00', endTime: '10:00' });
    expectApiError(
      await book(paul, { roomId, date, startTime: '11:59', endTime: '12:30' }),
      409,
      'ROOM_ALREADY_BOOKED',
    );
    expect(await rowsOfRoom(roomId)).toHaveLength(3);
  });

  it('expires a stale hold of the room in the same transaction instead of refusing the slot', async () => {
    const roomId = await openRoom();
    const date = dateIn(3, 5);
    const [stale] = await db.query(
      `INSERT INTO room_booking (room_id, kind, organizer_id, title, starts_at, ends_at, blocked, status, hold_expires_at)
       VALUES ($1, 'booking', $2, 'Vorgemerkt', $3, $4, tstzrange($3, $4, '[)'), 'held', now() - interval '1 minute')
       RETURNING id`,
      [roomId, paul.user.id, at(date, '10:00'), at(date, '12:00')],
    );
    const [fresh] = await db.query(
      `INSERT INTO room_booking (room_id, kind, organizer_id, title, starts_at, ends_at, blocked, status, hold_expires_at)
       VALUES ($1, 'booking', $2, 'Vorgemerkt', $3, $4, tstzrange($3, $4, '[)'), 'held', now() + interval '15 minutes')
       RETURNING id`,
      [roomId, paul.user.id, at(date, '14:00'), at(date, '16:00')],
    );
    await booked(olga, { roomId, date, startTime: '10:00', endTime: '12:00' });
    expectApiError(
      await book(olga, { roomId, date, startTime: '14:00', endTime: '15:00' }),
      409,
      'ROOM_ALREADY_BOOKED',
    );
    const states = await db.query(
      `SELECT id, status, hold_expires_at IS NULL AS released FROM room_booking WHERE id = ANY($1::uuid[])`,
      [[stale.id, fresh.id]],
    );
    expect(states).toEqual(
      expect.arrayContaining([
        { id: stale.id, status: 'expired', released: true },
        { id: fresh.id, status: 'held', released: false },
      ]),
    );
  });

  it('refuses dates outside the opening hours, in the past or beyond the horizon, and bad requests, each with { code, message }', async () => {
    const roomId = await openRoom({ maxDaysAhead: 30 });
    const date = dateIn(2, 1);
    const closed = expectApiError(
      await book(olga, { roomId, date, startTime: '06:00', endTime: '08:00' }),
      422,
      'OUTSIDE_OPENING_HOURS',
    );
    expect((closed.details as { conflicts: BookingConflict[] }).conflicts).toEqual([
      expect.objectContaining({ date, conflictKind: 'closed' }),
    ]);
    expectApiError(
      await book(olga, { roomId, date: addDays(today, -1), startTime: '10:00', endTime: '11:00' }),
      422,
      'IN_THE_PAST',
    );
    const far = expectApiError(
      await book(olga, { roomId, date: addDays(today, 40), startTime: '10:00', endTime: '11:00' }),
      422,
      'TOO_FAR_AHEAD',
    );
    expect(far.details).toEqual({ latestDate: addDays(today, 30) });
    // staff are not bound by the horizon
    await booked(staff, { roomId, date: addDays(today, 40), startTime: '10:00', endTime: '11:00' });

    expectApiError(
      await book(olga, { roomId, date, startTime: '12:00', endTime: '11:00' }),
      422,
      'VALIDATION_FAILED',
    );
    expectApiError(
      await book(olga, { roomId, date: '2027-02-30', startTime: '10:00', endTime: '11:00' }),
      422,
      'VALIDATION_FAILED',
    );
    expectApiError(
      await book(olga, { roomId, date, startTime: '10:00', endTime: '11:00', title: '' }),
      422,
      'VALIDATION_FAILED',
    );
    expectApiError(
      await book(olga, {
        roomId: '7d7c3a0e-0000-4000-8000-000000000000',
        date,
        startTime: '10:00',
        endTime: '11:00',
      }),
      404,
      'ROOM_NOT_FOUND',
    );
    expectApiError(
      await book(olga, { roomId, date, startTime: '10:00', endTime: '11:00', kind: 'blackout' }),
      403,
      'FORBIDDEN',
    );
    expectApiError(
      await book(olga, {
        roomId,
        date,
        startTime: '10:00',
        endTime: '11:00',
        organizerId: paul.user.id,
      }),
      403,
      'FORBIDDEN',
    );
    const resident = await signedIn(['resident'], 'Rita Resident');
    expectApiError(
      await book(resident, { roomId, date, startTime: '10:00', endTime: '11:00' }),
      403,
      'FORBIDDEN',
    );
    expect(await rowsOfRoom(roomId)).toHaveLength(1);
  });

  it('staff close a room (no organizer, title visible to everyone) and book for an organizer, both audited', async () => {
    const roomId = await openRoom({ requiresApproval: true });
    const date = dateIn(4, 4);
    const closure = await booked(staff, {
      roomId,
      date,
      startTime: '07:00',
      endTime: '12:00',
      kind: 'blackout',
      title: 'Grundreinigung',
    });
    expect(closure.bookings[0]).toMatchObject({
      kind: 'blackout',
      status: 'confirmed',
      organizerId: null,
      blockedFrom: at(date, '07:00'),
    });
    const forOlga = await booked(staff, {
      roomId,
      date,
      startTime: '13:00',
      endTime: '15:00',
      organizerId: olga.user.id,
    });
    // staff booking for an organizer needs no approval
    expect(forOlga.bookings[0]).toMatchObject({ status: 'confirmed', organizerId: olga.user.id });
    const resident = await signedIn(['resident'], 'Keine Veranstalterin');
    expectApiError(
      await book(staff, {
        roomId,
        date,
        startTime: '18:00',
        endTime: '19:00',
        organizerId: resident.user.id,
      }),
      422,
      'ORGANIZER_NOT_FOUND',
    );

    const audit = await db.query(
      `SELECT action, subject_type, details FROM audit_event WHERE actor_id = $1 AND details->>'roomId' = $2
        ORDER BY occurred_at`,
      [staff.user.id, roomId],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'booking.closure-created',
      'booking.created-for',
    ]);

    const view = await call(
      'GET',
      `${availability}?roomId=${roomId}&from=${date}&to=${date}`,
      paul,
    );
    expect(view.statusCode).toBe(200);
    const [roomView] = view.json<RoomAvailability[]>();
    expect(roomView.bookings.map((b) => [b.kind, b.title, b.organizerName])).toEqual([
      ['blackout', 'Grundreinigung', null],
      ['booking', '', null],
    ]);
    expect(roomView.bookings[1].busyOnly).toBe(true);
  });

  it('shows the calendar with one query for all bookings: own titles, others as busy, staff everything', async () => {
    const roomA = await openRoom({ name: `Gruppenraum ${Date.now()}` });
    const roomB = await openRoom();
    const date = dateIn(5, 1);
    await booked(olga, {
      roomId: roomA,
      date,
      startTime: '10:00',
      endTime: '11:00',
      title: 'Olgas Kurs',
    });
    await booked(paul, {
      roomId: roomA,
      date,
      startTime: '11:00',
      endTime: '12:00',
      title: 'Pauls Treffen',
    });
    await booked(paul, {
      roomId: roomB,
      date: addDays(date, 1),
      startTime: '09:00',
      endTime: '10:00',
    });
    // outside the range
    await booked(paul, {
      roomId: roomB,
      date: addDays(date, 8),
      startTime: '09:00',
      endTime: '10:00',
    });

    const asOlga = await call('GET', `${availability}?from=${date}&to=${addDays(date, 6)}`, olga);
    expect(asOlga.statusCode).toBe(200);
    const list = asOlga.json<RoomAvailability[]>();
    const a = list.find((r) => r.room.id === roomA);
    const b = list.find((r) => r.room.id === roomB);
    expect(a?.bookings.map((x) => [x.title, x.organizerId, x.busyOnly ?? false])).toEqual([
      ['Olgas Kurs', olga.user.id, false],
      ['', null, true],
    ]);
    expect(b?.bookings).toHaveLength(1);
    expect(a?.room).toMatchObject({ openingHours: ALL_WEEK, maxDaysAhead: 730, keyLocation: null });

    const asStaff = await call(
      'GET',
      `${availability}?roomId=${roomA}&from=${date}&to=${date}`,
      staff,
    );
    expect(asStaff.json<RoomAvailability[]>()[0].bookings.map((x) => x.title)).toEqual([
      'Olgas Kurs',
      'Pauls Treffen',
    ]);
    expectApiError(
      await call('GET', `${availability}?from=${date}&to=${addDays(date, 90)}`, olga),
      422,
      'VALIDATION_FAILED',
    );
    expectApiError(
      await call('GET', `${availability}?from=gestern`, olga),
      422,
      'VALIDATION_FAILED',
    );
  });

  it('lists own bookings, hides others’ single bookings (404) and lets staff see every one', async () => {
    const roomId = await openRoom();
    const date = dateIn(6, 2);
    const mine = await booked(olga, { roomId, date, startTime: '10:00', endTime: '11:00' });
    const id = mine.bookings[0].id;
    const list = await call('GET', `${bookings}/mine?from=${date}&to=${date}`, olga);
    expect(list.json<RoomBookingSummary[]>().map((b) => b.id)).toContain(id);
    const paulsList = await call('GET', `${bookings}/mine?from=${date}&to=${date}`, paul);
    expect(paulsList.json<RoomBookingSummary[]>().map((b) => b.id)).not.toContain(id);
    expect((await call('GET', `${bookings}/${id}`, olga)).json()).toMatchObject({
      id,
      title: 'Sprachcafé',
    });
    expectApiError(await call('GET', `${bookings}/${id}`, paul), 404, 'BOOKING_NOT_FOUND');
    expectApiError(await call('GET', `${bookings}/kein-uuid`, olga), 404, 'BOOKING_NOT_FOUND');
    expect((await call('GET', `${bookings}/${id}`, staff)).statusCode).toBe(200);
    expectApiError(await call('GET', `${bookings}?status=pending`, olga), 403, 'FORBIDDEN');
  });

  it('replays a request with the same Idempotency-Key (also concurrently) instead of booking twice', async () => {
    const roomId = await openRoom();
    const date = dateIn(7, 3);
    const body = { roomId, date, startTime: '10:00', endTime: '11:00' };
    const key = { 'idempotency-key': `booking-${Date.now()}` };
    const first = await book(olga, body, key);
    expect(first.statusCode).toBe(201);
    const again = await book(olga, body, key);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    // another key for the same slot is a new request, and the room is taken
    expectApiError(
      await book(olga, body, { 'idempotency-key': `other-${Date.now()}` }),
      409,
      'ROOM_ALREADY_BOOKED',
    );
    // the key is per person: Paul's request with Olga's key is his own (and also conflicts)
    expectApiError(await book(paul, body, key), 409, 'ROOM_ALREADY_BOOKED');

    const concurrentKey = { 'idempotency-key': `concurrent-${Date.now()}` };
    const concurrent = await Promise.all(
      Array.from({ length: 8 }, () =>
        book(paul, { ...body, startTime: '14:00', endTime: '15:00' }, concurrentKey),
      ),
    );
    expect(concurrent.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    expect(new Set(concurrent.map((r) => r.json<BookingCreated>().bookings[0].id)).size).toBe(1);
    expect(await rowsOfRoom(roomId)).toHaveLength(2);
    expectApiError(
      await book(olga, body, { 'idempotency-key': 'mit leerzeichen' }),
      422,
      'VALIDATION_FAILED',
    );
  });

  describe('approval', () => {
    it('a room that needs approval gets a pending request; staff confirm it (notification and audit) or reject it with a reason', async () => {
      const roomId = await openRoom({ requiresApproval: true });
      const date = dateIn(8, 1);
      const request = await booked(olga, { roomId, date, startTime: '18:00', endTime: '20:00' });
      const id = request.bookings[0].id;
      expect(request.bookings[0].status).toBe('pending');

      const pending = await call(
        'GET',
        `${bookings}?status=pending&from=${date}&to=${date}`,
        staff,
      );
      expect(pending.json<RoomBookingSummary[]>().map((b) => b.id)).toContain(id);

      expectApiError(
        await call('POST', `${bookings}/${id}/decision`, olga, { decision: 'confirm' }),
        403,
        'FORBIDDEN',
      );
      expectApiError(
        await call('POST', `${bookings}/${id}/decision`, staff, {
          decision: 'reject',
          reason: '  ',
        }),
        422,
        'REASON_REQUIRED',
      );
      const confirmed = await call('POST', `${bookings}/${id}/decision`, staff, {
        decision: 'confirm',
      });
      expect(confirmed.statusCode).toBe(200);
      expect(confirmed.json<RoomBookingSummary[]>()).toEqual([
        expect.objectContaining({ id, status: 'confirmed' }),
      ]);
      const [notification] = await db.query(
        `SELECT type, recipient_id, payload FROM notification WHERE idempotency_key = $1`,
        [`booking-decision/${id}/confirmed`],
      );
      expect(notification).toMatchObject({
        type: 'booking-decision',
        recipient_id: olga.user.id,
        payload: {
          bookingId: id,
          seriesId: null,
          decision: 'confirmed',
          startsAt: at(date, '18:00'),
          dateCount: 1,
          reasonGiven: false,
        },
      });
      const [audit] = await db.query(
        `SELECT action, actor_id FROM audit_event WHERE subject_id = $1 AND action LIKE 'booking.%'`,
        [id],
      );
      expect(audit).toEqual({ action: 'booking.confirmed', actor_id: staff.user.id });
      expectApiError(
        await call('POST', `${bookings}/${id}/decision`, staff, { decision: 'confirm' }),
        409,
        'BOOKING_STATE_CHANGED',
      );

      const second = await booked(paul, { roomId, date, startTime: '10:00', endTime: '11:00' });
      const rejected = await call('POST', `${bookings}/${second.bookings[0].id}/decision`, staff, {
        decision: 'reject',
        reason: 'Raum wird renoviert',
      });
      expect(rejected.json<RoomBookingSummary[]>()[0]).toMatchObject({
        status: 'rejected',
        decisionReason: 'Raum wird renoviert',
      });
      // a rejected request no longer blocks the room
      await booked(olga, { roomId, date, startTime: '10:00', endTime: '11:00' });
    });

    it('two staff deciding the same request at once: exactly one wins, the other gets 409 BOOKING_STATE_CHANGED', async () => {
      const roomId = await openRoom({ requiresApproval: true });
      const otherStaff = await signedIn(['staff'], 'Sven Stellvertretung');
      for (let round = 0; round < 5; round++) {
        const request = await booked(olga, {
          roomId,
          date: dateIn(9, 1),
          startTime: `${String(8 + round * 2).padStart(2, '0')}:00`,
          endTime: `${String(9 + round * 2).padStart(2, '0')}:00`,
        });
        const id = request.bookings[0].id;
        const answers = await Promise.all([
          call('POST', `${bookings}/${id}/decision`, staff, { decision: 'confirm' }),
          call('POST', `${bookings}/${id}/decision`, otherStaff, {
            decision: 'reject',
            reason: 'Doppelt',
          }),
        ]);
        expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
        const loser = answers.find((a) => a.statusCode === 409);
        expect(loser?.json()).toMatchObject({
          code: 'BOOKING_STATE_CHANGED',
          message: expect.any(String),
        });
        const notifications = await db.query(
          `SELECT count(*)::int AS n FROM notification WHERE idempotency_key LIKE $1`,
          [`booking-decision/${id}/%`],
        );
        expect(notifications[0].n).toBe(1);
      }
    });
  });

  describe('rooms', () => {
    it('lists rooms for organizers (no key location) and lets staff change settings without touching existing bookings', async () => {
      const roomId = await openRoom({
        setupMinutes: 15,
        teardownMinutes: 15,
        keyLocation: 'Schlüsselkasten 4711',
      });
      const date = dateIn(10, 2);
      const before = await booked(olga, { roomId, date, startTime: '10:00', endTime: '11:00' });
      expect(before.bookings[0].blockedFrom).toBe(at(date, '09:45'));

      const list = await call('GET', rooms, olga);
      expect(list.json<RoomDetail[]>().find((r) => r.id === roomId)).toMatchObject({
        setupMinutes: 15,
        keyLocation: null,
      });
      expectApiError(
        await call('PATCH', `${rooms}/${roomId}`, olga, { setupMinutes: 0 }),
        403,
        'FORBIDDEN',
      );

      const hours: OpeningHours[] = [
        { weekday: 2, opens: '14:00', closes: '22:00' },
        { weekday: 2, opens: '08:00', closes: '12:00' },
      ];
      const patched = await call('PATCH', `${rooms}/${roomId}`, staff, {
        setupMinutes: 60,
        teardownMinutes: 0,
        requiresApproval: true,
        openingHours: hours,
        maxDaysAhead: 120,
        keyLocation: '  Empfang  ',
      });
      expect(patched.statusCode).toBe(200);
      expect(patched.json<RoomDetail>()).toMatchObject({
        setupMinutes: 60,
        teardownMinutes: 0,
        requiresApproval: true,
        openingHours: [hours[1], hours[0]],
        maxDaysAhead: 120,
        keyLocation: 'Empfang',
      });
      // invariant 4: the existing booking keeps the buffers it was created with
      const [row] = await rowsOfRoom(roomId);
      expect(new Date(row.blocked_from).toISOString()).toBe(at(date, '09:45'));
      expect(new Date(row.blocked_until).toISOString()).toBe(at(date, '11:15'));
      // a new booking gets the new buffers (and the new approval rule)
      const after = await booked(paul, { roomId, date, startTime: '16:00', endTime: '17:00' });
      expect(after.bookings[0]).toMatchObject({
        status: 'pending',
        blockedFrom: at(date, '15:00'),
        blockedUntil: at(date, '17:00'),
      });
      // Tuesday 12:00–14:00 is now closed
      expectApiError(
        await book(paul, { roomId, date, startTime: '12:30', endTime: '13:00' }),
        422,
        'OUTSIDE_OPENING_HOURS',
      );

      const bad = expectApiError(
        await call('PATCH', `${rooms}/${roomId}`, staff, {
          openingHours: [
            { weekday: 1, opens: '08:00', closes: '12:00' },
            { weekday: 1, opens: '11:00', closes: '13:00' },
          ],
        }),
        422,
        'VALIDATION_FAILED',
      );
      expect(bad.details).toHaveProperty('openingHours');
      expectApiError(
        await call('PATCH', `${rooms}/${roomId}`, staff, { setupMinutes: -5 }),
        422,
        'VALIDATION_FAILED',
      );
      expectApiError(
        await call('PATCH', `${rooms}/7d7c3a0e-0000-4000-8000-000000000000`, staff, {
          capacity: 5,
        }),
        404,
        'ROOM_NOT_FOUND',
      );
    });
  });

  describe('quotas', () => {
    it('counts pending and confirmed minutes per ISO week; a request over the quota is 422; staff are exempt', async () => {
      const quinn = await signedIn(['organizer'], 'Quinn Quote');
      const roomId = await openRoom();
      const monday = dateIn(11, 1);

      const listed = await call('GET', quotas, staff);
      expect(
        listed.json<OrganizerQuotaRow[]>().find((q) => q.organizerId === quinn.user.id),
      ).toEqual({
        organizerId: quinn.user.id,
        name: 'Quinn Quote',
        weeklyMinutes: 20 * 60,
        isDefault: true,
        usedThisWeekMinutes: 0,
      });
      expectApiError(await call('GET', quotas, quinn), 403, 'FORBIDDEN');
      const set = await call('PUT', `${quotas}/${quinn.user.id}`, staff, { weeklyMinutes: 120 });
      expect(set.json()).toMatchObject({ weeklyMinutes: 120, isDefault: false });
      expectApiError(
        await call('PUT', `${quotas}/${paul.user.id}`, staff, { weeklyMinutes: -1 }),
        422,
        'VALIDATION_FAILED',
      );
      expectApiError(
        await call('PUT', `${quotas}/${staff.user.id}`, staff, { weeklyMinutes: 60 }),
        422,
        'ORGANIZER_NOT_FOUND',
      );

      await booked(quinn, { roomId, date: monday, startTime: '10:00', endTime: '11:30' });
      const over = expectApiError(
        await book(quinn, {
          roomId,
          date: addDays(monday, 6),
          startTime: '10:00',
          endTime: '11:00',
        }),
        422,
        'QUOTA_EXCEEDED',
      );
      expect((over.details as { weeks: QuotaWeekExcess[] }).weeks).toEqual([
        { weekStart: monday, usedMinutes: 90, requestedMinutes: 60, weeklyMinutes: 120 },
      ]);
      // the next week is a new week
      await booked(quinn, {
        roomId,
        date: addDays(monday, 7),
        startTime: '10:00',
        endTime: '11:00',
      });
      await booked(quinn, {
        roomId,
        date: addDays(monday, 6),
        startTime: '10:00',
        endTime: '10:30',
      });
      // staff may book for Quinn beyond the quota
      await booked(staff, {
        roomId,
        date: addDays(monday, 2),
        startTime: '10:00',
        endTime: '13:00',
        organizerId: quinn.user.id,
      });
    });

    it('two concurrent requests cannot both slip under the quota', async () => {
      const rosa = await signedIn(['organizer'], 'Rosa Rennen');
      await call('PUT', `${quotas}/${rosa.user.id}`, staff, { weeklyMinutes: 120 });
      const roomA = await openRoom();
      const roomB = await openRoom();
      const monday = dateIn(12, 1);
      for (let round = 0; round < 3; round++) {
        const date = addDays(monday, round * 7);
        const answers = await Promise.all([
          book(rosa, { roomId: roomA, date, startTime: '10:00', endTime: '11:30' }),
          book(rosa, { roomId: roomB, date, startTime: '10:00', endTime: '11:30' }),
        ]);
        expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 422]);
        expect(answers.find((a) => a.statusCode === 422)?.json()).toMatchObject({
          code: 'QUOTA_EXCEEDED',
        });
      }
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM room_booking WHERE organizer_id = $1 AND status = 'confirmed'`,
        [rosa.user.id],
      );
      expect(n).toBe(3);
    });
  });
});
