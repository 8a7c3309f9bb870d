import { randomBytes } from 'node:crypto';
import {
  BOOKING_ROUTES,
  BOOKING_TIME_ZONE,
  EVENT_ROUTES,
  INSPECTION_TEMPLATE_V1,
  type BookingCreated,
  type EventRequest,
  type EventSummary,
} from '@zusammen/shared/contracts';
import { addDays, localDateOf } from '@zusammen/shared/util';
import { Client } from 'pg';
import { insertSession, type SessionHeaders } from '../support/sql-session';

/**
 * What the mixed load needs in the cluster's database, seeded before the run (all names `last-…` / `@last.invalid`,
 * so the Borken demo data stays untouched): accounts per role with sessions INSERTed directly (no argon2 sign-in,
 * no sign-in rate limit), rooms open all week, events with few seats (created through the API, so their dates and
 * seats are exactly what the service builds), roadworthy bikes with a passed inspection, eligible briefed
 * borrowers, and active sponsorship pairings.
 */
export interface FixtureSizes {
  organizers: number;
  residents: number;
  desks: number;
  volunteers: number;
  /** Rooms the organizers book (few, so that slots collide). */
  rooms: number;
  /** Events with one date each and `seats` seats; the residents compete for them. */
  events: number;
  seats: number;
  /** Bikes all desk users hand out (few, so that handouts collide). */
  bikes: number;
  /** Borrowers per desk user (the rental limit is one open rental each). */
  borrowersPerDesk: number;
}

export const DEFAULT_FIXTURE_SIZES: FixtureSizes = {
  organizers: 12,
  residents: 60,
  desks: 8,
  volunteers: 12,
  rooms: 4,
  events: 8,
  seats: 4,
  bikes: 10,
  borrowersPerDesk: 3,
};

export interface Fixtures {
  sizes: FixtureSizes;
  organizers: SessionHeaders[];
  residents: SessionHeaders[];
  desks: { headers: SessionHeaders; borrowerIds: string[] }[];
  volunteers: { headers: SessionHeaders; pairingId: string }[];
  roomIds: string[];
  /** Occurrence ids of the events (one date each). */
  occurrenceIds: string[];
  bikeIds: string[];
  /** First local date (Europe/Berlin) the organizers book; they book in the 4 weeks from there. */
  bookingFrom: string;
}

/** Seeds everything by SQL, then the events through the API at `baseUrl`. */
export async function seedFixtures(
  databaseUrl: string,
  baseUrl: string,
  sizes: FixtureSizes = DEFAULT_FIXTURE_SIZES,
): Promise<Fixtures> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const run = randomBytes(3).toString('hex');
    const users = async (role: string, count: number) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO user_account (email, display_name, roles, locale, email_verified_at)
           SELECT 'last-${role}-${run}-' || i || '@last.invalid', 'Last ${role} ' || i, ARRAY[$1], 'de', now()
             FROM generate_series(1, $2) AS i
           RETURNING id`,
          [role, count],
        )
      ).rows.map((row) => row.id);
    const sessions = async (ids: string[]) => {
      const headers: SessionHeaders[] = [];
      for (const id of ids) headers.push(await insertSession(db, id, 'bench-cluster', 6));
      return headers;
    };

    const organizerIds = await users('organizer', sizes.organizers + 1);
    await db.query(
      `INSERT INTO organizer_quota (organizer_id, weekly_minutes) SELECT unnest($1::uuid[]), 10080`,
      [organizerIds],
    );
    const organizers = await sessions(organizerIds);
    const residents = await sessions(await users('resident', sizes.residents));
    const deskIds = await users('workshop', sizes.desks);
    const deskHeaders = await sessions(deskIds);
    const volunteerIds = await users('volunteer', sizes.volunteers);
    const volunteerHeaders = await sessions(volunteerIds);

    const hours = JSON.stringify(
      [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' })),
    );
    const roomIds = (
      await db.query<{ id: string }>(
        `INSERT INTO room (slug, name, capacity, setup_minutes, teardown_minutes, opening_hours, max_days_ahead)
         SELECT 'last-${run}-' || i, 'Lastraum ${run} ' || i, 30, 15, 15, $1::jsonb, 730
           FROM generate_series(1, $2) AS i
         RETURNING id`,
        [hours, sizes.rooms + 1],
      )
    ).rows.map((row) => row.id);

    const pairingIds = await seedPairings(db, volunteerIds, deskIds[0] ?? organizerIds[0]);
    const { bikeIds, borrowerIds } = await seedWorkshop(db, run, sizes, deskIds[0]);
    await db.query('ANALYZE');

    const today = localDateOf(new Date(), BOOKING_TIME_ZONE);
    // the events' room is the last one, which the booking load leaves alone
    const occurrenceIds = await createEvents(
      baseUrl,
      organizers[organizers.length - 1],
      roomIds[roomIds.length - 1],
      addDays(today, 7),
      sizes,
    );
    return {
      sizes,
      organizers: organizers.slice(0, -1),
      residents,
      desks: deskHeaders.map((headers, i) => ({
        headers,
        borrowerIds: borrowerIds.slice(
          i * sizes.borrowersPerDesk,
          (i + 1) * sizes.borrowersPerDesk,
        ),
      })),
      volunteers: volunteerHeaders.map((headers, i) => ({ headers, pairingId: pairingIds[i] })),
      roomIds: roomIds.slice(0, -1),
      occurrenceIds,
      bikeIds,
      bookingFrom: addDays(today, 30),
    };
  } finally {
    await db.end();
  }
}

/** One approved volunteer per account, each with one active pairing (trial 20 days ago, active for 10). */
async function seedPairings(
  db: Client,
  userIds: string[],
  coordinatorId: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (const userId of userIds) {
    const volunteer = await db.query<{ id: string }>(
      `INSERT INTO volunteer (user_id, status, languages, district, max_distance_km, availability, support_areas,
                              capacity, accepts_families_with_children)
       VALUES ($1, 'approved', '[{"code": "de", "level": "native"}]', 'gemen', 10, '{mon-evening}', '{school}', 5, true)
       RETURNING id`,
      [userId],
    );
    const family = await db.query<{ id: string }>(
      `INSERT INTO family (contact_name, contact_channel, contact_phone, preferred_locale, district, languages, status)
       VALUES ('Familie Last', 'phone', '+49 2861 20000', 'ar', 'gemen', '[{"code": "ar", "level": "native"}]',
               'in_pairing')
       RETURNING id`,
    );
    const matchRun = await db.query<{ id: string }>(
      `INSERT INTO match_run (kind, settings_version, weights, family_count, volunteer_count, total_score,
                              component_shares, duration_ms)
       VALUES ('single', 1, '{}', 1, 1, 0.5, '{}', 1) RETURNING id`,
    );
    const proposal = await db.query<{ id: string }>(
      `INSERT INTO match_proposal (run_id, family_id, volunteer_id, score, breakdown, distance_km, status, decided_at)
       VALUES ($1, $2, $3, 0.5, '{}', 0, 'offered', now()) RETURNING id`,
      [matchRun.rows[0].id, family.rows[0].id, volunteer.rows[0].id],
    );
    const pairing = await db.query<{ id: string }>(
      `INSERT INTO pairing (volunteer_id, family_id, proposal_id, coordinator_id, state, commitment_months,
                            trial_started_on, active_since)
       VALUES ($1, $2, $3, $4, 'active', 6, current_date - 20, current_date - 10)
       RETURNING id`,
      [volunteer.rows[0].id, family.rows[0].id, proposal.rows[0].id, coordinatorId],
    );
    ids.push(pairing.rows[0].id);
  }
  return ids;
}

/** Roadworthy available bikes with a passed inspection, and eligible, briefed borrowers. */
async function seedWorkshop(
  db: Client,
  run: string,
  sizes: FixtureSizes,
  inspectorId: string,
): Promise<{ bikeIds: string[]; borrowerIds: string[] }> {
  const bikeIds = (
    await db.query<{ id: string }>(
      `INSERT INTO bike (frame_no, make, cycle_type, condition, technical_state, availability, roadworthy_until,
                         source, received_on)
       SELECT 'LAST-${run}-' || lpad(i::text, 4, '0'), 'Last', 'city', 'good', 'roadworthy', 'available',
              now() + interval '30 days', 'donation', current_date
         FROM generate_series(1, $1) AS i
       RETURNING id`,
      [sizes.bikes],
    )
  ).rows.map((row) => row.id);
  const items = JSON.stringify(
    Object.fromEntries(INSPECTION_TEMPLATE_V1.map((item) => [item.key, 'pass'])),
  );
  await db.query(
    `INSERT INTO bike_inspection (bike_id, template_version, items, result, inspector_id, performed_at, valid_until)
     SELECT unnest($1::uuid[]), 1, $2::jsonb, 'passed', $3, now() - interval '1 hour', now() + interval '30 days'`,
    [bikeIds, items, inspectorId],
  );
  const borrowerIds = (
    await db.query<{ id: string }>(
      `INSERT INTO borrower (display_name, preferred_locale, reminder_channel)
       SELECT 'Last ${run} ' || lpad(i::text, 4, '0'), 'de', 'phone' FROM generate_series(1, $1) AS i
       RETURNING id`,
      [sizes.desks * sizes.borrowersPerDesk],
    )
  ).rows.map((row) => row.id);
  await db.query(
    `INSERT INTO eligibility_check (borrower_id, legal_basis, document_type_seen, verified_on, valid_until)
     SELECT unnest($1::uuid[]), 'asylblg', 'benefit_notice', current_date, current_date + 180`,
    [borrowerIds],
  );
  await db.query(
    `INSERT INTO briefing (borrower_id, language, held_on, acknowledged)
     SELECT unnest($1::uuid[]), 'de', current_date, true`,
    [borrowerIds],
  );
  return { bikeIds, borrowerIds };
}

/** Events of one date each (10:00–12:00 on consecutive days), few seats, waiting list on; their occurrence ids. */
async function createEvents(
  baseUrl: string,
  organizer: SessionHeaders,
  roomId: string,
  firstDate: string,
  sizes: FixtureSizes,
): Promise<string[]> {
  const post = async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { ...organizer, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    if (response.status !== 201)
      throw new Error(`fixtures: POST ${path} → ${response.status} ${text}`);
    return JSON.parse(text) as T;
  };
  const ids: string[] = [];
  for (let i = 0; i < sizes.events; i++) {
    const booking = await post<BookingCreated>(BOOKING_ROUTES.bookings, {
      roomId,
      title: `Lastprobe ${i + 1}`,
      date: addDays(firstDate, i),
      startTime: '10:00',
      endTime: '12:00',
    });
    const request: EventRequest = {
      bookingId: booking.bookings[0].id,
      title: { de: `Lastprobe ${i + 1}` },
      description: { de: 'Ein Termin mit wenigen Plätzen für den Lasttest.' },
      audience: 'everyone',
      public: true,
      languagesSpoken: ['de'],
      capacity: sizes.seats,
      requiresApproval: false,
      waitlistEnabled: true,
    };
    const event = await post<EventSummary>(EVENT_ROUTES.events, request);
    ids.push(event.occurrences[0].id);
  }
  return ids;
}
