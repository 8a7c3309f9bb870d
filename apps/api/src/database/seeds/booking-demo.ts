import { BOOKING_TIME_ZONE, type Locale, type RoomBookingKind } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import {
  planBookingDemo,
  RESIDENT_WITHOUT_EMAIL,
  seatsTaken,
  STAFF,
  type BookingDemoResult,
  type BookingDemoRoom,
  type DemoBookingPlan,
  type DemoEventPlan,
  type DemoOccurrencePlan,
  type DemoParticipant,
  type DemoSeriesPlan,
} from './booking-demo-plan';

/**
 * Writes the Haus der Begegnung demo (booking-demo-plan.ts) with SQL, honouring the booking schema: `blocked` with
 * the room's buffers as they are in the database, `seats_taken` from the plan, registrations and waiting-list
 * entries in plan order. Idempotent per scenario: a scenario's first booking row carries the idempotency key
 * `demo-hdb-…` of its creator; a scenario whose key exists is skipped, and one that cannot be written whole (a real
 * booking in the way, a concurrent seed) is rolled back to its savepoint and left out.
 */

const TZ = BOOKING_TIME_ZONE;
const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

interface Ids {
  users: Map<string, { id: string; locale: Locale }>;
  residentWithoutEmail: { id: string; locale: Locale } | null;
  rooms: Map<string, { id: string; setupMinutes: number; teardownMinutes: number }>;
}

async function loadIds(manager: EntityManager): Promise<Ids> {
  const users: { id: string; email: string | null; display_name: string; locale: Locale }[] =
    await manager.query(
      `SELECT id, email, display_name, locale FROM user_account
        WHERE email LIKE '%@demo.zusammenleben.invalid' OR (email IS NULL AND display_name = $1)`,
      [RESIDENT_WITHOUT_EMAIL.accountName],
    );
  const rooms: { id: string; slug: string; setup_minutes: number; teardown_minutes: number }[] =
    await manager.query(`SELECT id, slug, setup_minutes, teardown_minutes FROM room`);
  const withoutEmail = users.find((u) => u.email === null);
  return {
    users: new Map(
      users.flatMap((u) => (u.email ? [[u.email, { id: u.id, locale: u.locale }] as const] : [])),
    ),
    residentWithoutEmail: withoutEmail
      ? { id: withoutEmail.id, locale: withoutEmail.locale }
      : null,
    rooms: new Map(
      rooms.map((r) => [
        r.slug,
        { id: r.id, setupMinutes: r.setup_minutes, teardownMinutes: r.teardown_minutes },
      ]),
    ),
  };
}

/** Thrown inside a scenario to roll it back to its savepoint (a row could not be written). */
class SkipScenario extends Error {}

function userId(ids: Ids, userEmail: string | null): string | null {
  if (userEmail === null) return null;
  const user = ids.users.get(userEmail);
  if (!user) throw new SkipScenario(`demo account ${userEmail} missing`);
  return user.id;
}

function participant(
  ids: Ids,
  who: DemoParticipant,
): { personId: string | null; name: string | null; phone: string | null; locale: Locale } {
  if ('email' in who) {
    const user = ids.users.get(who.email);
    if (!user) throw new SkipScenario(`demo account ${who.email} missing`);
    return { personId: user.id, name: null, phone: null, locale: user.locale };
  }
  if ('accountName' in who) {
    if (!ids.residentWithoutEmail)
      throw new SkipScenario(`demo account ${who.accountName} missing`);
    return {
      personId: ids.residentWithoutEmail.id,
      name: null,
      phone: null,
      locale: ids.residentWithoutEmail.locale,
    };
  }
  return { personId: null, name: who.walkIn, phone: who.phone, locale: who.locale };
}

function rangeLiteral(from: Date, until: Date): string {
  return `[${from.toISOString()},${until.toISOString()})`;
}

function blockedRange(
  ids: Ids,
  roomSlug: string,
  kind: RoomBookingKind,
  startsAt: Date,
  endsAt: Date,
): string {
  const room = ids.rooms.get(roomSlug);
  if (!room) throw new SkipScenario(`room ${roomSlug} missing`);
  if (kind === 'blackout') return rangeLiteral(startsAt, endsAt);
  return rangeLiteral(
    new Date(startsAt.getTime() - room.setupMinutes * MINUTE_MS),
    new Date(endsAt.getTime() + room.teardownMinutes * MINUTE_MS),
  );
}

/** Runs one scenario in a savepoint: all of it or nothing. */
async function inSavepoint(
  manager: EntityManager,
  work: () => Promise<BookingDemoResult>,
): Promise<BookingDemoResult> {
  await manager.query('SAVEPOINT booking_demo_scenario');
  try {
    const result = await work();
    await manager.query('RELEASE SAVEPOINT booking_demo_scenario');
    return result;
  } catch (error) {
    await manager.query('ROLLBACK TO SAVEPOINT booking_demo_scenario');
    if (error instanceof SkipScenario) return { bookings: 0, events: 0, registrations: 0 };
    throw error;
  }
}

async function keyExists(
  manager: EntityManager,
  ids: Ids,
  createdBy: string,
  key: string,
): Promise<boolean> {
  const creator = ids.users.get(createdBy);
  if (!creator) return true; // nothing to write without the creator's account
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM room_booking WHERE created_by_id = $1 AND idempotency_key = $2`,
    [creator.id, key],
  );
  return rows.length > 0;
}

async function insertEvent(
  manager: EntityManager,
  ids: Ids,
  event: DemoEventPlan,
  organizerEmail: string,
  seriesId: string | null,
): Promise<string> {
  const organizer = userId(ids, organizerEmail);
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO booking_event (organizer_id, series_id, title, description, audience, public, languages_spoken,
                                capacity, requires_approval, waitlist_enabled, min_participants, min_decision_hours,
                                created_by_id)
     VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7::text[], $8, $9, $10, $11, $12, $1)
     RETURNING id`,
    [
      organizer,
      seriesId,
      JSON.stringify(event.title),
      JSON.stringify(event.description),
      event.audience,
      event.public,
      event.languages,
      event.capacity,
      event.requiresApproval,
      event.waitlistEnabled,
      event.minParticipants,
      event.minDecisionHours,
    ],
  );
  return id;
}

/** One date of an event with its registrations and waiting list; `seats_taken` from the same plan. */
async function insertOccurrence(
  manager: EntityManager,
  ids: Ids,
  input: {
    eventId: string;
    bookingId: string;
    roomSlug: string;
    startsAt: Date;
    endsAt: Date;
    capacity: number;
    plan: DemoOccurrencePlan;
    now: Date;
  },
): Promise<number> {
  const { plan, startsAt, now } = input;
  const room = ids.rooms.get(input.roomSlug);
  if (!room) throw new SkipScenario(`room ${input.roomSlug} missing`);
  const [{ id: occurrenceId }]: { id: string }[] = await manager.query(
    `INSERT INTO event_occurrence (event_id, room_booking_id, room_id, starts_at, ends_at, capacity, seats_taken,
                                   status, min_checked_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     RETURNING id`,
    [
      input.eventId,
      input.bookingId,
      room.id,
      startsAt.toISOString(),
      input.endsAt.toISOString(),
      input.capacity,
      seatsTaken(plan),
      plan.status,
      plan.minChecked ? now.toISOString() : null,
    ],
  );
  const staff = userId(ids, STAFF) as string;
  // registered some days before the date (or just now for dates close ahead), in plan order
  const base = Math.min(now.getTime(), startsAt.getTime() - 3 * 24 * HOUR_MS);
  const steps = plan.registrations.length + plan.waitlist.length;
  const createdAt = (index: number): string =>
    new Date(base - (steps - index) * 47 * MINUTE_MS).toISOString();
  const registrationIds: string[] = [];
  for (const [index, r] of plan.registrations.entries()) {
    const who = participant(ids, r.who);
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO registration (occurrence_id, person_id, contact_name, contact_phone, party_size, channel, locale,
                                 status, checked_in_at, created_by_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
       RETURNING id`,
      [
        occurrenceId,
        who.personId,
        who.name,
        who.phone,
        r.partySize,
        r.desk ? 'desk' : 'web',
        who.locale,
        r.status,
        r.status === 'checked_in'
          ? new Date(startsAt.getTime() + (3 + index * 2) * MINUTE_MS).toISOString()
          : null,
        r.desk ? staff : who.personId,
        createdAt(index),
      ],
    );
    registrationIds.push(id);
  }
  for (const [index, w] of plan.waitlist.entries()) {
    const who = participant(ids, w.who);
    await manager.query(
      `INSERT INTO waitlist_entry (occurrence_id, person_id, contact_name, contact_phone, locale, party_size, status,
                                   offered_seats, offer_expires_at, registration_id, created_by_id, created_at,
                                   updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)`,
      [
        occurrenceId,
        who.personId,
        who.name,
        who.phone,
        who.locale,
        w.partySize,
        w.status,
        w.status === 'offered' ? (w.offeredSeats ?? null) : null,
        w.status === 'offered' ? (w.offerExpiresAt?.toISOString() ?? null) : null,
        w.registrationIndex !== undefined ? registrationIds[w.registrationIndex] : null,
        who.personId ?? staff,
        createdAt(plan.registrations.length + index),
      ],
    );
  }
  return plan.registrations.length;
}

async function insertSingle(
  manager: EntityManager,
  ids: Ids,
  booking: DemoBookingPlan,
  now: Date,
): Promise<BookingDemoResult> {
  const room = ids.rooms.get(booking.roomSlug);
  if (!room) throw new SkipScenario(`room ${booking.roomSlug} missing`);
  const creator = userId(ids, booking.createdByEmail);
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO room_booking (room_id, kind, organizer_id, title, recurrence_date, starts_at, ends_at, blocked,
                               status, decision_reason, decided_by_id, decided_at, idempotency_key, created_by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [
      room.id,
      booking.kind,
      userId(ids, booking.organizerEmail),
      booking.title,
      booking.date,
      booking.startsAt.toISOString(),
      booking.endsAt.toISOString(),
      blockedRange(ids, booking.roomSlug, booking.kind, booking.startsAt, booking.endsAt),
      booking.status,
      booking.decisionReason,
      userId(ids, booking.decidedByEmail),
      booking.decidedByEmail ? new Date(now.getTime() - 26 * HOUR_MS).toISOString() : null,
      booking.key,
      creator,
    ],
  );
  // the key exists (a concurrent seed) or a real booking is in the way
  if (rows.length === 0) throw new SkipScenario(`${booking.key} not written`);
  if (!booking.event || !booking.organizerEmail)
    return { bookings: 1, events: 0, registrations: 0 };
  const eventId = await insertEvent(manager, ids, booking.event, booking.organizerEmail, null);
  const registrations = await insertOccurrence(manager, ids, {
    eventId,
    bookingId: rows[0].id,
    roomSlug: booking.roomSlug,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    capacity: booking.event.capacity,
    plan: booking.event.occurrence,
    now,
  });
  return { bookings: 1, events: 1, registrations };
}

async function insertSeries(
  manager: EntityManager,
  ids: Ids,
  series: DemoSeriesPlan,
  now: Date,
): Promise<BookingDemoResult> {
  const room = ids.rooms.get(series.roomSlug);
  if (!room) throw new SkipScenario(`room ${series.roomSlug} missing`);
  const organizer = userId(ids, series.organizerEmail);
  const [{ id: seriesId }]: { id: string }[] = await manager.query(
    `INSERT INTO booking_series (room_id, organizer_id, title, rrule, tzid, local_start_date, local_start_time,
                                 local_end_time, exdates, materialised_until, created_by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::date[], $10, $2)
     RETURNING id`,
    [
      room.id,
      organizer,
      series.title,
      series.rrule,
      TZ,
      series.localStartDate,
      series.startTime,
      series.endTime,
      series.exdates,
      series.materialisedUntil,
    ],
  );
  const inserted: { id: string; recurrence_date: string }[] = await manager.query(
    `INSERT INTO room_booking (room_id, kind, organizer_id, title, series_id, recurrence_date, is_override,
                               starts_at, ends_at, blocked, status, decision_reason, idempotency_key, created_by_id)
     SELECT $1, 'booking', $2, $3, $4, d.recurrence_date, d.is_override, d.starts_at, d.ends_at, d.blocked, d.status,
            d.reason, CASE WHEN d.ord = 1 THEN $5 END, $2
       FROM unnest($6::date[], $7::boolean[], $8::timestamptz[], $9::timestamptz[], $10::tstzrange[], $11::text[],
                   $12::text[])
            WITH ORDINALITY AS d(recurrence_date, is_override, starts_at, ends_at, blocked, status, reason, ord)
      ORDER BY d.ord
     ON CONFLICT DO NOTHING
     RETURNING id, recurrence_date::text AS recurrence_date`,
    [
      room.id,
      organizer,
      series.title,
      seriesId,
      series.key,
      series.dates.map((d) => d.date),
      series.dates.map((d) => d.isOverride),
      series.dates.map((d) => d.startsAt.toISOString()),
      series.dates.map((d) => d.endsAt.toISOString()),
      series.dates.map((d) => blockedRange(ids, series.roomSlug, 'booking', d.startsAt, d.endsAt)),
      series.dates.map((d) => d.status),
      series.dates.map((d) => d.decisionReason),
    ],
  );
  // all dates or none: the demo shows a complete series
  if (inserted.length !== series.dates.length) throw new SkipScenario(`${series.key} not written`);
  const bookingIdByDate = new Map(inserted.map((row) => [row.recurrence_date, row.id]));
  const eventId = await insertEvent(manager, ids, series.event, series.organizerEmail, seriesId);
  let registrations = 0;
  for (const date of series.dates) {
    registrations += await insertOccurrence(manager, ids, {
      eventId,
      bookingId: bookingIdByDate.get(date.date) as string,
      roomSlug: series.roomSlug,
      startsAt: date.startsAt,
      endsAt: date.endsAt,
      capacity: series.event.capacity,
      plan: date.occurrence,
      now,
    });
  }
  return { bookings: inserted.length, events: 1, registrations };
}

function add(a: BookingDemoResult, b: BookingDemoResult): BookingDemoResult {
  return {
    bookings: a.bookings + b.bookings,
    events: a.events + b.events,
    registrations: a.registrations + b.registrations,
  };
}

/**
 * Writes the Haus der Begegnung demo (see {@link planBookingDemo}) into the seed's transaction. Scenarios whose key
 * already exists are skipped, so a second run adds nothing; quotas are added only where none is set.
 */
export async function insertBookingDemo(
  manager: EntityManager,
  rooms: readonly BookingDemoRoom[],
  now: Date = new Date(),
): Promise<BookingDemoResult> {
  const plan = planBookingDemo(now, rooms);
  const ids = await loadIds(manager);
  let result: BookingDemoResult = { bookings: 0, events: 0, registrations: 0 };

  for (const quota of plan.quotas) {
    const organizer = ids.users.get(quota.organizerEmail);
    const staff = ids.users.get(STAFF);
    if (!organizer) continue;
    await manager.query(
      `INSERT INTO organizer_quota (organizer_id, weekly_minutes, updated_by_id) VALUES ($1, $2, $3)
       ON CONFLICT (organizer_id) DO NOTHING`,
      [organizer.id, quota.weeklyMinutes, staff?.id ?? null],
    );
  }
  for (const series of plan.series) {
    if (await keyExists(manager, ids, series.organizerEmail, series.key)) continue;
    result = add(result, await inSavepoint(manager, () => insertSeries(manager, ids, series, now)));
  }
  for (const booking of plan.bookings) {
    if (await keyExists(manager, ids, booking.createdByEmail, booking.key)) continue;
    result = add(
      result,
      await inSavepoint(manager, () => insertSingle(manager, ids, booking, now)),
    );
  }
  return result;
}
