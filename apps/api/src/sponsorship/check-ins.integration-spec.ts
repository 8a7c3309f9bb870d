import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createSignedInUser,
  createTestApp,
  type SignedInUser,
  type UserAccountOverrides,
  waitUntil,
  expectApiError,
} from '@zusammen/api/testing';
import {
  PAIRING_ROUTES,
  PAIRING_STATES,
  type CheckInRecord,
  type CheckInRequest,
  type PairingDetail,
  type PairingState,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';

const PASSWORD = 'Borken-Patenschaft-2026';
const { pairings, myPairings } = PAIRING_ROUTES;
const UNKNOWN_ID = '7d7c3a0e-0000-4000-8000-000000000000';
const STAFF_ONLY_NOTE = 'Dolmetscherin berichtet: Familie fühlt sich überfordert';

interface Volunteer extends SignedInUser {
  volunteerId: string;
}

/**
 * Logging contacts through HTTP on the shared test database: who may log in which state, the date rules in
 * Borken's calendar, proxy entries and note visibility, the audit entry, and the row lock against a concurrent
 * end. Pairings are inserted in SQL in the state each case needs.
 */
describe('Patenmodell: contacts (check-ins) (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let staff: SignedInUser;
  let hanna: Volunteer;
  let jonas: Volunteer;
  let today: string;

  const signedIn = (overrides: UserAccountOverrides = {}) =>
    createSignedInUser(app, { password: PASSWORD, ...overrides });

  const post = (url: string, headers: Record<string, string>, payload: object) =>
    app.inject({ method: 'POST', url, headers, payload });
  const get = (url: string, headers: Record<string, string>) =>
    app.inject({ method: 'GET', url, headers });

  const staffCheckIn = (pairingId: string, body: object, by: SignedInUser = staff) =>
    post(`${pairings}/${pairingId}/check-ins`, by.headers, body);
  const ownCheckIn = (pairingId: string, body: object, by: Volunteer = hanna) =>
    post(`${myPairings}/${pairingId}/check-ins`, by.headers, body);

  function expectCreated(response: {
    statusCode: number;
    body: string;
    json: <T>() => T;
  }): CheckInRecord {
    expect({ status: response.statusCode, body: response.body }).toMatchObject({ status: 201 });
    return response.json<CheckInRecord>();
  }

  function dateDaysAgo(days: number): string {
    const [y, m, d] = today.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
  }

  const contact = (overrides: Partial<CheckInRequest> = {}): CheckInRequest => ({
    occurredOn: dateDaysAgo(1),
    kind: 'meeting',
    durationMinutes: 90,
    topics: ['school', 'german'],
    pulse: 4,
    note: 'Hausaufgaben zusammen gemacht',
    ...overrides,
  });

  async function volunteer(displayName: string): Promise<Volunteer> {
    const person = await signedIn({ roles: ['volunteer'], displayName });
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO volunteer (user_id, status, languages, district, max_distance_km, availability, support_areas,
                              capacity, accepts_families_with_children)
       VALUES ($1, 'approved', '[{"code": "de", "level": "native"}]', 'gemen', 10, '{mon-evening}', '{school}', 5,
               true)
       RETURNING id`,
      [person.user.id],
    );
    return { ...person, volunteerId: id };
  }

  /** A pairing of `owner` in `state`; trial and later states started the trial 20 days ago. */
  async function pairingIn(state: PairingState, owner: Volunteer = hanna): Promise<string> {
    const [{ id: familyId }]: { id: string }[] = await db.query(
      `INSERT INTO family (contact_name, contact_channel, contact_phone, preferred_locale, district, languages, status)
       VALUES ('Familie Check-in', 'phone', '+49 2861 20000', 'ar', 'gemen', '[{"code": "ar", "level": "native"}]',
               'in_pairing')
       RETURNING id`,
    );
    const [{ id: runId }]: { id: string }[] = await db.query(
      `INSERT INTO match_run (kind, settings_version, weights, family_count, volunteer_count, total_score,
                              component_shares, duration_ms)
       VALUES ('single', 1, '{}', 1, 1, 0.5, '{}', 1) RETURNING id`,
    );
    const [{ id: proposalId }]: { id: string }[] = await db.query(
      `INSERT INTO match_proposal (run_id, family_id, volunteer_id, score, breakdown, distance_km, status, decided_at)
       VALUES ($1, $2, $3, 0.5, '{}', 0, 'offered', now()) RETURNING id`,
      [runId, familyId, owner.volunteerId],
    );
    const started = !['offered', 'accepted', 'intro_scheduled', 'declined'].includes(state);
    const active = ['active', 'paused', 'ended'].includes(state);
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO pairing (volunteer_id, family_id, proposal_id, coordinator_id, state, commitment_months,
                            trial_started_on, active_since, ended_on, end_kind, end_reason)
       VALUES ($1, $2, $3, $4, $5, 6, $6::date, $7::date, $8::date,
               CASE WHEN $8::date IS NULL THEN NULL ELSE 'premature' END,
               CASE WHEN $8::date IS NULL THEN NULL ELSE 'life_change' END)
       RETURNING id`,
      [
        owner.volunteerId,
        familyId,
        proposalId,
        staff.user.id,
        state,
        started ? dateDaysAgo(20) : null,
        active ? dateDaysAgo(10) : null,
        state === 'ended' ? dateDaysAgo(1) : null,
      ],
    );
    return id;
  }

  const storedCheckIns = async (pairingId: string) =>
    (await db.query(
      `SELECT occurred_on::text, kind, duration_minutes, topics, pulse, note, note_visibility, entered_by, author_id
         FROM check_in WHERE pairing_id = $1 ORDER BY created_at`,
      [pairingId],
    )) as Record<string, unknown>[];

  const auditOf = async (pairingId: string) =>
    (await db.query(
      `SELECT actor_id, action, details FROM audit_event
        WHERE subject_type = 'pairing' AND subject_id = $1 AND action = 'pairing.check-in-added' ORDER BY id`,
      [pairingId],
    )) as { actor_id: string; action: string; details: Record<string, unknown> }[];

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    [{ today }] = await db.query(
      `SELECT (now() AT TIME ZONE 'Europe/Berlin')::date::text AS today`,
    );
    staff = await signedIn({ roles: ['staff'], displayName: 'Klara Koordination' });
    hanna = await volunteer('Hanna Gemen');
    jonas = await volunteer('Jonas Innenstadt');
  });

  afterAll(async () => {
    await app?.close();
  });

  describe('by the volunteer', () => {
    it('logs a contact as the volunteer with a shared note, audited without the note text', async () => {
      const pairingId = await pairingIn('trial');
      const record = expectCreated(await ownCheckIn(pairingId, contact()));
      expect(record).toEqual({
        id: expect.any(String),
        occurredOn: dateDaysAgo(1),
        kind: 'meeting',
        durationMinutes: 90,
        topics: ['school', 'german'],
        pulse: 4,
        note: 'Hausaufgaben zusammen gemacht',
        noteVisibility: 'shared',
        enteredBy: 'volunteer',
        author: { id: hanna.user.id, displayName: 'Hanna Gemen' },
        createdAt: expect.any(String),
      });
      expect(await storedCheckIns(pairingId)).toEqual([
        expect.objectContaining({
          entered_by: 'volunteer',
          note_visibility: 'shared',
          author_id: hanna.user.id,
        }),
      ]);
      const audit = await auditOf(pairingId);
      expect(audit).toEqual([
        {
          actor_id: hanna.user.id,
          action: 'pairing.check-in-added',
          details: {
            checkInId: record.id,
            as: 'volunteer',
            enteredBy: 'volunteer',
            kind: 'meeting',
            occurredOn: dateDaysAgo(1),
            hasNote: true,
            noteVisibility: 'shared',
          },
        },
      ]);
      expect(JSON.stringify(audit)).not.toContain('Hausaufgaben');

      const detail = (await get(`${myPairings}/${pairingId}`, hanna.headers)).json<PairingDetail>();
      expect(detail.checkIns.map((c) => c.id)).toEqual([record.id]);
      expect(detail.trialMeetings.done).toBe(1);
    });

    it.each([
      ['enteredBy', { enteredBy: 'staff' }],
      ['noteVisibility', { noteVisibility: 'staff_only' }],
      ['noteVisibility', { noteVisibility: 'shared' }],
    ])('refuses %s in the volunteer’s body (422)', async (field, extra) => {
      const pairingId = await pairingIn('active');
      const error = expectApiError(
        await ownCheckIn(pairingId, { ...contact(), ...extra }),
        422,
        'VALIDATION_FAILED',
      );
      expect(error.details).toHaveProperty(field);
      expect(await storedCheckIns(pairingId)).toEqual([]);
    });

    it('answers 404 for another volunteer’s pairing, an unknown and a malformed id', async () => {
      const pairingId = await pairingIn('active');
      expectApiError(await ownCheckIn(pairingId, contact(), jonas), 404, 'PAIRING_NOT_FOUND');
      expectApiError(await ownCheckIn(UNKNOWN_ID, contact()), 404, 'PAIRING_NOT_FOUND');
      expectApiError(await ownCheckIn('42', contact()), 404, 'PAIRING_NOT_FOUND');
      expect(await storedCheckIns(pairingId)).toEqual([]);
    });

    it('keeps volunteers off the staff route and staff off the volunteer route', async () => {
      const pairingId = await pairingIn('active');
      expect((await staffCheckIn(pairingId, contact(), hanna)).statusCode).toBe(403);
      expect(
        (await post(`${myPairings}/${pairingId}/check-ins`, staff.headers, contact())).statusCode,
      ).toBe(403);
      expect((await post(`${pairings}/${pairingId}/check-ins`, {}, contact())).statusCode).toBe(
        401,
      );
    });
  });

  describe('by staff', () => {
    it('logs as staff with a shared note by default', async () => {
      const pairingId = await pairingIn('active');
      const { pulse: _pulse, ...withoutPulse } = contact({
        kind: 'phone',
        topics: ['authorities'],
      });
      const record = expectCreated(await staffCheckIn(pairingId, withoutPulse));
      expect(record).toMatchObject({
        kind: 'phone',
        topics: ['authorities'],
        pulse: null,
        enteredBy: 'staff',
        noteVisibility: 'shared',
        author: { id: staff.user.id, displayName: 'Klara Koordination' },
      });
    });

    it('enters for the family as proxy with a staff-only note the volunteer never sees', async () => {
      const pairingId = await pairingIn('paused');
      const record = expectCreated(
        await staffCheckIn(pairingId, {
          ...contact({ pulse: 2, note: STAFF_ONLY_NOTE }),
          enteredBy: 'proxy',
          noteVisibility: 'staff_only',
        }),
      );
      expect(record).toMatchObject({
        enteredBy: 'proxy',
        noteVisibility: 'staff_only',
        note: STAFF_ONLY_NOTE,
      });

      const own = await get(`${myPairings}/${pairingId}`, hanna.headers);
      expect(own.statusCode).toBe(200);
      expect(own.body).not.toContain(STAFF_ONLY_NOTE);
      expect(own.json<PairingDetail>().checkIns).toEqual([
        expect.objectContaining({
          id: record.id,
          enteredBy: 'proxy',
          noteVisibility: 'staff_only',
          note: null,
        }),
      ]);
      const mine = await get(myPairings, hanna.headers);
      expect(mine.body).not.toContain(STAFF_ONLY_NOTE);

      const staffView = (
        await get(`${pairings}/${pairingId}`, staff.headers)
      ).json<PairingDetail>();
      expect(staffView.checkIns[0].note).toBe(STAFF_ONLY_NOTE);
      const [audit] = await auditOf(pairingId);
      expect(audit.details).toMatchObject({
        as: 'staff',
        enteredBy: 'proxy',
        noteVisibility: 'staff_only',
        hasNote: true,
      });
      expect(JSON.stringify(audit)).not.toContain('Dolmetscherin');
    });

    it('refuses enteredBy volunteer from staff', async () => {
      const pairingId = await pairingIn('active');
      const error = expectApiError(
        await staffCheckIn(pairingId, { ...contact(), enteredBy: 'volunteer' }),
        422,
        'VALIDATION_FAILED',
      );
      expect(error.details).toHaveProperty('enteredBy');
    });
  });

  describe('states (invariant 8)', () => {
    it.each(
      PAIRING_STATES.map(
        (state) => [state, ['trial', 'active', 'paused'].includes(state)] as const,
      ),
    )('%s → allowed: %s', async (state, allowed) => {
      const pairingId = await pairingIn(state);
      const byStaff = await staffCheckIn(pairingId, contact());
      const byVolunteer = await ownCheckIn(pairingId, contact());
      if (allowed) {
        expectCreated(byStaff);
        expectCreated(byVolunteer);
        expect(await storedCheckIns(pairingId)).toHaveLength(2);
      } else {
        expect(expectApiError(byStaff, 409, 'CHECK_IN_NOT_ALLOWED').details).toEqual({ state });
        expectApiError(byVolunteer, 409, 'CHECK_IN_NOT_ALLOWED');
        expect(await storedCheckIns(pairingId)).toEqual([]);
        expect(await auditOf(pairingId)).toEqual([]);
      }
    });

    it('refuses contacts once staff ended the pairing through the transition route', async () => {
      const pairingId = await pairingIn('active');
      expectCreated(await ownCheckIn(pairingId, contact()));
      const ended = await post(`${pairings}/${pairingId}/transitions`, staff.headers, {
        action: 'end',
        endReason: 'life_change',
        note: 'Familie zieht nach Münster',
      });
      expect({ status: ended.statusCode, body: ended.body }).toMatchObject({ status: 200 });
      expectApiError(await ownCheckIn(pairingId, contact()), 409, 'CHECK_IN_NOT_ALLOWED');
    });

    it('holds the pairing row: an end committed while the contact waits for the lock wins, with 409', async () => {
      const pairingId = await pairingIn('active');
      const runner = db.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        await runner.query(`SELECT id FROM pairing WHERE id = $1 FOR UPDATE`, [pairingId]);
        const pending = ownCheckIn(pairingId, contact()).then((response) => response);
        await waitUntil(
          async () => {
            const [{ waiting }]: { waiting: number }[] = await db.query(
              `SELECT count(*)::int AS waiting FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'
                  AND (query LIKE '%FOR SHARE OF p%' OR query LIKE '%INSERT INTO check_in%')`,
            );
            return waiting > 0;
          },
          // whichever statement waits: without the lock, the INSERT's foreign key check would wait and then
          // insert a contact into the ended pairing
          { description: 'the check-in waits for the pairing row' },
        );
        await runner.query(
          `UPDATE pairing SET state = 'ended', state_since = now(), ended_on = $2::date, end_kind = 'premature',
                              end_reason = 'contact_faded'
            WHERE id = $1`,
          [pairingId, today],
        );
        await runner.commitTransaction();
        expect(expectApiError(await pending, 409, 'CHECK_IN_NOT_ALLOWED').details).toEqual({
          state: 'ended',
        });
        expect(await storedCheckIns(pairingId)).toEqual([]);
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
    });
  });

  describe('dates and values', () => {
    it('accepts today and the trial start, refuses tomorrow and the day before the trial (Borken dates)', async () => {
      const pairingId = await pairingIn('trial');
      expectCreated(await ownCheckIn(pairingId, contact({ occurredOn: today })));
      expectCreated(await ownCheckIn(pairingId, contact({ occurredOn: dateDaysAgo(20) })));
      const future = expectApiError(
        await ownCheckIn(pairingId, contact({ occurredOn: dateDaysAgo(-1) })),
        422,
        'VALIDATION_FAILED',
      );
      expect(future.details).toEqual({ occurredOn: [expect.stringContaining('after today')] });
      const early = expectApiError(
        await staffCheckIn(pairingId, contact({ occurredOn: dateDaysAgo(21) })),
        422,
        'VALIDATION_FAILED',
      );
      expect(early.details).toEqual({
        occurredOn: [`occurredOn must not be before the trial started (${dateDaysAgo(20)})`],
      });
      expect(await storedCheckIns(pairingId)).toHaveLength(2);

      // both contacts count towards the trial (threshold 3)
      const detail = (await get(`${pairings}/${pairingId}`, staff.headers)).json<PairingDetail>();
      expect(detail.trialMeetings).toEqual({ done: 2, required: 3 });
      expect(detail.attention).toEqual([]);
      expectCreated(await ownCheckIn(pairingId, contact({ occurredOn: dateDaysAgo(2) })));
      const ready = (await get(`${pairings}/${pairingId}`, staff.headers)).json<PairingDetail>();
      expect(ready).toMatchObject({
        trialMeetings: { done: 3, required: 3 },
        attention: ['trial_ready'],
      });
    });

    it.each([
      ['occurredOn', { occurredOn: '2026-02-30' }],
      ['occurredOn', { occurredOn: '26.11.2026' }],
      ['kind', { kind: 'visit' }],
      ['durationMinutes', { durationMinutes: 4 }],
      ['durationMinutes', { durationMinutes: 601 }],
      ['durationMinutes', { durationMinutes: 30.5 }],
      ['topics', { topics: [] }],
      ['topics', { topics: ['cooking'] }],
      ['topics', { topics: ['school', 'school'] }],
      ['pulse', { pulse: 0 }],
      ['pulse', { pulse: 6 }],
      ['note', { note: 'x'.repeat(2001) }],
    ])('refuses a bad %s (422 with the field)', async (field, change) => {
      const pairingId = await pairingIn('active');
      const error = expectApiError(
        await staffCheckIn(pairingId, { ...contact(), ...change }),
        422,
        'VALIDATION_FAILED',
      );
      expect(error.details).toHaveProperty(field);
      expect(await storedCheckIns(pairingId)).toEqual([]);
    });

    it('accepts the bounds: 5 and 600 minutes, pulse 1 and 5, a note of 2,000 characters, a blank note as none', async () => {
      const pairingId = await pairingIn('active');
      expectCreated(await staffCheckIn(pairingId, contact({ durationMinutes: 5, pulse: 1 })));
      expectCreated(
        await staffCheckIn(
          pairingId,
          contact({ durationMinutes: 600, pulse: 5, note: 'x'.repeat(2000) }),
        ),
      );
      const blank = expectCreated(await ownCheckIn(pairingId, contact({ note: '   ' })));
      expect(blank.note).toBeNull();
      expect((await auditOf(pairingId))[2].details).toMatchObject({ hasNote: false });
    });
  });
});
