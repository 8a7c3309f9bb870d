import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createIsolatedSchema,
  createSignedInUser,
  createTestApp,
  createUserAccount,
  type IsolatedSchema,
  type SignedInUser,
  type UserAccountOverrides,
  expectApiError,
} from '@zusammen/api/testing';
import {
  PAIRING_ROUTES,
  type AttentionReason,
  type CheckInEnteredBy,
  type MyPairingsResponse,
  type NoteVisibility,
  type PairingAction,
  type PairingDetail,
  type PairingListResponse,
  type PairingState,
  type PairingSummary,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import { SPONSORSHIP_SCHEMA_TABLES } from './sponsorship-schema-tables';

const PASSWORD = 'Borken-Patenschaft-2026';
const { pairings, myPairings } = PAIRING_ROUTES;
const UNKNOWN_ID = '7d7c3a0e-0000-4000-8000-000000000000';

/** Texts that must never reach a volunteer response. */
const STAFF_ONLY_CHECK_IN_NOTE = 'Vertraulich: Sorge um die Kinder';
const STAFF_TRANSITION_NOTE = 'Koordinationsnotiz: Familie braucht Geduld';
const VOLUNTEER_TRANSITION_NOTE = 'Ich freue mich auf das Kennenlernen';

interface Person {
  userId: string;
  volunteerId: string;
}

interface CheckInSeed {
  daysAgo: number;
  pulse?: number;
  note?: string;
  visibility?: NoteVisibility;
  enteredBy?: CheckInEnteredBy;
  authorId: string;
}

interface HistorySeed {
  from: PairingState | null;
  to: PairingState;
  action: PairingAction | 'offer';
  byId: string | null;
  note?: string;
}

interface PairingSeed {
  family: string;
  phone: string;
  volunteer: Person;
  state: PairingState;
  hoursInState: number;
  introHoursAgo?: number;
  trialDaysAgo?: number;
  activeDaysAgo?: number;
  endedDaysAgo?: number;
  overrideReason?: string;
  checkIns?: CheckInSeed[];
  history?: HistorySeed[];
}

/** The list shows "all open pairings": this file runs on copies of the tables, so it sees only its own. */
describe('Patenmodell: reading pairings (integration, own schema)', () => {
  let schema: IsolatedSchema;
  let app: NestFastifyApplication;
  let db: DataSource;
  let staff: SignedInUser;
  let admin: SignedInUser;
  let hanna: SignedInUser & Person;
  let jonas: SignedInUser & Person;
  let zoe: Person;
  let today: string;
  /** Pairing ids by letter (see beforeAll). */
  const p: Record<string, string> = {};

  const signedIn = (overrides: UserAccountOverrides = {}) =>
    createSignedInUser(app, { password: PASSWORD, ...overrides });

  const get = (url: string, headers: Record<string, string>) =>
    app.inject({ method: 'GET', url, headers });

  async function list(query: string, headers = staff.headers): Promise<PairingListResponse> {
    const response = await get(`${pairings}${query}`, headers);
    expect({ status: response.statusCode, body: response.body }).toMatchObject({ status: 200 });
    return response.json<PairingListResponse>();
  }

  const idsOf = (items: PairingSummary[]) => items.map((item) => item.id);
  const letters = (items: PairingSummary[]) =>
    items.map((item) => Object.keys(p).find((key) => p[key] === item.id) ?? item.id);

  function dateDaysAgo(days: number): string {
    const [y, m, d] = today.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
  }

  async function seedVolunteerRow(userId: string): Promise<string> {
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO volunteer (user_id, status, languages, district, max_distance_km, availability, support_areas,
                              capacity, accepts_families_with_children)
       VALUES ($1, 'approved', '[{"code": "ar", "level": "native"}]', 'gemen', 10, '{mon-evening}', '{school}', 5,
               true)
       RETURNING id`,
      [userId],
    );
    return id;
  }

  async function signedInVolunteer(displayName: string): Promise<SignedInUser & Person> {
    const person = await signedIn({ roles: ['volunteer'], displayName, phone: '+49 2861 55555' });
    return {
      ...person,
      userId: person.user.id,
      volunteerId: await seedVolunteerRow(person.user.id),
    };
  }

  /** A pairing straight in the database: its family, a single match run with its proposal, history, contacts. */
  async function seedPairing(seed: PairingSeed): Promise<string> {
    const [{ id: familyId }]: { id: string }[] = await db.query(
      `INSERT INTO family (contact_name, contact_channel, contact_phone, preferred_locale, district, languages,
                           needs, status)
       VALUES ($1, 'messenger', $2, 'ar', 'gemen', '[{"code": "ar", "level": "native"}]', '{school,german}',
               'in_pairing')
       RETURNING id`,
      [seed.family, seed.phone],
    );
    await db.query(
      `INSERT INTO family_member (family_id, alias, age_band, gender, position)
       VALUES ($1, 'Mariam', '27-64', 'female', 0), ($1, 'Omar', '6-11', NULL, 1)`,
      [familyId],
    );
    const [{ id: runId }]: { id: string }[] = await db.query(
      `INSERT INTO match_run (kind, settings_version, weights, family_count, volunteer_count, total_score,
                              component_shares, duration_ms, created_by_id)
       VALUES ('single', 1, '{}', 1, 3, 0.72, '{}', 5, $1) RETURNING id`,
      [staff.user.id],
    );
    const [{ id: proposalId }]: { id: string }[] = await db.query(
      `INSERT INTO match_proposal (run_id, family_id, volunteer_id, score, breakdown, distance_km, status, reason,
                                   decided_by_id, decided_at)
       VALUES ($1, $2, $3, 0.72, '{}', 1.5, 'offered', $4, $5, now()) RETURNING id`,
      [runId, familyId, seed.volunteer.volunteerId, seed.overrideReason ?? null, staff.user.id],
    );
    const date = (days: number | undefined) => (days === undefined ? null : dateDaysAgo(days));
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO pairing (volunteer_id, family_id, proposal_id, coordinator_id, state, state_since,
                            commitment_months, intro_at, intro_place, trial_started_on, active_since, ended_on,
                            end_kind, end_reason, created_at)
       VALUES ($1, $2, $3, $4, $5, now() - make_interval(hours => $6), 6,
               CASE WHEN $7::int IS NULL THEN NULL ELSE now() - make_interval(hours => $7::int) END,
               CASE WHEN $7::int IS NULL THEN NULL ELSE 'Haus der Begegnung' END,
               $8::date, $9::date, $10::date,
               CASE WHEN $10::date IS NULL THEN NULL ELSE 'premature' END,
               CASE WHEN $10::date IS NULL THEN NULL ELSE 'life_change' END,
               now() - interval '500 days')
       RETURNING id`,
      [
        seed.volunteer.volunteerId,
        familyId,
        proposalId,
        staff.user.id,
        seed.state,
        seed.hoursInState,
        seed.introHoursAgo ?? null,
        date(seed.trialDaysAgo),
        date(seed.activeDaysAgo),
        date(seed.endedDaysAgo),
      ],
    );
    const history = seed.history ?? [
      { from: null, to: 'offered', action: 'offer', byId: staff.user.id },
    ];
    for (const [index, t] of history.entries())
      await db.query(
        `INSERT INTO pairing_transition (pairing_id, from_state, to_state, action, at, by_id, note)
         VALUES ($1, $2, $3, $4, now() - make_interval(hours => $5), $6, $7)`,
        [id, t.from, t.to, t.action, 1000 - index, t.byId, t.note ?? null],
      );
    for (const [index, c] of (seed.checkIns ?? []).entries())
      await db.query(
        `INSERT INTO check_in (pairing_id, occurred_on, kind, duration_minutes, topics, pulse, note, note_visibility,
                               entered_by, author_id, created_at)
         VALUES ($1, $2::date, 'meeting', 90, '{german,school}', $3, $4, $5, $6, $7,
                 now() - make_interval(mins => $8))`,
        [
          id,
          dateDaysAgo(c.daysAgo),
          c.pulse ?? null,
          c.note ?? null,
          c.visibility ?? 'shared',
          c.enteredBy ?? 'volunteer',
          c.authorId,
          100 - index,
        ],
      );
    return id;
  }

  async function auditRows(pairingId: string) {
    return (await db.query(
      `SELECT actor_id, action, details FROM audit_event
        WHERE subject_type = 'pairing' AND subject_id = $1 ORDER BY id`,
      [pairingId],
    )) as { actor_id: string; action: string; details: Record<string, unknown> }[];
  }

  beforeAll(async () => {
    schema = await createIsolatedSchema('pairing_views', SPONSORSHIP_SCHEMA_TABLES);
    app = await createTestApp({
      imports: [AppModule],
      env: { DATABASE_URL: schema.url, REDIS_URL: undefined },
    });
    db = app.get(DataSource);
    [{ today }] = await db.query(
      `SELECT (now() AT TIME ZONE 'Europe/Berlin')::date::text AS today`,
    );
    staff = await signedIn({ roles: ['staff'], displayName: 'Klara Koordination' });
    admin = await signedIn({ roles: ['admin'], displayName: 'Anton Programmleitung' });
    hanna = await signedInVolunteer('Hanna Gemen');
    jonas = await signedInVolunteer('Jonas Innenstadt');
    const zoeUser = await createUserAccount(db, { roles: ['volunteer'], displayName: 'Zoe 50_50' });
    zoe = { userId: zoeUser.id, volunteerId: await seedVolunteerRow(zoeUser.id) };

    // A: Hanna's trial, with a full history and three contacts (one staff-only) — trial_ready
    p['A'] = await seedPairing({
      family: 'Familie Haddad',
      phone: '+49 2861 10001',
      volunteer: hanna,
      state: 'trial',
      hoursInState: 10 * 24,
      introHoursAgo: 10 * 24,
      trialDaysAgo: 10,
      overrideReason: 'Kennt die Familie aus der Nachbarschaft',
      history: [
        {
          from: null,
          to: 'offered',
          action: 'offer',
          byId: staff.user.id,
          note: STAFF_TRANSITION_NOTE,
        },
        {
          from: 'offered',
          to: 'accepted',
          action: 'accept',
          byId: hanna.userId,
          note: VOLUNTEER_TRANSITION_NOTE,
        },
        { from: 'accepted', to: 'intro_scheduled', action: 'schedule_intro', byId: staff.user.id },
        { from: 'intro_scheduled', to: 'trial', action: 'hold_intro', byId: staff.user.id },
      ],
      checkIns: [
        { daysAgo: 9, pulse: 4, note: 'Schulranzen gekauft', authorId: hanna.userId },
        {
          daysAgo: 6,
          note: STAFF_ONLY_CHECK_IN_NOTE,
          visibility: 'staff_only',
          enteredBy: 'staff',
          authorId: staff.user.id,
        },
        { daysAgo: 3, pulse: 3, enteredBy: 'proxy', authorId: staff.user.id },
      ],
    });
    // B: Jonas's offer, waiting for 8 days — offer_waiting
    p['B'] = await seedPairing({
      family: 'Familie Nouri',
      phone: '+49 2861 10002',
      volunteer: jonas,
      state: 'offered',
      hoursInState: 8 * 24,
    });
    // C: Hanna's fresh offer — nothing; contact details hidden from her
    p['C'] = await seedPairing({
      family: 'Familie Rahimi',
      phone: '+49 2861 10003',
      volunteer: hanna,
      state: 'offered',
      hoursInState: 24,
    });
    // D: Jonas accepted — nothing; still no contact details for him
    p['D'] = await seedPairing({
      family: 'Familie 100% Hilfe',
      phone: '+49 2861 10004',
      volunteer: jonas,
      state: 'accepted',
      hoursInState: 30,
    });
    // E: first meeting three days ago, not recorded — intro_overdue; contact details visible to Jonas
    p['E'] = await seedPairing({
      family: 'Familie 1000 Hilfe',
      phone: '+49 2861 10005',
      volunteer: jonas,
      state: 'intro_scheduled',
      hoursInState: 6 * 24,
      introHoursAgo: 3 * 24,
    });
    // F: first meeting yesterday — nothing (same state_since as D: the id decides the order)
    p['F'] = await seedPairing({
      family: 'Familie Said',
      phone: '+49 2861 10006',
      volunteer: jonas,
      state: 'intro_scheduled',
      hoursInState: 30,
      introHoursAgo: 24,
    });
    await db.query(
      `UPDATE pairing SET state_since = (SELECT state_since FROM pairing WHERE id = $1) WHERE id = $2`,
      [p['D'], p['F']],
    );
    // G: active, last contact 30 days ago (threshold 21) — no_contact
    p['G'] = await seedPairing({
      family: 'Familie Karimi',
      phone: '+49 2861 10007',
      volunteer: zoe,
      state: 'active',
      hoursInState: 40 * 24,
      trialDaysAgo: 60,
      activeDaysAgo: 40,
      checkIns: [{ daysAgo: 30, pulse: 5, authorId: zoe.userId }],
    });
    // H: active, recent contacts, the last two pulses 2 and 1 — low_pulse
    p['H'] = await seedPairing({
      family: 'Familie Yilmaz',
      phone: '+49 2861 10008',
      volunteer: zoe,
      state: 'active',
      hoursInState: 20 * 24,
      trialDaysAgo: 50,
      activeDaysAgo: 20,
      checkIns: [
        { daysAgo: 10, pulse: 5, authorId: zoe.userId },
        { daysAgo: 5, pulse: 1, authorId: zoe.userId },
        { daysAgo: 4, authorId: zoe.userId },
        { daysAgo: 2, pulse: 2, authorId: zoe.userId },
      ],
    });
    // I: paused, last contact long ago — nothing (a paused pairing expects no contact)
    p['I'] = await seedPairing({
      family: 'Familie Bakr',
      phone: '+49 2861 10009',
      volunteer: zoe,
      state: 'paused',
      hoursInState: 15 * 24,
      trialDaysAgo: 90,
      activeDaysAgo: 70,
      checkIns: [{ daysAgo: 50, pulse: 1, authorId: zoe.userId }],
    });
    // M: trial with two of three contacts, the last yesterday — nothing
    p['M'] = await seedPairing({
      family: 'Familie Mansour',
      phone: '+49 2861 10010',
      volunteer: zoe,
      state: 'trial',
      hoursInState: 12 * 24,
      trialDaysAgo: 12,
      checkIns: [
        { daysAgo: 8, pulse: 2, authorId: zoe.userId },
        { daysAgo: 1, pulse: 4, authorId: zoe.userId },
      ],
    });
    // closed ones: Hanna's ended 10 days ago, ended 400 days ago, declined 5 days ago
    p['J'] = await seedPairing({
      family: 'Familie Ende',
      phone: '+49 2861 10011',
      volunteer: hanna,
      state: 'ended',
      hoursInState: 10 * 24,
      trialDaysAgo: 100,
      activeDaysAgo: 80,
      endedDaysAgo: 10,
    });
    p['K'] = await seedPairing({
      family: 'Familie Alt',
      phone: '+49 2861 10012',
      volunteer: hanna,
      state: 'ended',
      hoursInState: 400 * 24,
      trialDaysAgo: 480,
      activeDaysAgo: 460,
      endedDaysAgo: 400,
    });
    p['L'] = await seedPairing({
      family: 'Familie Nein',
      phone: '+49 2861 10013',
      volunteer: hanna,
      state: 'declined',
      hoursInState: 5 * 24,
    });
  });

  afterAll(async () => {
    await app?.close();
    await schema?.drop();
  });

  describe('staff detail', () => {
    it('shows everything to staff and records the read as pairing.viewed', async () => {
      const before = await auditRows(p['A']);
      const response = await get(`${pairings}/${p['A']}`, staff.headers);
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      const detail = response.json<PairingDetail>();

      expect(detail).toMatchObject({
        id: p['A'],
        state: 'trial',
        commitmentMonths: 6,
        family: {
          contactName: 'Familie Haddad',
          district: 'gemen',
          languages: [{ code: 'ar', level: 'native' }],
          members: [
            { alias: 'Mariam', ageBand: '27-64' },
            { alias: 'Omar', ageBand: '6-11' },
          ],
          needs: ['school', 'german'],
          contactChannel: 'messenger',
          contactPhone: '+49 2861 10001',
        },
        volunteer: {
          id: hanna.volunteerId,
          displayName: 'Hanna Gemen',
          email: hanna.user.email,
          phone: '+49 2861 55555',
        },
        coordinator: { id: staff.user.id, displayName: 'Klara Koordination' },
        introPlace: 'Haus der Begegnung',
        trialStartedOn: dateDaysAgo(10),
        activeSince: null,
        endedOn: null,
        endKind: null,
        endReason: null,
        proposal: {
          score: 0.72,
          weightsVersion: 1,
          overrideReason: 'Kennt die Familie aus der Nachbarschaft',
        },
        allowedActions: ['confirm', 'end'],
        trialMeetings: { done: 3, required: 3 },
        attention: ['trial_ready'],
      });
      // members carry alias and age band only
      expect(Object.keys(detail.family.members[0]).sort()).toEqual(['ageBand', 'alias']);
      expect(detail.history.map((t) => [t.action, t.note])).toEqual([
        ['offer', STAFF_TRANSITION_NOTE],
        ['accept', VOLUNTEER_TRANSITION_NOTE],
        ['schedule_intro', null],
        ['hold_intro', null],
      ]);
      expect(detail.history[1].by).toEqual({ id: hanna.userId, displayName: 'Hanna Gemen' });
      // newest contact first; the staff-only note is there for staff
      expect(
        detail.checkIns.map((c) => [c.occurredOn, c.enteredBy, c.noteVisibility, c.note]),
      ).toEqual([
        [dateDaysAgo(3), 'proxy', 'shared', null],
        [dateDaysAgo(6), 'staff', 'staff_only', STAFF_ONLY_CHECK_IN_NOTE],
        [dateDaysAgo(9), 'volunteer', 'shared', 'Schulranzen gekauft'],
      ]);

      const after = await auditRows(p['A']);
      expect(after.slice(before.length)).toEqual([
        { actor_id: staff.user.id, action: 'pairing.viewed', details: { state: 'trial' } },
      ]);
    });

    it('lets admins read too; volunteers and anonymous callers are refused', async () => {
      expect((await get(`${pairings}/${p['A']}`, admin.headers)).statusCode).toBe(200);
      expect((await get(`${pairings}/${p['A']}`, hanna.headers)).statusCode).toBe(403);
      expect((await get(`${pairings}/${p['A']}`, {})).statusCode).toBe(401);
      expect((await get(pairings, hanna.headers)).statusCode).toBe(403);
    });

    it('answers 404 for an unknown or malformed id, without an audit entry', async () => {
      expectApiError(
        await get(`${pairings}/${UNKNOWN_ID}`, staff.headers),
        404,
        'PAIRING_NOT_FOUND',
      );
      expectApiError(await get(`${pairings}/not-a-uuid`, staff.headers), 404, 'PAIRING_NOT_FOUND');
      expect(await auditRows(UNKNOWN_ID)).toEqual([]);
    });
  });

  describe('volunteer detail', () => {
    it('hides staff-only notes, staff transition notes and the own contact data (raw JSON)', async () => {
      const before = await auditRows(p['A']);
      const response = await get(`${myPairings}/${p['A']}`, hanna.headers);
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain(STAFF_ONLY_CHECK_IN_NOTE);
      expect(response.body).not.toContain(STAFF_TRANSITION_NOTE);
      expect(response.body).not.toContain(hanna.user.email);
      expect(response.body).not.toContain('+49 2861 55555');
      expect(response.body).toContain(VOLUNTEER_TRANSITION_NOTE);

      const detail = response.json<PairingDetail>();
      expect(detail.volunteer).toEqual({
        id: hanna.volunteerId,
        displayName: 'Hanna Gemen',
        email: null,
        phone: null,
      });
      // the staff-only contact stays in the list (it happened), without its note
      expect(detail.checkIns.map((c) => [c.enteredBy, c.noteVisibility, c.note])).toEqual([
        ['proxy', 'shared', null],
        ['staff', 'staff_only', null],
        ['volunteer', 'shared', 'Schulranzen gekauft'],
      ]);
      expect(detail.history.map((t) => t.note)).toEqual([
        null,
        VOLUNTEER_TRANSITION_NOTE,
        null,
        null,
      ]);
      // from the trial on the volunteer knows how to reach the family
      expect(detail.family).toMatchObject({
        contactChannel: 'messenger',
        contactPhone: '+49 2861 10001',
      });
      expect(detail.allowedActions).toEqual(['end']);
      expect(detail.trialMeetings).toEqual({ done: 3, required: 3 });
      // the volunteer's own reads are not audited (nothing sensitive of others is shown)
      expect(await auditRows(p['A'])).toHaveLength(before.length);
    });

    it.each([
      ['offered', 'C', 'hanna', '+49 2861 10003', ['accept', 'decline']],
      ['accepted', 'D', 'jonas', '+49 2861 10004', ['decline']],
      ['declined', 'L', 'hanna', '+49 2861 10013', []],
    ] as const)(
      'keeps the family’s contact details from the volunteer while %s',
      async (_state, letter, who, phone, actions) => {
        const volunteer = who === 'hanna' ? hanna : jonas;
        const response = await get(`${myPairings}/${p[letter]}`, volunteer.headers);
        expect(response.statusCode).toBe(200);
        expect(response.body).not.toContain(phone);
        const detail = response.json<PairingDetail>();
        expect(detail.family).toMatchObject({
          contactName: null,
          contactChannel: null,
          contactPhone: null,
        });
        // who the family is, too: the household's size and ages only, no first names
        expect(detail.family.members.length).toBeGreaterThan(0);
        expect(detail.family.members.map((member) => member.alias)).toEqual(
          detail.family.members.map(() => null),
        );
        expect(detail.allowedActions).toEqual(actions);
        // staff see them in the same state
        const staffView = (
          await get(`${pairings}/${p[letter]}`, staff.headers)
        ).json<PairingDetail>();
        expect(staffView.family).toMatchObject({
          contactName: expect.any(String),
          contactChannel: 'messenger',
          contactPhone: phone,
        });
        expect(staffView.family.members.every((member) => typeof member.alias === 'string')).toBe(
          true,
        );
      },
    );

    it('shares the family’s contact details once the first meeting is arranged', async () => {
      const detail = (await get(`${myPairings}/${p['E']}`, jonas.headers)).json<PairingDetail>();
      expect(detail.family).toMatchObject({
        contactName: expect.any(String),
        contactChannel: 'messenger',
        contactPhone: '+49 2861 10005',
      });
      expect(detail.introPlace).toBe('Haus der Begegnung');
    });

    it('answers 404 for another volunteer’s pairing, an unknown and a malformed id', async () => {
      expectApiError(await get(`${myPairings}/${p['A']}`, jonas.headers), 404, 'PAIRING_NOT_FOUND');
      expectApiError(
        await get(`${myPairings}/${UNKNOWN_ID}`, jonas.headers),
        404,
        'PAIRING_NOT_FOUND',
      );
      expectApiError(await get(`${myPairings}/x`, jonas.headers), 404, 'PAIRING_NOT_FOUND');
      expect((await get(`${myPairings}/${p['A']}`, staff.headers)).statusCode).toBe(403);
    });

    it('answers 404 to a volunteer account without a profile', async () => {
      const newcomer = await signedIn({ roles: ['volunteer'], displayName: 'Neu Hier' });
      expectApiError(
        await get(`${myPairings}/${p['A']}`, newcomer.headers),
        404,
        'PAIRING_NOT_FOUND',
      );
      const own = await get(myPairings, newcomer.headers);
      expect(own.json<MyPairingsResponse>()).toEqual({ items: [] });
    });
  });

  describe('my pairings', () => {
    it('lists open pairings first, then those ended or declined within a year', async () => {
      const response = await get(myPairings, hanna.headers);
      expect(response.statusCode).toBe(200);
      const { items } = response.json<MyPairingsResponse>();
      // open by newest state change (C 1 day, A 10 days), then closed (L 5 days, J 10 days); K is too old
      expect(letters(items)).toEqual(['C', 'A', 'L', 'J']);
      // the offer (C) and the declined one (L) do not name the family
      expect(items.map((item) => item.family.contactName)).toEqual([
        null,
        'Familie Haddad',
        null,
        expect.any(String),
      ]);
      expect(items[1]).toMatchObject({
        state: 'trial',
        family: { contactName: 'Familie Haddad', district: 'gemen' },
        volunteer: { id: hanna.volunteerId, displayName: 'Hanna Gemen' },
        lastContactOn: dateDaysAgo(3),
        checkInCount: 3,
        attention: ['trial_ready'],
      });
      expect(response.body).not.toContain('+49 2861');
    });

    it('shows a volunteer only their own pairings', async () => {
      const { items } = (await get(myPairings, jonas.headers)).json<MyPairingsResponse>();
      expect(letters(items).sort()).toEqual(['B', 'D', 'E', 'F']);
    });
  });

  describe('staff list', () => {
    const OPEN = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'M'];

    it('shows the open pairings, newest state change first, id breaking ties', async () => {
      const { items, nextCursor } = await list('');
      expect(letters(items).sort()).toEqual(OPEN);
      expect(nextCursor).toBeNull();
      const order: { id: string }[] = await db.query(
        `SELECT id FROM pairing WHERE state NOT IN ('ended', 'declined') ORDER BY state_since DESC, id`,
      );
      expect(idsOf(items)).toEqual(order.map((row) => row.id));
      expect(items.find((item) => item.id === p['H'])).toMatchObject({
        state: 'active',
        volunteer: { id: zoe.volunteerId, displayName: 'Zoe 50_50' },
        coordinator: { id: staff.user.id, displayName: 'Klara Koordination' },
        lastContactOn: dateDaysAgo(2),
        checkInCount: 4,
      });
    });

    it('filters by one state, closed ones included', async () => {
      expect(letters((await list('?state=ended')).items)).toEqual(['J', 'K']);
      expect(letters((await list('?state=declined')).items)).toEqual(['L']);
      expect(letters((await list('?state=intro_scheduled')).items).sort()).toEqual(['E', 'F']);
    });

    it('rejects an unknown state, attention value or cursor', async () => {
      const state = expectApiError(
        await get(`${pairings}?state=open`, staff.headers),
        422,
        'VALIDATION_FAILED',
      );
      expect(state.details).toHaveProperty('state');
      expectApiError(
        await get(`${pairings}?attention=yes`, staff.headers),
        422,
        'VALIDATION_FAILED',
      );
      const cursor = expectApiError(
        await get(`${pairings}?cursor=abc`, staff.headers),
        422,
        'VALIDATION_FAILED',
      );
      expect(cursor.details).toEqual({ cursor: ['cursor is not valid'] });
    });

    it('pages with an opaque cursor through every open pairing exactly once, ties included', async () => {
      const all = idsOf((await list('')).items);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: PairingListResponse = await list(
          `?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        expect(page.items.length).toBeLessThanOrEqual(3);
        seen.push(...idsOf(page.items));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(seen).toEqual(all);
      // one row per page crosses the D/F tie at every boundary
      const single: string[] = [];
      cursor = null;
      do {
        const page: PairingListResponse = await list(
          `?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        single.push(...idsOf(page.items));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(single).toEqual(all);
    });

    it('searches family contact names and volunteer names, taking % and _ literally', async () => {
      expect(letters((await list(`?q=${encodeURIComponent('100%')}`)).items)).toEqual(['D']);
      expect(letters((await list('?q=hilfe')).items).sort()).toEqual(['D', 'E']);
      expect(letters((await list('?q=JONAS')).items).sort()).toEqual(['B', 'D', 'E', 'F']);
      expect(letters((await list('?q=_')).items).sort()).toEqual(['G', 'H', 'I', 'M']);
      expect(letters((await list(`?q=${encodeURIComponent('%')}`)).items)).toEqual(['D']);
      expect(letters((await list('?q=Alt&state=ended')).items)).toEqual(['K']);
    });
  });

  describe('needs attention', () => {
    const EXPECTED: Record<string, AttentionReason[]> = {
      A: ['trial_ready'],
      B: ['offer_waiting'],
      E: ['intro_overdue'],
      G: ['no_contact'],
      H: ['low_pulse'],
    };

    it('names the reasons per pairing in the list and the detail', async () => {
      const { items } = await list('');
      const reasons = Object.fromEntries(
        items
          .filter((item) => item.attention.length > 0)
          .map((item) => [letters([item])[0], item.attention]),
      );
      expect(reasons).toEqual(EXPECTED);
      for (const item of items) {
        const detail = (await get(`${pairings}/${item.id}`, staff.headers)).json<PairingDetail>();
        expect({ id: letters([item])[0], attention: detail.attention }).toEqual({
          id: letters([item])[0],
          attention: item.attention,
        });
      }
    });

    it('attention=1 (decided in SQL) returns exactly the pairings the rules flag (decided in TS)', async () => {
      const flagged = await list('?attention=1');
      expect(letters(flagged.items).sort()).toEqual(Object.keys(EXPECTED));
      expect(flagged.items.every((item) => item.attention.length > 0)).toBe(true);
      expect(letters((await list('?attention=1&state=trial')).items)).toEqual(['A']);
      expect(letters((await list('?attention=0')).items).sort()).toEqual([
        'A',
        'B',
        'C',
        'D',
        'E',
        'F',
        'G',
        'H',
        'I',
        'M',
      ]);
    });

    it('follows the newest settings: with 35 days no contact is no longer due, with 2 trial meetings M is ready', async () => {
      await db.query(
        `INSERT INTO sponsorship_settings (version, weights, no_contact_days, trial_meetings_required, min_score)
         SELECT version + 1, weights, 35, 2, min_score FROM sponsorship_settings ORDER BY version DESC LIMIT 1`,
      );
      try {
        const flagged = await list('?attention=1');
        expect(letters(flagged.items).sort()).toEqual(['A', 'B', 'E', 'H', 'M']);
        const { items } = await list('');
        expect(letters(items.filter((item) => item.attention.length > 0)).sort()).toEqual([
          'A',
          'B',
          'E',
          'H',
          'M',
        ]);
        const m = (await get(`${pairings}/${p['M']}`, staff.headers)).json<PairingDetail>();
        expect(m).toMatchObject({
          trialMeetings: { done: 2, required: 2 },
          attention: ['trial_ready'],
        });
      } finally {
        await db.query(`DELETE FROM sponsorship_settings WHERE version > 1`);
      }
    });
  });
});
