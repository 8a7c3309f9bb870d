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
  MATCH_COMPONENTS,
  PAIRING_ROUTES,
  type BorkenDistrict,
  type MatchProposalItem,
  type MatchRunResponse,
  type MatchWeights,
  type PairingDetail,
  type SpokenLanguage,
  type SponsorshipSettingsResponse,
} from '@zusammen/shared/contracts';
import { DEFAULT_MATCH_WEIGHTS, normaliseMatchWeights } from '@zusammen/shared/util';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import { SPONSORSHIP_SCHEMA_TABLES } from './sponsorship-schema-tables';

const PASSWORD = 'Borken-Vorschlaege-2026';
const RUNS = PAIRING_ROUTES.matchRuns;
const rejectUrl = (id: string) => `${PAIRING_ROUTES.proposals}/${id}/reject`;
const UNKNOWN_ID = '7d7c3a0e-0000-4000-8000-000000000000';

const ARABIC: SpokenLanguage[] = [{ code: 'ar', level: 'native' }];
const LANGUAGE_ONLY: MatchWeights = {
  language: 1,
  proximity: 0,
  availability: 0,
  lifeStage: 0,
  needsFit: 0,
  waitingBonus: 0,
  urgency: 0,
};

/** The cohort is "every waiting family", so this file runs on copies of the tables in a schema of its own. */
describe('Patenmodell: batch proposals (integration, own schema)', () => {
  let schema: IsolatedSchema;
  let app: NestFastifyApplication;
  let db: DataSource;
  let staff: SignedInUser;
  const v: Record<string, string> = {};
  const f: Record<string, string> = {};

  const signedIn = (overrides: UserAccountOverrides = {}) =>
    createSignedInUser(app, { password: PASSWORD, ...overrides });

  const call = (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
    headers: Record<string, string> = staff.headers,
  ) => app.inject({ method, url, headers, payload });

  async function seedVolunteer(
    name: string,
    options: { languages: SpokenLanguage[]; district: BorkenDistrict; capacity?: number },
  ): Promise<void> {
    const user = await createUserAccount(db, { roles: ['volunteer'], displayName: name });
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO volunteer (user_id, status, languages, district, max_distance_km, availability,
                              support_areas, capacity, accepts_families_with_children)
       VALUES ($1, 'approved', $2::jsonb, $3, 5, '{mon-evening,sat-morning}', '{school,authorities}', $4, true)
       RETURNING id`,
      [user.id, JSON.stringify(options.languages), options.district, options.capacity ?? 1],
    );
    v[name] = id;
  }

  /** An adult household (no certificate needed), waiting since `waitedDays` days. */
  async function seedFamily(
    name: string,
    options: { languages?: SpokenLanguage[]; consent?: boolean; waitedDays: number },
  ): Promise<void> {
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO family (contact_name, contact_channel, preferred_locale, district, languages, needs,
                           availability, waiting_since)
       VALUES ($1, 'phone', 'ar', 'gemen', $2::jsonb, '{school}', '{mon-evening}', now() - make_interval(days => $3))
       RETURNING id`,
      [name, JSON.stringify(options.languages ?? ARABIC), options.waitedDays],
    );
    if (options.consent !== false) {
      await db.query(
        `INSERT INTO family_consent (family_id, text_version, scope, granted_on)
         VALUES ($1, 'patenschaft-2026-11', 'matching', (now() AT TIME ZONE 'Europe/Berlin')::date)`,
        [id],
      );
    }
    f[name] = id;
  }

  /** An open pairing straight in the database (with the single run and proposal an offer writes). */
  async function seedOpenPairing(volunteer: string, family: string): Promise<void> {
    const [{ id: runId }]: { id: string }[] = await db.query(
      `INSERT INTO match_run (kind, settings_version, weights, family_count, volunteer_count, total_score,
                              component_shares, duration_ms)
       VALUES ('single', 1, '{}', 1, 1, 0.5, '{}', 1) RETURNING id`,
    );
    const [{ id: proposalId }]: { id: string }[] = await db.query(
      `INSERT INTO match_proposal (run_id, family_id, volunteer_id, score, breakdown, distance_km, status, decided_at)
       VALUES ($1, $2, $3, 0.5, '{}', 0, 'offered', now()) RETURNING id`,
      [runId, family, volunteer],
    );
    await db.query(
      `INSERT INTO pairing (volunteer_id, family_id, proposal_id, state, commitment_months, trial_started_on,
                            active_since)
       VALUES ($1, $2, $3, 'active', 6, current_date - 30, current_date - 20)`,
      [volunteer, family, proposalId],
    );
    await db.query(`UPDATE family SET status = 'in_pairing' WHERE id = $1`, [family]);
  }

  const pairs = (run: MatchRunResponse) =>
    run.proposals.map((p) => [p.family.contactName, p.volunteer.displayName]);

  beforeAll(async () => {
    schema = await createIsolatedSchema('match_runs', SPONSORSHIP_SCHEMA_TABLES);
    app = await createTestApp({
      imports: [AppModule],
      env: { DATABASE_URL: schema.url, REDIS_URL: undefined },
    });
    db = app.get(DataSource);
    staff = await signedIn({ roles: ['staff'], displayName: 'Klara Koordination' });

    await seedVolunteer('Hanna Gemen', { languages: ARABIC, district: 'gemen' });
    await seedVolunteer('Jonas Innenstadt', {
      languages: [{ code: 'ar', level: 'basic' }],
      district: 'innenstadt',
    });
    // her one slot is taken by Dana's pairing
    await seedVolunteer('Rita Vergeben', { languages: ARABIC, district: 'gemen' });

    await seedFamily('Amal', { waitedDays: 60 });
    await seedFamily('Bashir', { waitedDays: 30 });
    await seedFamily('Chadi ohne Einwilligung', { consent: false, waitedDays: 90 });
    await seedFamily('Dana in Patenschaft', { waitedDays: 80 });
    await seedFamily('Elif Türkisch', {
      languages: [{ code: 'tr', level: 'native' }],
      waitedDays: 70,
    });
    await seedFamily('Farah', { waitedDays: 0 });

    await seedOpenPairing(v['Rita Vergeben'], f['Dana in Patenschaft']);
    // Hanna once declined Bashir: never proposed again (H6)
    await db.query(
      `INSERT INTO pair_exclusion (volunteer_id, family_id, cause) VALUES ($1, $2, 'declined')`,
      [v['Hanna Gemen'], f['Bashir']],
    );
  });

  afterAll(async () => {
    await app?.close();
    await schema?.drop();
  });

  it('answers 404 before the first batch run, and for unknown or malformed ids', async () => {
    expectApiError(await call('GET', `${RUNS}/latest`), 404, 'MATCH_RUN_NOT_FOUND');
    expectApiError(await call('GET', `${RUNS}/${UNKNOWN_ID}`), 404, 'MATCH_RUN_NOT_FOUND');
    expectApiError(await call('GET', `${RUNS}/not-a-uuid`), 404, 'MATCH_RUN_NOT_FOUND');
  });

  let firstRun: MatchRunResponse;

  it('proposes the best total assignment of the waiting families with consent, with the current settings', async () => {
    const response = await call('POST', RUNS, {});
    expect(response.statusCode).toBe(201);
    const run = response.json<MatchRunResponse>();
    firstRun = run;

    // Chadi (no consent) and Dana (open pairing) are not in the cohort; Bashir can only have Jonas (H6),
    // so the optimum gives Hanna to Amal, who waited longer than Farah
    expect(run).toMatchObject({
      kind: 'batch',
      weightsVersion: 1,
      weights: normaliseMatchWeights(DEFAULT_MATCH_WEIGHTS),
      familyCount: 4,
      volunteerCount: 3,
      createdBy: { id: staff.user.id, displayName: 'Klara Koordination' },
    });
    expect(pairs(run)).toEqual([
      ['Amal', 'Hanna Gemen'],
      ['Bashir', 'Jonas Innenstadt'],
    ]);
    expect(run.unassigned).toEqual([
      // no one speaks Turkish: no feasible volunteer at all
      { familyId: f['Elif Türkisch'], contactName: 'Elif Türkisch', feasibleCount: 0 },
      // Hanna and Jonas were feasible, but better used for the families waiting longer
      { familyId: f['Farah'], contactName: 'Farah', feasibleCount: 2 },
    ]);

    const [amal, bashir] = run.proposals;
    expect(amal).toMatchObject({
      status: 'open',
      family: { id: f['Amal'], district: 'gemen', waitingSince: expect.any(String) },
      volunteer: { id: v['Hanna Gemen'], district: 'gemen' },
      distanceKm: 0,
      decidedAt: null,
      decidedBy: null,
      reason: null,
      pairingId: null,
    });
    expect(bashir.distanceKm).toBeGreaterThan(0);
    for (const proposal of run.proposals) {
      const sum = MATCH_COMPONENTS.reduce(
        (s, c) => s + proposal.score.components[c].contribution,
        0,
      );
      expect(sum).toBeCloseTo(proposal.score.total, 10);
      expect(proposal.score.total).toBeGreaterThanOrEqual(0.2); // τ of version 1
    }
    expect(run.totalScore).toBeCloseTo(amal.score.total + bashir.score.total, 10);
    const shares = MATCH_COMPONENTS.reduce((s, c) => s + run.componentShares[c], 0);
    expect(shares).toBeCloseTo(1, 10);
    expect(run.componentShares.language).toBeCloseTo(
      (amal.score.components.language.contribution +
        bashir.score.components.language.contribution) /
        run.totalScore,
      10,
    );
    expect(run.durationMs).toBeGreaterThanOrEqual(0);

    // stored as returned, in one run with one open proposal per family
    const [stored] = await db.query(
      `SELECT kind, settings_version, weights, family_count, volunteer_count, total_score, created_by_id
         FROM match_run WHERE id = $1`,
      [run.id],
    );
    expect(stored).toEqual({
      kind: 'batch',
      settings_version: 1,
      weights: run.weights,
      family_count: 4,
      volunteer_count: 3,
      total_score: run.totalScore,
      created_by_id: staff.user.id,
    });
    const proposals = await db.query(
      `SELECT family_id, volunteer_id, status, score, breakdown FROM match_proposal WHERE run_id = $1
        ORDER BY score DESC`,
      [run.id],
    );
    expect(proposals).toHaveLength(2);
    for (const p of proposals) {
      const returned = run.proposals.find((x) => x.family.id === p.family_id) as MatchProposalItem;
      expect(p).toEqual({
        family_id: returned.family.id,
        volunteer_id: returned.volunteer.id,
        status: 'open',
        score: returned.score.total,
        breakdown: returned.score,
      });
    }

    const audit = await db.query(
      `SELECT actor_id, subject_type, details FROM audit_event
        WHERE action = 'sponsorship.match-run' AND subject_id = $1`,
      [run.id],
    );
    expect(audit).toEqual([
      {
        actor_id: staff.user.id,
        subject_type: 'match_run',
        details: {
          settingsVersion: 1,
          familyCount: 4,
          volunteerCount: 3,
          proposalCount: 2,
          unassignedCount: 2,
        },
      },
    ]);
  });

  it('shows the newest batch run as latest, older runs by id, and audits the reads', async () => {
    const latest = await call('GET', `${RUNS}/latest`);
    expect(latest.statusCode).toBe(200);
    expect(latest.headers['cache-control']).toBe('no-store');
    expect(latest.json<MatchRunResponse>()).toEqual(firstRun);

    const second = (await call('POST', RUNS, {})).json<MatchRunResponse>();
    expect(second.id).not.toBe(firstRun.id);
    expect((await call('GET', `${RUNS}/latest`)).json<MatchRunResponse>().id).toBe(second.id);
    // a POST without any body runs with the current settings as well
    const third = await app.inject({ method: 'POST', url: RUNS, headers: staff.headers });
    expect(third.statusCode).toBe(201);
    expect(pairs(third.json<MatchRunResponse>())).toEqual(pairs(firstRun));
    // the first run keeps its proposals (superseded, still open; an offer refuses them once stale)
    const first = (await call('GET', `${RUNS}/${firstRun.id}`)).json<MatchRunResponse>();
    expect(first.proposals.map((p) => [p.id, p.status])).toEqual(
      firstRun.proposals.map((p) => [p.id, 'open']),
    );

    // a single run (a free choice) by id: its offered proposal with the pairing, no cohort
    const [{ id: singleId }]: { id: string }[] = await db.query(
      `SELECT id FROM match_run WHERE kind = 'single'`,
    );
    const single = (await call('GET', `${RUNS}/${singleId}`)).json<MatchRunResponse>();
    expect(single).toMatchObject({ kind: 'single', weightsVersion: 1, unassigned: [] });
    expect(single.proposals).toEqual([
      expect.objectContaining({
        status: 'offered',
        family: expect.objectContaining({ id: f['Dana in Patenschaft'] }),
        volunteer: expect.objectContaining({ id: v['Rita Vergeben'] }),
        pairingId: expect.any(String),
      }),
    ]);

    const [{ count }]: { count: number }[] = await db.query(
      `SELECT count(*)::int AS count FROM audit_event
        WHERE action = 'sponsorship.match-run-viewed' AND actor_id = $1`,
      [staff.user.id],
    );
    expect(count).toBe(4);
  });

  it('uses weights tried in the request without saving them: no settings version on the run', async () => {
    const versionsBefore = await db.query(`SELECT count(*)::int AS n FROM sponsorship_settings`);
    const response = await call('POST', RUNS, { weights: LANGUAGE_ONLY });
    expect(response.statusCode).toBe(201);
    const run = response.json<MatchRunResponse>();
    expect(run.weightsVersion).toBeNull();
    expect(run.weights).toEqual(LANGUAGE_ONLY);
    // only the language counts: Hanna (native) 1, Jonas (basic) 0.25
    expect(
      run.proposals.map((p) => [p.family.contactName, p.volunteer.displayName, p.score.total]),
    ).toEqual([
      ['Amal', 'Hanna Gemen', 1],
      ['Bashir', 'Jonas Innenstadt', 0.25],
    ]);
    expect(run.componentShares).toMatchObject({ language: 1, proximity: 0, urgency: 0 });
    const [stored] = await db.query(`SELECT settings_version FROM match_run WHERE id = $1`, [
      run.id,
    ]);
    expect(stored.settings_version).toBeNull();
    expect(await db.query(`SELECT count(*)::int AS n FROM sponsorship_settings`)).toEqual(
      versionsBefore,
    );
  });

  it.each([
    ['a negative weight', { ...LANGUAGE_ONLY, proximity: -1 }, 'weights.proximity'],
    ['only zeros', { ...LANGUAGE_ONLY, language: 0 }, 'weights'],
    ['an unknown component', { ...LANGUAGE_ONLY, gender: 1 }, 'weights.gender'],
    ['a missing component', { ...LANGUAGE_ONLY, urgency: undefined }, 'weights.urgency'],
  ])('answers 422 for tried weights with %s and stores no run', async (_case, weights, field) => {
    const [{ n: before }] = await db.query(`SELECT count(*)::int AS n FROM match_run`);
    const body = expectApiError(await call('POST', RUNS, { weights }), 422, 'VALIDATION_FAILED');
    expect(Object.keys(body.details as object)).toContain(field);
    const [{ n: after }] = await db.query(`SELECT count(*)::int AS n FROM match_run`);
    expect(after).toBe(before);
  });

  it('never proposes an excluded pair, nor a family with an open pairing or without consent', async () => {
    const rows = await db.query(
      `SELECT p.family_id, p.volunteer_id FROM match_proposal p JOIN match_run r ON r.id = p.run_id
        WHERE r.kind = 'batch'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect([f['Chadi ohne Einwilligung'], f['Dana in Patenschaft']]).not.toContain(row.family_id);
      expect(row).not.toEqual({ family_id: f['Bashir'], volunteer_id: v['Hanna Gemen'] });
      expect(row.volunteer_id).not.toBe(v['Rita Vergeben']);
    }
  });

  describe('rejecting a proposal', () => {
    let run: MatchRunResponse;
    beforeAll(async () => {
      run = (await call('POST', RUNS, {})).json<MatchRunResponse>();
    });

    it('records the decision with its reason and shows it in the run', async () => {
      const [amal] = run.proposals;
      const response = await call('POST', rejectUrl(amal.id), {
        reason: '  Familie möchte lieber eine Patin aus Weseke.  ',
      });
      expect(response.statusCode).toBe(200);
      const item = response.json<MatchProposalItem>();
      expect(item).toMatchObject({
        id: amal.id,
        status: 'rejected',
        reason: 'Familie möchte lieber eine Patin aus Weseke.',
        decidedBy: { id: staff.user.id, displayName: 'Klara Koordination' },
        decidedAt: expect.any(String),
        pairingId: null,
        score: amal.score,
      });
      const again = (await call('GET', `${RUNS}/${run.id}`)).json<MatchRunResponse>();
      expect(again.proposals[0]).toEqual(item);

      const audit = await db.query(
        `SELECT details FROM audit_event WHERE action = 'sponsorship.proposal-rejected' AND subject_id = $1`,
        [amal.id],
      );
      expect(audit).toEqual([
        { details: { runId: run.id, familyId: f['Amal'], volunteerId: v['Hanna Gemen'] } },
      ]);
    });

    it('answers 409 PROPOSAL_NOT_OPEN once it was decided (rejected or offered)', async () => {
      const [amal, bashir] = run.proposals;
      const body = expectApiError(
        await call('POST', rejectUrl(amal.id), { reason: 'noch einmal' }),
        409,
        'PROPOSAL_NOT_OPEN',
      );
      expect(body.details).toEqual({ status: 'rejected' });

      // staff offer Bashir's proposal
      const offer = await call('POST', PAIRING_ROUTES.pairings, {
        proposalId: bashir.id,
        commitmentMonths: 6,
      });
      expect(offer.statusCode).toBe(201);
      const pairingId = offer.json<PairingDetail>().id;
      expectApiError(
        await call('POST', rejectUrl(bashir.id), { reason: 'zu spät' }),
        409,
        'PROPOSAL_NOT_OPEN',
      );
      const shown = (await call('GET', `${RUNS}/${run.id}`)).json<MatchRunResponse>();
      expect(shown.proposals[1]).toMatchObject({ status: 'offered', pairingId });
      // Bashir now has an open pairing: out of the cohort, and no longer listed as left out
      expect(shown.unassigned.map((u) => u.familyId)).not.toContain(f['Bashir']);
      const next = (await call('POST', RUNS, {})).json<MatchRunResponse>();
      expect(next.proposals.map((p) => p.family.id)).not.toContain(f['Bashir']);
      expect(next.unassigned.map((u) => u.familyId)).not.toContain(f['Bashir']);
      expect(next.familyCount).toBe(3);
    });

    it('needs a reason of 1–500 characters', async () => {
      const open = (await call('POST', RUNS, {})).json<MatchRunResponse>().proposals[0];
      for (const payload of [{}, { reason: '   ' }, { reason: 'x'.repeat(501) }, { reason: 5 }]) {
        const body = expectApiError(
          await call('POST', rejectUrl(open.id), payload),
          422,
          'VALIDATION_FAILED',
        );
        expect(Object.keys(body.details as object)).toEqual(['reason']);
      }
      expect((await call('POST', rejectUrl(open.id), { reason: 'x'.repeat(500) })).statusCode).toBe(
        200,
      );
    });

    it('answers 404 for an unknown or malformed proposal id', async () => {
      expectApiError(
        await call('POST', rejectUrl(UNKNOWN_ID), { reason: 'x' }),
        404,
        'PROPOSAL_NOT_FOUND',
      );
      expectApiError(
        await call('POST', rejectUrl('nope'), { reason: 'x' }),
        404,
        'PROPOSAL_NOT_FOUND',
      );
    });
  });

  it('drops edges below τ (minScore of the current settings)', async () => {
    const settings = (
      await call('GET', PAIRING_ROUTES.settings)
    ).json<SponsorshipSettingsResponse>();
    const put = await call('PUT', PAIRING_ROUTES.settings, {
      weights: settings.weights,
      noContactDays: settings.noContactDays,
      trialMeetingsRequired: settings.trialMeetingsRequired,
      minScore: 1,
    });
    expect(put.statusCode).toBe(200);
    const run = (await call('POST', RUNS, {})).json<MatchRunResponse>();
    expect(run.weightsVersion).toBe(put.json<SponsorshipSettingsResponse>().version);
    expect(run.proposals).toEqual([]);
    expect(run.totalScore).toBe(0);
    expect(Object.values(run.componentShares)).toEqual(MATCH_COMPONENTS.map(() => 0));
    // still feasible, just not good enough
    expect(run.unassigned.find((u) => u.familyId === f['Amal'])?.feasibleCount).toBe(1);
  });

  it('is for staff and admins only: admin 201/200, volunteer 403, anonymous 401', async () => {
    const admin = await signedIn({ roles: ['admin'] });
    const run = await call('POST', RUNS, {}, admin.headers);
    expect(run.statusCode).toBe(201);
    expect((await call('GET', `${RUNS}/latest`, undefined, admin.headers)).statusCode).toBe(200);
    const runId = run.json<MatchRunResponse>().id;
    const volunteer = await signedIn({ roles: ['volunteer'] });
    for (const headers of [volunteer.headers, {}]) {
      const [status, code] =
        headers === volunteer.headers ? [403, 'FORBIDDEN'] : [401, 'UNAUTHENTICATED'];
      expectApiError(await call('POST', RUNS, {}, headers), status, code);
      expectApiError(await call('GET', `${RUNS}/latest`, undefined, headers), status, code);
      expectApiError(await call('GET', `${RUNS}/${runId}`, undefined, headers), status, code);
      expectApiError(
        await call('POST', rejectUrl(UNKNOWN_ID), { reason: 'x' }, headers),
        status,
        code,
      );
    }
  });
});
