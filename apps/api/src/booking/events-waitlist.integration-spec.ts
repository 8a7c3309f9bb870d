import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { decideMinimumParticipants, expireWaitlistOffers } from '@zusammen/api/booking';
import { NotificationOutbox } from '@zusammen/api/notifications';
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
  type EventSummary,
  type MyRegistration,
  type OccurrenceSummary,
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
  type Resident,
} from './events-fixtures';

const PASSWORD = 'Haus-der-Begegnung-2026';
const HOUR_MS = 3600_000;
const { events, occurrences, registrations, waitlist, myRegistrations } = EVENT_ROUTES;

/**
 * Waiting lists, promotion and the events' jobs, against a copy of the tables of its own (the jobs look at every
 * date): the expiry job is driven directly with a clock; seats must add up (seats_taken = registered + offered,
 * never above capacity) after every step.
 */
describe('Haus der Begegnung: waiting lists and event jobs (integration)', () => {
  let schema: IsolatedSchema;
  let app: NestFastifyApplication;
  let db: DataSource;
  let olga: SignedInUser;
  const outbox = new NotificationOutbox();

  async function eventFor(
    overrides: Parameters<typeof eventRequest>[1] = {},
    options: { roomCapacity?: number; startsAt?: Date } = {},
  ): Promise<{ event: EventSummary; occurrenceId: string }> {
    const room = await createRoom(db, {
      capacity: options.roomCapacity ?? 40,
      accessibility: ['step_free'],
    });
    const bookingId = await insertBooking(db, {
      roomId: room.id,
      organizerId: olga.user.id,
      startsAt: options.startsAt ?? fromNow(10),
    });
    const event = await createEvent(app, olga.headers, eventRequest(bookingId, overrides));
    return { event, occurrenceId: event.occurrences[0].id };
  }

  /** seats_taken = registered seats + open offers, within capacity. */
  async function expectSeatsAddUp(occurrenceId: string, seatsTaken: number): Promise<void> {
    const ledger = await seatLedger(db, occurrenceId);
    expect(ledger.seatsTaken).toBe(ledger.registered + ledger.offered);
    expect(ledger.seatsTaken).toBeLessThanOrEqual(ledger.capacity);
    expect(ledger.seatsTaken).toBe(seatsTaken);
  }

  const entryOf = async (id: string) =>
    (
      await db.query(
        `SELECT status, offered_seats, offer_expires_at FROM waitlist_entry WHERE id = $1`,
        [id],
      )
    )[0] as { status: string; offered_seats: number | null; offer_expires_at: Date | null };

  const post = (url: string, who: { headers: Record<string, string> }, payload?: object) =>
    app.inject({ method: 'POST', url, headers: who.headers, payload });

  async function waitlisted(person: Resident, occurrenceId: string, partySize = 1) {
    const result = await registered(app, person.headers, occurrenceId, partySize);
    expect(result.outcome).toBe('waitlisted');
    return result.waitlistEntryId as string;
  }

  beforeAll(async () => {
    schema = await createIsolatedSchema('events_wl', EVENT_SCHEMA_TABLES);
    app = await createTestApp({ imports: [AppModule], env: { DATABASE_URL: schema.url } });
    db = app.get(DataSource);
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

  it('offer expiry promotes the next person, and the seats add up at every step', async () => {
    const { occurrenceId } = await eventFor({ capacity: 2 });
    const [a, b, c, d, e] = await createResidents(app, 5);
    const ra = await registered(app, a.headers, occurrenceId);
    await registered(app, b.headers, occurrenceId);
    const entryC = await waitlisted(c, occurrenceId);
    const entryD = await waitlisted(d, occurrenceId);
    const entryE = await waitlisted(e, occurrenceId);
    await expectSeatsAddUp(occurrenceId, 2);

    // A cancels → C gets the seat offered for 12 h
    const before = Date.now();
    expect((await post(`${registrations}/${ra.registrationId}/cancel`, a)).statusCode).toBe(200);
    const offeredC = await entryOf(entryC);
    expect(offeredC).toMatchObject({ status: 'offered', offered_seats: 1 });
    const holdMs = new Date(offeredC.offer_expires_at as Date).getTime() - before;
    expect(holdMs).toBeGreaterThan(12 * HOUR_MS - 60_000);
    expect(holdMs).toBeLessThan(12 * HOUR_MS + 60_000);
    await expectSeatsAddUp(occurrenceId, 2);
    expect(
      (await notificationsOf(db, 'waitlist-offer', occurrenceId)).map((n) => n.recipient_id),
    ).toEqual([c.id]);
    // C's list shows the offer; D is now first in line
    const mineC = (
      await app.inject({ method: 'GET', url: myRegistrations, headers: c.headers })
    ).json<MyRegistration[]>();
    expect(mineC).toEqual([
      expect.objectContaining({
        kind: 'waitlist',
        status: 'offered',
        offeredSeats: 1,
        position: null,
      }),
    ]);
    const mineD = (
      await app.inject({ method: 'GET', url: myRegistrations, headers: d.headers })
    ).json<MyRegistration[]>();
    expect(mineD[0]).toMatchObject({ status: 'waiting', position: 1 });

    // before the hold ends, the job leaves it alone
    const base = new Date();
    expect(await expireWaitlistOffers(db, outbox, new Date(base.getTime() + 11 * HOUR_MS))).toEqual(
      {
        expired: 0,
        offered: 0,
        closed: 0,
      },
    );
    // after it: C expires, D gets the seat
    const at13 = new Date(base.getTime() + 13 * HOUR_MS);
    expect(await expireWaitlistOffers(db, outbox, at13)).toEqual({
      expired: 1,
      offered: 1,
      closed: 0,
    });
    expect((await entryOf(entryC)).status).toBe('expired');
    expect(await entryOf(entryD)).toMatchObject({ status: 'offered', offered_seats: 1 });
    await expectSeatsAddUp(occurrenceId, 2);
    // running twice changes nothing and sends nothing
    expect(await expireWaitlistOffers(db, outbox, at13)).toEqual({
      expired: 0,
      offered: 0,
      closed: 0,
    });
    await expectSeatsAddUp(occurrenceId, 2);
    expect(
      (await notificationsOf(db, 'waitlist-offer', occurrenceId)).map((n) => n.recipient_id),
    ).toEqual([c.id, d.id]);

    // D lets it expire too; E gets it and accepts (in real time, well within the hold)
    expect(await expireWaitlistOffers(db, outbox, new Date(base.getTime() + 26 * HOUR_MS))).toEqual(
      {
        expired: 1,
        offered: 1,
        closed: 0,
      },
    );
    await expectSeatsAddUp(occurrenceId, 2);
    const accepted = await post(`${waitlist}/${entryE}/accept`, e);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json<MyRegistration>()).toMatchObject({
      kind: 'registration',
      status: 'confirmed',
      partySize: 1,
    });
    expect((await entryOf(entryE)).status).toBe('accepted');
    await expectSeatsAddUp(occurrenceId, 2);
    expect(await seatLedger(db, occurrenceId)).toMatchObject({ registered: 2, offered: 0 });
    // an expired offer cannot be accepted; someone else's entry is not found
    expectApiError(await post(`${waitlist}/${entryD}/accept`, d), 409, EventErrorCode.StateChanged);
    expectApiError(
      await post(`${waitlist}/${entryD}/accept`, e),
      404,
      EventErrorCode.WaitlistEntryNotFound,
    );
    expect(
      (await notificationsOf(db, 'registration-confirmed', occurrenceId))
        .filter((n) => n.recipient_id === e.id)
        .map((n) => n.payload['outcome']),
    ).toEqual(['waitlisted', 'registered']);
  });

  it('accepting after the hold (before the job ran) is 409 OFFER_EXPIRED and moves the list on', async () => {
    const { occurrenceId } = await eventFor({ capacity: 1 });
    const [a, b, c] = await createResidents(app, 3);
    const ra = await registered(app, a.headers, occurrenceId);
    const entryB = await waitlisted(b, occurrenceId);
    const entryC = await waitlisted(c, occurrenceId);
    await post(`${registrations}/${ra.registrationId}/cancel`, a);
    await db.query(
      `UPDATE waitlist_entry SET offer_expires_at = now() - interval '1 minute' WHERE id = $1`,
      [entryB],
    );
    expectApiError(await post(`${waitlist}/${entryB}/accept`, b), 409, EventErrorCode.OfferExpired);
    expect((await entryOf(entryB)).status).toBe('expired');
    expect((await entryOf(entryC)).status).toBe('offered');
    await expectSeatsAddUp(occurrenceId, 1);
  });

  it('a partial offer (fewer seats than the party) can be accepted; decline passes seats on', async () => {
    const { occurrenceId } = await eventFor({ capacity: 3 });
    const [a, x, b, c] = await createResidents(app, 4);
    await registered(app, a.headers, occurrenceId, 1);
    const rx = await registered(app, x.headers, occurrenceId, 2);
    const entryB = await waitlisted(b, occurrenceId, 3);
    const entryC = await waitlisted(c, occurrenceId, 1);
    await post(`${registrations}/${rx.registrationId}/cancel`, x);
    // 2 free: B (party of 3) is offered 2, nothing is left for C
    expect(await entryOf(entryB)).toMatchObject({ status: 'offered', offered_seats: 2 });
    expect((await entryOf(entryC)).status).toBe('waiting');
    await expectSeatsAddUp(occurrenceId, 3);

    // B declines → the 2 seats go to C (1) and 1 stays free
    const declined = await post(`${waitlist}/${entryB}/decline`, b);
    expect(declined.statusCode).toBe(200);
    expect(declined.json<MyRegistration>()).toMatchObject({ status: 'declined' });
    expect(await entryOf(entryC)).toMatchObject({ status: 'offered', offered_seats: 1 });
    await expectSeatsAddUp(occurrenceId, 2);

    // a second party of 3 joins: 1 seat free → offered 1 at once, and accepts it
    const [f] = await createResidents(app, 1);
    const entryF = await waitlisted(f, occurrenceId, 3);
    expect(await entryOf(entryF)).toMatchObject({ status: 'offered', offered_seats: 1 });
    const accepted = await post(`${waitlist}/${entryF}/accept`, f);
    expect(accepted.json<MyRegistration>()).toMatchObject({ kind: 'registration', partySize: 1 });
    await expectSeatsAddUp(occurrenceId, 3);
  });

  it('capacity increase offers the new seats; decrease below the seats taken is refused', async () => {
    const { event, occurrenceId } = await eventFor({ capacity: 1 }, { roomCapacity: 5 });
    const [a, b, c, d] = await createResidents(app, 4);
    await registered(app, a.headers, occurrenceId);
    const entryB = await waitlisted(b, occurrenceId);
    const entryC = await waitlisted(c, occurrenceId);
    const entryD = await waitlisted(d, occurrenceId);

    const patch = (payload: object) =>
      app.inject({ method: 'PATCH', url: `${events}/${event.id}`, headers: olga.headers, payload });
    const up = await patch({ capacity: 3 });
    expect(up.statusCode).toBe(200);
    expect(up.json<EventSummary>().occurrences[0]).toMatchObject({
      capacity: 3,
      seatsTaken: 3,
      seatsFree: 0,
      waitingCount: 1,
    });
    expect((await entryOf(entryB)).status).toBe('offered');
    expect((await entryOf(entryC)).status).toBe('offered');
    expect((await entryOf(entryD)).status).toBe('waiting');
    await expectSeatsAddUp(occurrenceId, 3);

    const down = expectApiError(
      await patch({ capacity: 2 }),
      409,
      EventErrorCode.CapacityBelowTaken,
    );
    expect(down.details).toEqual({ occurrenceId, seatsTaken: 3 });
    expectApiError(await patch({ capacity: 6 }), 422, EventErrorCode.CapacityExceedsRoom);
    expectApiError(await patch({ minParticipants: 4 }), 422, 'VALIDATION_FAILED');
    // other fields change without touching seats
    const renamed = await patch({ title: { de: 'Nähcafé', uk: 'Кафе шиття' } });
    expect(renamed.json<EventSummary>().title).toEqual({ de: 'Nähcafé', uk: 'Кафе шиття' });
    expectApiError(await patch({ title: { en: 'No German' } }), 422, 'VALIDATION_FAILED');
    await expectSeatsAddUp(occurrenceId, 3);
  });

  it('the waiting list closes 1 h before the start', async () => {
    const { occurrenceId } = await eventFor({ capacity: 1 }, { startsAt: fromNow(0, 3) });
    const [a, b, c] = await createResidents(app, 3);
    await registered(app, a.headers, occurrenceId);
    const entryB = await waitlisted(b, occurrenceId);
    // the job at start − 30 min closes the waiting entries
    const start = new Date(
      (await db.query(`SELECT starts_at FROM event_occurrence WHERE id = $1`, [occurrenceId]))[0]
        .starts_at,
    );
    const result = await expireWaitlistOffers(db, outbox, new Date(start.getTime() - 30 * 60_000));
    expect(result.closed).toBeGreaterThanOrEqual(1);
    expect((await entryOf(entryB)).status).toBe('closed');

    // a date 50 minutes ahead: joining its list is no longer possible
    const soon = await eventFor({ capacity: 1 }, { startsAt: fromNow(0, 50 / 60) });
    await registered(app, a.headers, soon.occurrenceId);
    expectApiError(
      await register(app, c.headers, soon.occurrenceId),
      409,
      EventErrorCode.EventFull,
    );
  });

  it('cancelling a date notifies everyone registered and waiting, closes the list, frees offers', async () => {
    const { occurrenceId } = await eventFor({ capacity: 2 });
    const [a, b, c, d] = await createResidents(app, 4);
    const ra = await registered(app, a.headers, occurrenceId);
    await registered(app, b.headers, occurrenceId);
    const entryC = await waitlisted(c, occurrenceId);
    const entryD = await waitlisted(d, occurrenceId);
    await post(`${registrations}/${ra.registrationId}/cancel`, a); // C is offered
    expect((await entryOf(entryC)).status).toBe('offered');

    const [paul] = await createResidents(app, 1);
    expect((await post(`${occurrences}/${occurrenceId}/cancel`, paul)).statusCode).toBe(403);
    const cancelled = await post(`${occurrences}/${occurrenceId}/cancel`, olga);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json<OccurrenceSummary>()).toMatchObject({
      status: 'cancelled',
      seatsTaken: 1,
      waitingCount: 0,
      registrationOpen: false,
    });
    expect((await entryOf(entryC)).status).toBe('closed');
    expect((await entryOf(entryD)).status).toBe('closed');
    const notices = await notificationsOf(db, 'event-cancelled', occurrenceId);
    expect(notices.map((n) => n.recipient_id).sort()).toEqual([b.id, c.id, d.id].sort());
    expect(notices.every((n) => n.payload['reason'] === 'organizer')).toBe(true);
    // B's reminder is cancelled; B's registration stays (the date says cancelled)
    const reminders = await notificationsOf(db, 'event-reminder', occurrenceId);
    expect(reminders.filter((n) => n.recipient_id === b.id).map((n) => n.status)).toEqual([
      'cancelled',
    ]);
    const mineB = (
      await app.inject({ method: 'GET', url: myRegistrations, headers: b.headers })
    ).json<MyRegistration[]>();
    expect(mineB[0]).toMatchObject({ status: 'confirmed', occurrence: { status: 'cancelled' } });

    expectApiError(
      await post(`${occurrences}/${occurrenceId}/cancel`, olga),
      409,
      EventErrorCode.OccurrenceNotScheduled,
    );
    const [e] = await createResidents(app, 1);
    const closed = expectApiError(
      await register(app, e.headers, occurrenceId),
      422,
      EventErrorCode.RegistrationClosed,
    );
    expect(closed.details).toEqual({ reason: 'cancelled' });
  });

  it('minimum participants: below the minimum at start − 48 h → cancelled once, everyone told', async () => {
    // minimum 3: one person registered, a party of 3 on the list (offered the 2 seats left) → too few
    const few = await eventFor({ capacity: 3, minParticipants: 3 }, { startsAt: fromNow(10) });
    // minimum 2, reached by a party of 2
    const enough = await eventFor({ capacity: 5, minParticipants: 2 }, { startsAt: fromNow(10) });
    const [a, b, c] = await createResidents(app, 3);
    await registered(app, a.headers, few.occurrenceId);
    const entryB = await waitlisted(b, few.occurrenceId, 3);
    expect(await entryOf(entryB)).toMatchObject({ status: 'offered', offered_seats: 2 });
    const rc = await registered(app, c.headers, enough.occurrenceId, 2);

    const start = new Date(few.event.occurrences[0].startsAt);
    const decision = new Date(start.getTime() - 48 * HOUR_MS);
    // not yet
    expect(
      await decideMinimumParticipants(db, outbox, new Date(decision.getTime() - 60_000)),
    ).toEqual({
      checked: 0,
      cancelled: 0,
    });
    const at = new Date(decision.getTime() + 60_000);
    const first = await decideMinimumParticipants(db, outbox, at);
    expect(first).toEqual({ checked: 2, cancelled: 1 });
    const [fewRow] = await db.query(
      `SELECT status, seats_taken FROM event_occurrence WHERE id = $1`,
      [few.occurrenceId],
    );
    expect(fewRow).toEqual({ status: 'cancelled_min_not_reached', seats_taken: 1 });
    expect((await entryOf(entryB)).status).toBe('closed');
    const [enoughRow] = await db.query(`SELECT status FROM event_occurrence WHERE id = $1`, [
      enough.occurrenceId,
    ]);
    expect(enoughRow.status).toBe('scheduled');
    const notices = await notificationsOf(db, 'event-cancelled', few.occurrenceId);
    expect(notices.map((n) => n.recipient_id).sort()).toEqual([a.id, b.id].sort());
    expect(notices.every((n) => n.payload['reason'] === 'min_not_reached')).toBe(true);

    // twice: nothing more — and a later cancellation below the minimum does not cancel the decided date
    await post(`${registrations}/${rc.registrationId}/cancel`, c);
    expect(await decideMinimumParticipants(db, outbox, new Date(at.getTime() + HOUR_MS))).toEqual({
      checked: 0,
      cancelled: 0,
    });
    expect(await notificationsOf(db, 'event-cancelled', few.occurrenceId)).toHaveLength(2);
    expect(
      (
        await db.query(`SELECT status FROM event_occurrence WHERE id = $1`, [enough.occurrenceId])
      )[0].status,
    ).toBe('scheduled');
  });

  it('waiting for a date already registered for, or twice on the list, is 409 ALREADY_REGISTERED', async () => {
    const { occurrenceId } = await eventFor({ capacity: 1 });
    const [a, b] = await createResidents(app, 2);
    await registered(app, a.headers, occurrenceId);
    await waitlisted(b, occurrenceId);
    expectApiError(
      await register(app, b.headers, occurrenceId),
      409,
      EventErrorCode.AlreadyRegistered,
    );
    const result = (await register(app, a.headers, occurrenceId)).json<RegistrationResult>();
    expect(result).toMatchObject({ code: EventErrorCode.AlreadyRegistered });
    // withdrawing frees the place in line
    const entryB = (
      await db.query(`SELECT id FROM waitlist_entry WHERE occurrence_id = $1`, [occurrenceId])
    )[0].id;
    const withdrawn = await post(`${waitlist}/${entryB}/withdraw`, b);
    expect(withdrawn.json<MyRegistration>()).toMatchObject({ status: 'withdrawn' });
    expect((await registered(app, b.headers, occurrenceId)).outcome).toBe('waitlisted');
  });
});
