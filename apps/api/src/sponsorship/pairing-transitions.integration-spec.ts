import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createSignedInUser,
  createTestApp,
  type SignedInUser,
  type UserAccountOverrides,
  expectApiError,
} from '@zusammen/api/testing';
import {
  PAIRING_ROUTES,
  PRIVACY_ROUTES,
  SPONSORSHIP_ROUTES,
  type FamilyDetail,
  type FamilyRequest,
  type PairingDetail,
  type PairingTransitionRequest,
  type PersonalDataExport,
  type VolunteerProfileResponse,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';

const PASSWORD = 'Borken-Patenschaft-2026';
const { pairings, myPairings } = PAIRING_ROUTES;
const { families, volunteers } = SPONSORSHIP_ROUTES;
const UNKNOWN_ID = '7d7c3a0e-0000-4000-8000-000000000000';

/** A household with a child in Gemen that speaks Arabic. */
const FAMILY: FamilyRequest = {
  contactName: 'Mariam',
  contactChannel: 'phone',
  contactPhone: '+49 2861 12345',
  preferredLocale: 'ar',
  district: 'gemen',
  languages: [{ code: 'ar', level: 'native' }],
  members: [
    { alias: 'Mariam', ageBand: '27-64', gender: 'female' },
    { alias: 'Omar', ageBand: '6-11' },
  ],
  needs: ['school', 'authorities'],
  availability: ['mon-evening', 'sat-morning'],
  volunteerGenderPreference: 'none',
  interpreterAvailable: false,
  urgent: false,
};

interface Volunteer extends SignedInUser {
  id: string;
}

interface NotificationRow {
  recipient_id: string;
  idempotency_key: string;
  type: string;
  payload: Record<string, unknown>;
}

/**
 * The pairing lifecycle through HTTP on the shared test database: every transition of the table, a sample
 * of refused ones, the inputs per action, the notifications and audit entries, the effects on the pair and
 * the family, and the volunteer side (inactive refused, erasure). Offers here always carry an override
 * reason, so the other volunteers other test files create at the same time never matter.
 */
describe('Patenmodell: pairing transitions (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let coordinator: SignedInUser;
  let otherStaff: SignedInUser;
  let today: string;

  const signedIn = (overrides: UserAccountOverrides = {}) =>
    createSignedInUser(app, { password: PASSWORD, ...overrides });

  const call = (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    headers: Record<string, string>,
    payload?: object,
  ) => app.inject({ method, url, headers, payload });

  /** An approved volunteer in Gemen speaking Arabic, with a clear § 72a entry, signed in. */
  async function seedVolunteer(capacity = 2, displayName = 'Hanna Gemen'): Promise<Volunteer> {
    const person = await signedIn({ roles: ['volunteer'], displayName });
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO volunteer (user_id, status, languages, district, max_distance_km, availability,
                              support_areas, capacity, accepts_families_with_children, about)
       VALUES ($1, 'approved', '[{"code": "ar", "level": "native"}, {"code": "de", "level": "native"}]',
               'gemen', 10, '{mon-evening,sat-morning}', '{school,authorities}', $2, true, 'Lehrerin')
       RETURNING id`,
      [person.user.id, capacity],
    );
    await db.query(
      `INSERT INTO conduct_certificate_check (volunteer_id, issued_on, inspected_on, relevant_entry, renewal_due_on)
       VALUES ($1, $2::date - 30, $2::date - 30, false, $2::date + 700)`,
      [id, today],
    );
    return { ...person, id };
  }

  async function createFamily(): Promise<string> {
    const created = await call('POST', families, coordinator.headers, FAMILY);
    expect(created.statusCode).toBe(201);
    const { id } = created.json<FamilyDetail>();
    const consent = await call('POST', `${families}/${id}/consent`, coordinator.headers, {
      textVersion: 'patenschaft-2026-11',
      scope: 'matching,contact-sharing',
      grantedOn: today,
    });
    expect(consent.statusCode).toBe(200);
    return id;
  }

  const offer = (familyId: string, volunteerId: string, by: SignedInUser = coordinator) =>
    call('POST', pairings, by.headers, {
      familyId,
      volunteerId,
      commitmentMonths: 6,
      overrideReason: 'Kennt die Familie aus der Nachbarschaft',
    });

  async function offered(familyId: string, volunteerId: string): Promise<PairingDetail> {
    const response = await offer(familyId, volunteerId);
    expect(response.statusCode).toBe(201);
    return response.json<PairingDetail>();
  }

  /** As staff (`coordinator` by default) or as the volunteer (their headers, the own route). */
  function act(
    pairingId: string,
    request: PairingTransitionRequest,
    by: SignedInUser | Volunteer = coordinator,
  ) {
    const base = 'id' in by ? myPairings : pairings;
    return call('POST', `${base}/${pairingId}/transitions`, by.headers, request);
  }

  async function expectState(
    response: { statusCode: number; json: <T>() => T; body: string },
    state: string,
  ): Promise<PairingDetail> {
    expect({ status: response.statusCode, body: response.body }).toMatchObject({ status: 200 });
    const detail = response.json<PairingDetail>();
    expect(detail.state).toBe(state);
    return detail;
  }

  async function pairingRow(id: string): Promise<Record<string, unknown>> {
    const [row] = await db.query(
      `SELECT state, state_since, intro_at, intro_place, trial_started_on::text, active_since::text,
              paused_until::text, ended_on::text, end_kind, end_reason, coordinator_id, commitment_months
         FROM pairing WHERE id = $1`,
      [id],
    );
    return row;
  }

  const familyRow = async (id: string) =>
    (await db.query(`SELECT status, waiting_since FROM family WHERE id = $1`, [id]))[0] as {
      status: string;
      waiting_since: Date;
    };

  const exclusionOf = async (volunteerId: string, familyId: string) =>
    (await db.query(
      `SELECT cause, pairing_id FROM pair_exclusion WHERE volunteer_id = $1 AND family_id = $2`,
      [volunteerId, familyId],
    )) as { cause: string; pairing_id: string }[];

  const notificationsOf = async (pairingId: string): Promise<NotificationRow[]> =>
    db.query(
      `SELECT recipient_id, idempotency_key, type, payload FROM notification
        WHERE payload->>'pairingId' = $1 ORDER BY created_at, idempotency_key`,
      [pairingId],
    );

  const auditOf = async (pairingId: string) =>
    (await db.query(
      `SELECT actor_id, action, details FROM audit_event
        WHERE subject_type = 'pairing' AND subject_id = $1 ORDER BY id`,
      [pairingId],
    )) as { actor_id: string; action: string; details: Record<string, unknown> }[];

  const historyOf = async (pairingId: string) =>
    db.query(
      `SELECT from_state, to_state, action, by_id, reason, note FROM pairing_transition
        WHERE pairing_id = $1 ORDER BY id`,
      [pairingId],
    );

  async function logCheckIns(pairingId: string, author: string, count: number): Promise<void> {
    for (let i = 0; i < count; i++)
      await db.query(
        `INSERT INTO check_in (pairing_id, occurred_on, kind, duration_minutes, topics, entered_by, author_id, note)
         VALUES ($1, $2::date, 'meeting', 60, '{german}', 'volunteer', $3, 'Zusammen Hausaufgaben gemacht')`,
        [pairingId, today, author],
      );
  }

  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
  const dateInDays = (days: number) => inDays(days).toISOString().slice(0, 10);

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    [{ today }] = await db.query(
      `SELECT (now() AT TIME ZONE 'Europe/Berlin')::date::text AS today`,
    );
    coordinator = await signedIn({ roles: ['staff'], displayName: 'Klara Koordination' });
    otherStaff = await signedIn({ roles: ['staff'], displayName: 'Sven Stellvertretung' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('walks a pairing through every state, with history, notifications and audit at each step', async () => {
    const hanna = await seedVolunteer();
    const familyId = await createFamily();
    const { waiting_since: waitingBefore } = await familyRow(familyId);

    const detail = await offered(familyId, hanna.id);
    expect(detail).toMatchObject({ state: 'offered', commitmentMonths: 6 });
    const id = detail.id;
    expect(await familyRow(familyId)).toMatchObject({ status: 'in_pairing' });
    expect(await pairingRow(id)).toMatchObject({ coordinator_id: coordinator.user.id });
    expect(await notificationsOf(id)).toEqual([
      {
        recipient_id: hanna.user.id,
        idempotency_key: `pairing-offered/${id}`,
        type: 'pairing-offered',
        payload: {
          pairingId: id,
          district: 'gemen',
          memberCount: 2,
          hasMinors: true,
          needs: ['school', 'authorities'],
        },
      },
    ]);

    // the volunteer accepts on their own route: only the coordinator hears of it
    await expectState(await act(id, { action: 'accept' }, hanna), 'accepted');
    // another staff member arranges the first meeting: the volunteer and the coordinator hear of it
    const introAt = inDays(3);
    introAt.setUTCMilliseconds(0);
    await expectState(
      await act(
        id,
        {
          action: 'schedule_intro',
          introAt: introAt.toISOString(),
          introPlace: 'Haus der Begegnung, Raum 2',
        },
        otherStaff,
      ),
      'intro_scheduled',
    );
    const scheduledSince = (await pairingRow(id))['state_since'];
    // rescheduling keeps the state and the time it was entered
    const movedTo = inDays(4);
    movedTo.setUTCMilliseconds(0);
    await expectState(
      await act(id, {
        action: 'schedule_intro',
        introAt: movedTo.toISOString(),
        introPlace: 'Rathaus Borken',
      }),
      'intro_scheduled',
    );
    expect(await pairingRow(id)).toMatchObject({
      state_since: scheduledSince,
      intro_at: movedTo,
      intro_place: 'Rathaus Borken',
    });

    await expectState(await act(id, { action: 'hold_intro' }), 'trial');
    expect(await pairingRow(id)).toMatchObject({ trial_started_on: today });

    // confirming needs the trial contacts (3 in settings version 1)
    const missing = expectApiError(
      await act(id, { action: 'confirm' }),
      409,
      'TRIAL_MEETINGS_MISSING',
    );
    expect(missing.details).toEqual({ done: 0, required: 3 });
    await logCheckIns(id, hanna.user.id, 2);
    expect(
      expectApiError(await act(id, { action: 'confirm' }), 409, 'TRIAL_MEETINGS_MISSING').details,
    ).toEqual({ done: 2, required: 3 });
    await logCheckIns(id, hanna.user.id, 1);
    await expectState(await act(id, { action: 'confirm' }), 'active');
    expect(await pairingRow(id)).toMatchObject({ active_since: today });

    const resumeOn = dateInDays(30);
    await expectState(
      await act(id, { action: 'pause', resumeOn, note: 'Drei Wochen Reha' }, hanna),
      'paused',
    );
    expect(await pairingRow(id)).toMatchObject({ paused_until: resumeOn });
    await expectState(await act(id, { action: 'resume' }, hanna), 'active');
    expect(await pairingRow(id)).toMatchObject({ paused_until: null });

    const ended = await expectState(
      await act(id, { action: 'end', endReason: 'life_change', note: 'Umzug nach Münster' }),
      'ended',
    );
    expect(ended).toMatchObject({ endKind: 'premature', endReason: 'life_change', endedOn: today });
    expect(await pairingRow(id)).toMatchObject({
      ended_on: today,
      end_kind: 'premature',
      end_reason: 'life_change',
    });
    // premature: never paired again; the family waits again, from now (rematch without blame)
    expect(await exclusionOf(hanna.id, familyId)).toEqual([{ cause: 'dissolved', pairing_id: id }]);
    const after = await familyRow(familyId);
    expect(after.status).toBe('waiting');
    expect(after.waiting_since.getTime()).toBeGreaterThan(waitingBefore.getTime());

    expect(await historyOf(id)).toEqual([
      {
        from_state: null,
        to_state: 'offered',
        action: 'offer',
        by_id: coordinator.user.id,
        reason: null,
        note: null,
      },
      {
        from_state: 'offered',
        to_state: 'accepted',
        action: 'accept',
        by_id: hanna.user.id,
        reason: null,
        note: null,
      },
      {
        from_state: 'accepted',
        to_state: 'intro_scheduled',
        action: 'schedule_intro',
        by_id: otherStaff.user.id,
        reason: null,
        note: null,
      },
      {
        from_state: 'intro_scheduled',
        to_state: 'intro_scheduled',
        action: 'schedule_intro',
        by_id: coordinator.user.id,
        reason: null,
        note: null,
      },
      {
        from_state: 'intro_scheduled',
        to_state: 'trial',
        action: 'hold_intro',
        by_id: coordinator.user.id,
        reason: null,
        note: null,
      },
      {
        from_state: 'trial',
        to_state: 'active',
        action: 'confirm',
        by_id: coordinator.user.id,
        reason: null,
        note: null,
      },
      {
        from_state: 'active',
        to_state: 'paused',
        action: 'pause',
        by_id: hanna.user.id,
        reason: null,
        note: 'Drei Wochen Reha',
      },
      {
        from_state: 'paused',
        to_state: 'active',
        action: 'resume',
        by_id: hanna.user.id,
        reason: null,
        note: null,
      },
      {
        from_state: 'active',
        to_state: 'ended',
        action: 'end',
        by_id: coordinator.user.id,
        reason: 'life_change',
        note: 'Umzug nach Münster',
      },
    ]);

    const transitionIds: { id: string; action: string }[] = await db.query(
      `SELECT id::text, action FROM pairing_transition WHERE pairing_id = $1 ORDER BY id`,
      [id],
    );
    const key = (action: string, recipient: string, nth = 0) =>
      `pairing-transition/${transitionIds.filter((t) => t.action === action)[nth].id}/${recipient}`;
    const sent = (await notificationsOf(id)).filter((n) => n.type === 'pairing-transition');
    const toVolunteer = { pairingId: id, audience: 'volunteer' };
    const toCoordinator = { pairingId: id, audience: 'staff' };
    expect(sent.map((n) => [n.idempotency_key, n.recipient_id, n.payload]).sort()).toEqual(
      [
        [
          key('accept', coordinator.user.id),
          coordinator.user.id,
          { ...toCoordinator, action: 'accept' },
        ],
        [
          key('schedule_intro', hanna.user.id),
          hanna.user.id,
          {
            ...toVolunteer,
            action: 'schedule_intro',
            introAt: introAt.toISOString(),
            introPlace: 'Haus der Begegnung, Raum 2',
          },
        ],
        [
          key('schedule_intro', coordinator.user.id),
          coordinator.user.id,
          {
            ...toCoordinator,
            action: 'schedule_intro',
            introAt: introAt.toISOString(),
            introPlace: 'Haus der Begegnung, Raum 2',
          },
        ],
        [
          key('schedule_intro', hanna.user.id, 1),
          hanna.user.id,
          {
            ...toVolunteer,
            action: 'schedule_intro',
            introAt: movedTo.toISOString(),
            introPlace: 'Rathaus Borken',
          },
        ],
        [key('hold_intro', hanna.user.id), hanna.user.id, { ...toVolunteer, action: 'hold_intro' }],
        [key('confirm', hanna.user.id), hanna.user.id, { ...toVolunteer, action: 'confirm' }],
        [
          key('pause', coordinator.user.id),
          coordinator.user.id,
          { ...toCoordinator, action: 'pause', resumeOn },
        ],
        [
          key('resume', coordinator.user.id),
          coordinator.user.id,
          { ...toCoordinator, action: 'resume' },
        ],
        [
          key('end', hanna.user.id),
          hanna.user.id,
          { ...toVolunteer, action: 'end', reason: 'life_change' },
        ],
      ]
        .map(([k, r, p]) => [k, r, { ...(p as object), transitionId: (k as string).split('/')[1] }])
        .sort(),
    );

    const audit = await auditOf(id);
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([
      ['pairing.offered', coordinator.user.id],
      ['pairing.accept', hanna.user.id],
      ['pairing.schedule-intro', otherStaff.user.id],
      ['pairing.schedule-intro', coordinator.user.id],
      ['pairing.hold-intro', coordinator.user.id],
      ['pairing.confirm', coordinator.user.id],
      ['pairing.pause', hanna.user.id],
      ['pairing.resume', hanna.user.id],
      ['pairing.end', coordinator.user.id],
    ]);
    expect(audit[0].details).toMatchObject({
      volunteerId: hanna.id,
      familyId,
      overridden: expect.any(Boolean),
    });
    expect(audit.at(-1)?.details).toMatchObject({
      from: 'active',
      to: 'ended',
      as: 'staff',
      reason: 'life_change',
      endKind: 'premature',
    });

    // the excluded pair cannot be offered again (H6)
    const again = expectApiError(await offer(familyId, hanna.id), 409, 'PAIR_NOT_FEASIBLE');
    expect(again.details).toEqual({ filter: 'H6_EXCLUSION' });
  });

  it('decline: a reason, a pair exclusion, the family back in the queue with its waiting time, capacity freed', async () => {
    const jonas = await seedVolunteer(1, 'Jonas Innenstadt');
    const familyId = await createFamily();
    const { waiting_since: waitingSince } = await familyRow(familyId);
    const { id } = await offered(familyId, jonas.id);

    // capacity 1 is taken while the offer is open
    const second = await createFamily();
    expectApiError(await offer(second, jonas.id), 409, 'CAPACITY_EXCEEDED');

    const invalid = expectApiError(
      await act(id, { action: 'decline' }, jonas),
      422,
      'VALIDATION_FAILED',
    );
    expect(invalid.details).toEqual({ declineReason: ['declineReason is required'] });
    expect(
      expectApiError(
        await act(id, { action: 'decline', declineReason: 'other' }, jonas),
        422,
        'VALIDATION_FAILED',
      ).details,
    ).toEqual({ note: ['note is required when the reason is other'] });

    await expectState(
      await act(id, { action: 'decline', declineReason: 'no_time' }, jonas),
      'declined',
    );
    expect(await exclusionOf(jonas.id, familyId)).toEqual([{ cause: 'declined', pairing_id: id }]);
    // the offer mail that had not gone out yet is cancelled
    expect(
      await db.query(`SELECT status FROM notification WHERE idempotency_key = $1`, [
        `pairing-offered/${id}`,
      ]),
    ).toEqual([{ status: 'cancelled' }]);
    expect(await familyRow(familyId)).toEqual({ status: 'waiting', waiting_since: waitingSince });
    expect((await historyOf(id)).at(-1)).toMatchObject({ action: 'decline', reason: 'no_time' });
    expect((await notificationsOf(id)).filter((n) => n.type === 'pairing-transition')).toEqual([
      expect.objectContaining({
        recipient_id: coordinator.user.id,
        payload: expect.objectContaining({
          action: 'decline',
          reason: 'no_time',
          audience: 'staff',
        }),
      }),
    ]);

    // declined is final, and the pair stays apart
    expectApiError(await act(id, { action: 'accept' }, jonas), 409, 'PAIRING_INVALID_TRANSITION');
    expect(
      expectApiError(await offer(familyId, jonas.id), 409, 'PAIR_NOT_FEASIBLE').details,
    ).toEqual({
      filter: 'H6_EXCLUSION',
    });
    // the freed slot takes the next family
    expect((await offer(second, jonas.id)).statusCode).toBe(201);
  });

  it('ends a trial as not continued, and a pairing past its commitment as planned (family closed, no exclusion)', async () => {
    const vera = await seedVolunteer(2, 'Vera Weseke');
    const trialFamily = await createFamily();
    const trial = await offered(trialFamily, vera.id);
    await expectState(await act(trial.id, { action: 'accept' }), 'accepted');
    await expectState(
      await act(trial.id, {
        action: 'schedule_intro',
        introAt: inDays(1).toISOString(),
        introPlace: 'Stadtbücherei',
      }),
      'intro_scheduled',
    );
    await expectState(await act(trial.id, { action: 'hold_intro' }), 'trial');
    const endedTrial = await expectState(
      await act(
        trial.id,
        { action: 'end', endReason: 'family_dissatisfied', note: 'Chemie stimmte nicht' },
        vera,
      ),
      'ended',
    );
    expect(endedTrial.endKind).toBe('trial_not_continued');
    expect(await exclusionOf(vera.id, trialFamily)).toEqual([
      { cause: 'dissolved', pairing_id: trial.id },
    ]);
    expect((await familyRow(trialFamily)).status).toBe('waiting');

    const doneFamily = await createFamily();
    const done = await offered(doneFamily, vera.id);
    // a pairing that has been active for seven months (set in the database: the clock cannot be moved)
    await db.query(
      `UPDATE pairing SET state = 'active', trial_started_on = $2::date - 240, active_since = $2::date - 213
        WHERE id = $1`,
      [done.id, today],
    );
    const ended = await expectState(
      await act(done.id, { action: 'end', endReason: 'completed', note: 'Ziele erreicht' }),
      'ended',
    );
    expect(ended.endKind).toBe('planned');
    expect(await exclusionOf(vera.id, doneFamily)).toEqual([]);
    expect((await familyRow(doneFamily)).status).toBe('closed');
  });

  it('refuses actions the table does not list (409) and bad inputs (422), and hides other volunteers’ pairings (404)', async () => {
    const paula = await seedVolunteer(2, 'Paula Burlo');
    const stranger = await seedVolunteer(2, 'Fremde Person');
    const familyId = await createFamily();
    const { id } = await offered(familyId, paula.id);

    const invalid = (response: Awaited<ReturnType<typeof act>>, state: string, action: string) =>
      expect(expectApiError(response, 409, 'PAIRING_INVALID_TRANSITION').details).toEqual({
        state,
        action,
      });
    invalid(await act(id, { action: 'hold_intro' }), 'offered', 'hold_intro');
    invalid(await act(id, { action: 'confirm' }), 'offered', 'confirm');
    invalid(await act(id, { action: 'resume' }, paula), 'offered', 'resume');
    invalid(
      await act(id, { action: 'end', endReason: 'life_change', note: 'zu früh' }, paula),
      'offered',
      'end',
    );
    await expectState(await act(id, { action: 'accept' }, paula), 'accepted');
    invalid(await act(id, { action: 'accept' }), 'accepted', 'accept');
    // arranging the first meeting is staff work
    invalid(
      await act(
        id,
        { action: 'schedule_intro', introAt: inDays(2).toISOString(), introPlace: 'Rathaus' },
        paula,
      ),
      'accepted',
      'schedule_intro',
    );

    const fields = (request: object, by: SignedInUser | Volunteer = coordinator) =>
      act(id, request as PairingTransitionRequest, by).then(
        (r) => expectApiError(r, 422, 'VALIDATION_FAILED').details,
      );
    expect(
      await fields({
        action: 'schedule_intro',
        introAt: inDays(-1).toISOString(),
        introPlace: 'Rathaus',
      }),
    ).toEqual({ introAt: ['introAt must be in the future'] });
    expect(await fields({ action: 'schedule_intro', introAt: 'morgen', introPlace: ' ' })).toEqual({
      introAt: ['introAt must be an ISO 8601 date-time with offset'],
      introPlace: ['introPlace is required'],
    });
    expect(await fields({ action: 'pause', resumeOn: today })).toEqual({
      resumeOn: ['resumeOn must be in the future'],
      note: ['note is required to pause'],
    });
    expect(
      await fields({ action: 'end', endReason: 'safeguarding', note: 'Verdacht' }, paula),
    ).toEqual({
      endReason: ['safeguarding is for staff only'],
    });
    expect(await fields({ action: 'accept', endReason: 'completed' })).toEqual({
      endReason: ['endReason is not used by accept'],
    });
    expect(await fields({ action: 'fly' })).toHaveProperty('action');
    expect(await fields({ action: 'accept', extra: 1 })).toHaveProperty('extra');
    // nothing of the refused requests was written
    expect((await historyOf(id)).map((t: { action: string }) => t.action)).toEqual([
      'offer',
      'accept',
    ]);

    // another volunteer's pairing answers like an unknown one
    expectApiError(
      await act(id, { action: 'decline', declineReason: 'no_time' }, stranger),
      404,
      'PAIRING_NOT_FOUND',
    );
    expectApiError(await act(UNKNOWN_ID, { action: 'accept' }, paula), 404, 'PAIRING_NOT_FOUND');
    expectApiError(await act('not-a-uuid', { action: 'accept' }), 404, 'PAIRING_NOT_FOUND');
    expectApiError(await act(UNKNOWN_ID, { action: 'accept' }), 404, 'PAIRING_NOT_FOUND');
    // roles: volunteers never use the staff route, staff never the volunteer route
    expectApiError(
      await call('POST', `${pairings}/${id}/transitions`, paula.headers, { action: 'accept' }),
      403,
      'FORBIDDEN',
    );
    expectApiError(
      await call('POST', `${myPairings}/${id}/transitions`, coordinator.headers, {
        action: 'accept',
      }),
      403,
      'FORBIDDEN',
    );
    expectApiError(
      await call('POST', `${pairings}/${id}/transitions`, {}, { action: 'accept' }),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('counts open pairings on the volunteer and refuses inactive while any is open', async () => {
    const rolf = await seedVolunteer(2, 'Rolf Marbeck');
    const familyId = await createFamily();
    const { id } = await offered(familyId, rolf.id);

    const profile = (
      await call('GET', SPONSORSHIP_ROUTES.myProfile, rolf.headers)
    ).json<VolunteerProfileResponse>();
    expect(profile.openPairings).toBe(1);
    const detail = (
      await call('GET', `${volunteers}/${rolf.id}`, coordinator.headers)
    ).json<VolunteerProfileResponse>();
    expect(detail.openPairings).toBe(1);

    const refused = expectApiError(
      await call('POST', `${volunteers}/${rolf.id}/status`, coordinator.headers, {
        status: 'inactive',
        reason: 'Zieht weg',
      }),
      409,
      'VOLUNTEER_HAS_OPEN_PAIRINGS',
    );
    expect(refused.details).toEqual({ openPairings: 1 });

    await expectState(
      await act(id, { action: 'decline', declineReason: 'distance' }, rolf),
      'declined',
    );
    const inactive = await call('POST', `${volunteers}/${rolf.id}/status`, coordinator.headers, {
      status: 'inactive',
      reason: 'Zieht weg',
    });
    expect(inactive.statusCode).toBe(200);
    expect(inactive.json<VolunteerProfileResponse>()).toMatchObject({
      status: 'inactive',
      openPairings: 0,
    });
  });

  describe('personal data', () => {
    const erase = (person: SignedInUser) =>
      app.inject({
        method: 'POST',
        url: PRIVACY_ROUTES.eraseAccount,
        headers: person.headers,
        payload: { password: PASSWORD },
        remoteAddress: `10.78.${Math.floor(Math.random() * 250) + 1}.9`,
      });

    it('exports the pairings with own notes only and the contacts the volunteer logged', async () => {
      const ida = await seedVolunteer(2, 'Ida Hoxfeld');
      const familyId = await createFamily();
      const { id } = await offered(familyId, ida.id);
      await expectState(await act(id, { action: 'accept', note: 'Freue mich!' }, ida), 'accepted');
      await expectState(
        await act(id, { action: 'decline', declineReason: 'other', note: 'Interne Notiz' }),
        'declined',
      );

      const data = (
        await call('GET', PRIVACY_ROUTES.dataExport, ida.headers)
      ).json<PersonalDataExport>();
      const section = data.sections['sponsorship'] as { pairings: unknown[]; checkIns?: unknown };
      expect(section.pairings).toEqual([
        expect.objectContaining({
          id,
          state: 'declined',
          commitmentMonths: 6,
          history: [
            expect.objectContaining({ action: 'offer', byMe: false, note: null }),
            expect.objectContaining({ action: 'accept', byMe: true, note: 'Freue mich!' }),
            expect.objectContaining({
              action: 'decline',
              byMe: false,
              note: null,
              reason: 'other',
            }),
          ],
        }),
      ]);
      expect(section).not.toHaveProperty('checkIns');
      expect(JSON.stringify(data)).not.toContain('Interne Notiz');
    });

    it('refuses erasure while a pairing is open, then anonymises instead of deleting and clears own notes', async () => {
      const otto = await seedVolunteer(2, 'Otto Burlo');
      // the self-declared gender is personal data like the rest of the profile
      await db.query(`UPDATE volunteer SET gender = 'male' WHERE id = $1`, [otto.id]);
      const familyId = await createFamily();
      const { id } = await offered(familyId, otto.id);
      await expectState(await act(id, { action: 'accept', note: 'Bin dabei' }, otto), 'accepted');
      await expectState(
        await act(id, {
          action: 'schedule_intro',
          introAt: inDays(1).toISOString(),
          introPlace: 'Rathaus',
          note: 'Dolmetscherin kommt mit',
        }),
        'intro_scheduled',
      );
      await expectState(await act(id, { action: 'hold_intro' }), 'trial');
      await logCheckIns(id, otto.user.id, 1);
      const exported = (
        await call('GET', PRIVACY_ROUTES.dataExport, otto.headers)
      ).json<PersonalDataExport>().sections['sponsorship'] as { checkIns: unknown[] };
      expect(exported.checkIns).toEqual([
        {
          pairingId: id,
          occurredOn: today,
          kind: 'meeting',
          durationMinutes: 60,
          topics: ['german'],
          pulse: null,
          note: 'Zusammen Hausaufgaben gemacht',
          createdAt: expect.any(String),
        },
      ]);

      expectApiError(await erase(otto), 409, 'VOLUNTEER_HAS_OPEN_PAIRINGS');
      expect(
        (await db.query(`SELECT erased_at FROM user_account WHERE id = $1`, [otto.user.id]))[0],
      ).toEqual({
        erased_at: null,
      });

      await expectState(
        await act(id, { action: 'end', endReason: 'life_change', note: 'Ich ziehe um' }, otto),
        'ended',
      );
      expect((await erase(otto)).statusCode).toBe(204);

      expect(
        (
          await db.query(
            `SELECT status, languages, availability, support_areas, gender, about, status_reason
               FROM volunteer WHERE id = $1`,
            [otto.id],
          )
        )[0],
      ).toEqual({
        status: 'inactive',
        languages: [],
        availability: [],
        support_areas: [],
        gender: null,
        about: '',
        status_reason: null,
      });
      for (const table of ['vetting_step', 'conduct_certificate_check'])
        expect(await db.query(`SELECT 1 FROM ${table} WHERE volunteer_id = $1`, [otto.id])).toEqual(
          [],
        );
      // their notes are gone; the staff member's note and the codes stay for the statistics
      expect(
        (await historyOf(id)).map((t: { action: string; note: string | null }) => [
          t.action,
          t.note,
        ]),
      ).toEqual([
        ['offer', null],
        ['accept', null],
        ['schedule_intro', 'Dolmetscherin kommt mit'],
        ['hold_intro', null],
        ['end', null],
      ]);
      expect(await db.query(`SELECT note FROM check_in WHERE pairing_id = $1`, [id])).toEqual([
        { note: null },
      ]);
      expect(await pairingRow(id)).toMatchObject({ state: 'ended', end_reason: 'life_change' });
    });

    it('still deletes a volunteer who was never paired', async () => {
      const neu = await seedVolunteer(1, 'Neu Ohne Paar');
      expect((await erase(neu)).statusCode).toBe(204);
      expect(await db.query(`SELECT 1 FROM volunteer WHERE id = $1`, [neu.id])).toEqual([]);
    });
  });
});
