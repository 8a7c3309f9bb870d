import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createSignedInUser,
  createIsolatedSchema,
  createTestApp,
  createUserAccount,
  type IsolatedSchema,
  type SignedInUser,
  type UserAccountOverrides,
  expectApiError,
} from '@zusammen/api/testing';
import {
  CANDIDATES_PATH_SUFFIX,
  HARD_FILTER_CODES,
  SPONSORSHIP_ROUTES,
  type ExclusionCounts,
  type FamilyCandidatesResponse,
  type FamilyDetail,
  type FamilyRequest,
  type PersonGender,
  type SpokenLanguage,
  type VolunteerStatus,
} from '@zusammen/shared/contracts';
import {
  DEFAULT_MATCH_WEIGHTS,
  districtDistanceKm,
  normaliseMatchWeights,
} from '@zusammen/shared/util';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import { SPONSORSHIP_SCHEMA_TABLES } from './sponsorship-schema-tables';

const PASSWORD = 'Borken-Patenschaft-2026';
const families = SPONSORSHIP_ROUTES.families;
const candidatesOf = (familyId: string) => `${families}/${familyId}${CANDIDATES_PATH_SUFFIX}`;
const UNKNOWN_ID = '7d7c3a0e-0000-4000-8000-000000000000';

const ARABIC: SpokenLanguage[] = [{ code: 'ar', level: 'native' }];

/** A household with a child (H2 applies) that speaks only Arabic, in Gemen. */
const FAMILY: FamilyRequest = {
  contactName: 'Mariam',
  contactChannel: 'phone',
  contactPhone: '+49 2861 12345',
  preferredLocale: 'ar',
  district: 'gemen',
  languages: ARABIC,
  members: [
    { alias: 'Mariam', ageBand: '27-64', gender: 'female' },
    { alias: 'Omar', ageBand: '6-11' },
  ],
  needs: ['school', 'authorities'],
  availability: ['mon-evening', 'sat-morning'],
  // no preference: the volunteers' own genders do not matter here (H5 has its own test)
  volunteerGenderPreference: 'none',
  interpreterAvailable: false,
  urgent: false,
};

type Certificate = 'clear' | 'none' | 'relevant-entry' | 'due-today';

/** Approved, Arabic-speaking, with a clear certificate: passes H1–H3 for FAMILY. */
const CLEAR_ARABIC = { status: 'approved', languages: ARABIC, certificate: 'clear' } as const;

interface SeededVolunteer {
  status: VolunteerStatus;
  languages: SpokenLanguage[];
  district: FamilyRequest['district'];
  certificate: Certificate;
  availability?: string[];
  supportAreas?: string[];
  /** Self-declared on the profile; absent = not stated. */
  gender?: PersonGender;
}

const counts = (nonZero: Partial<ExclusionCounts>): ExclusionCounts =>
  Object.fromEntries(
    HARD_FILTER_CODES.map((code) => [code, nonZero[code] ?? 0]),
  ) as ExclusionCounts;

/**
 * The counters count every volunteer profile, and other test files create volunteers in the shared database
 * at the same time: this file runs on copies of the tables in a schema of its own, so the counts are exact.
 */
describe('Patenmodell: candidates of a family (integration, own schema)', () => {
  let schema: IsolatedSchema;
  let app: NestFastifyApplication;
  let db: DataSource;
  let staff: SignedInUser;
  let today: string;
  const ids: Record<string, string> = {};

  const signedIn = (overrides: UserAccountOverrides = {}) =>
    createSignedInUser(app, { password: PASSWORD, ...overrides });

  const call = (
    method: 'GET' | 'POST',
    url: string,
    headers: Record<string, string> = staff.headers,
    payload?: object,
  ) => app.inject({ method, url, headers, payload });

  /** A volunteer straight in the database, with a § 72a ledger entry dated against Borken's today. */
  async function seedVolunteer(name: string, v: SeededVolunteer): Promise<void> {
    const user = await createUserAccount(db, { roles: ['volunteer'], displayName: name });
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO volunteer (user_id, status, languages, district, max_distance_km, availability,
                              support_areas, capacity, accepts_families_with_children, gender)
       VALUES ($1, $2, $3::jsonb, $4, 5, $5::text[], $6::text[], 2, true, $7)
       RETURNING id`,
      [
        user.id,
        v.status,
        JSON.stringify(v.languages),
        v.district,
        v.availability ?? ['mon-evening', 'sat-morning'],
        v.supportAreas ?? ['school', 'authorities'],
        v.gender ?? null,
      ],
    );
    if (v.certificate !== 'none') {
      // due today: issued five years ago (renewal must lie after the issue date)
      const [issuedOn, renewalDueOn] =
        v.certificate === 'due-today'
          ? [`($2::date - interval '5 years')::date`, `$2::date`]
          : [`($2::date - interval '1 month')::date`, `($2::date + interval '2 years')::date`];
      await db.query(
        `INSERT INTO conduct_certificate_check (volunteer_id, issued_on, inspected_on, relevant_entry, renewal_due_on)
         VALUES ($1, ${issuedOn}, ${issuedOn}, $3, ${renewalDueOn})`,
        [id, today, v.certificate === 'relevant-entry'],
      );
    }
    ids[name] = id;
  }

  async function createFamily(changes: Partial<FamilyRequest> = {}): Promise<string> {
    const response = await call('POST', families, staff.headers, { ...FAMILY, ...changes });
    expect(response.statusCode).toBe(201);
    return response.json<FamilyDetail>().id;
  }

  async function recordConsent(familyId: string): Promise<void> {
    const response = await call('POST', `${families}/${familyId}/consent`, staff.headers, {
      textVersion: 'patenschaft-2026-11',
      scope: 'matching,contact-sharing',
      grantedOn: today,
    });
    expect(response.statusCode).toBe(200);
  }

  beforeAll(async () => {
    schema = await createIsolatedSchema('candidates', SPONSORSHIP_SCHEMA_TABLES);
    app = await createTestApp({
      imports: [AppModule],
      env: { DATABASE_URL: schema.url, REDIS_URL: undefined },
    });
    db = app.get(DataSource);
    staff = await signedIn({ roles: ['staff'], displayName: 'Klara Koordination' });
    [{ today }] = await db.query(
      `SELECT (now() AT TIME ZONE 'Europe/Berlin')::date::text AS today`,
    );

    await seedVolunteer('Hanna Gemen', { ...CLEAR_ARABIC, district: 'gemen', gender: 'female' });
    // 2.2 km away, basic Arabic, one of two slots, one of two needs: feasible but behind Hanna
    await seedVolunteer('Jonas Innenstadt', {
      ...CLEAR_ARABIC,
      gender: 'male',
      languages: [{ code: 'ar', level: 'basic' }],
      district: 'innenstadt',
      availability: ['sat-morning'],
      supportAreas: ['school'],
    });
    await seedVolunteer('Paula ohne Zeugnis', {
      ...CLEAR_ARABIC,
      district: 'gemen',
      certificate: 'none',
    });
    await seedVolunteer('Rolf Eintrag', {
      ...CLEAR_ARABIC,
      district: 'gemen',
      certificate: 'relevant-entry',
    });
    await seedVolunteer('Sabine heute fällig', {
      ...CLEAR_ARABIC,
      district: 'gemen',
      certificate: 'due-today',
    });
    await seedVolunteer('Tim in Prüfung', {
      ...CLEAR_ARABIC,
      district: 'gemen',
      status: 'in_vetting',
    });
    await seedVolunteer('Uwe ohne Arabisch', {
      ...CLEAR_ARABIC,
      district: 'gemen',
      languages: [
        { code: 'de', level: 'native' },
        { code: 'uk', level: 'fluent' },
      ],
    });
    // Burlo is about 11 km from Gemen; every seeded volunteer travels at most 5 km
    await seedVolunteer('Vera Burlo', { ...CLEAR_ARABIC, district: 'burlo' });
  });

  afterAll(async () => {
    await app?.close();
    await schema?.drop();
  });

  it('ranks the feasible volunteers, counts why the others were left out and audits counts only', async () => {
    const familyId = await createFamily();
    await recordConsent(familyId);

    const response = await call('GET', candidatesOf(familyId));
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json<FamilyCandidatesResponse>();

    expect(body.candidates.map((c) => c.volunteer.id)).toEqual([
      ids['Hanna Gemen'],
      ids['Jonas Innenstadt'],
    ]);
    expect(body).toMatchObject({
      familyId,
      consideredCount: 8,
      feasibleCount: 2,
      exclusions: counts({ H1_ELIGIBLE: 1, H2_CERTIFICATE: 3, H3_LANGUAGE: 1, H4_DISTANCE: 1 }),
      weights: normaliseMatchWeights(DEFAULT_MATCH_WEIGHTS),
      weightsVersion: 1,
      today,
    });
    const [hanna, jonas] = body.candidates;
    expect(hanna.volunteer).toEqual({
      id: ids['Hanna Gemen'],
      displayName: 'Hanna Gemen',
      district: 'gemen',
      languages: ARABIC,
      freeCapacity: 2,
    });
    expect(hanna.distanceKm).toBe(0);
    expect(jonas.distanceKm).toBe(Math.round(districtDistanceKm('innenstadt', 'gemen') * 10) / 10);
    expect(jonas.distanceKm).toBeGreaterThan(0);
    expect(hanna.score.total).toBeGreaterThan(jonas.score.total);
    expect(hanna.score.components.proximity.value).toBe(1);
    expect(hanna.score.components.availability.value).toBe(1);
    expect(jonas.score.components.availability.value).toBe(0.5);
    for (const candidate of body.candidates) {
      const contributions = Object.values(candidate.score.components).map((c) => c.contribution);
      expect(contributions.reduce((a, b) => a + b, 0)).toBeCloseTo(candidate.score.total, 10);
    }

    const audit = await db.query(
      `SELECT actor_id, action, details FROM audit_event
        WHERE subject_type = 'family' AND subject_id = $1 AND action = 'family.matched'`,
      [familyId],
    );
    expect(audit).toEqual([
      {
        actor_id: staff.user.id,
        action: 'family.matched',
        details: { candidateCount: 2, feasibleCount: 2 },
      },
    ]);
  });

  it('without an active consent proposes nobody: H7 takes every volunteer the other filters let through', async () => {
    const familyId = await createFamily();
    // a consent given and withdrawn again is no consent
    await recordConsent(familyId);
    expect((await call('POST', `${families}/${familyId}/consent/withdraw`)).statusCode).toBe(200);

    const response = await call('GET', candidatesOf(familyId));
    expect(response.statusCode).toBe(200);
    expect(response.json<FamilyCandidatesResponse>()).toMatchObject({
      candidates: [],
      consideredCount: 8,
      feasibleCount: 0,
      // each volunteer counts at its first failing filter, so H7 shows the two that passed H1–H6
      exclusions: counts({
        H1_ELIGIBLE: 1,
        H2_CERTIFICATE: 3,
        H3_LANGUAGE: 1,
        H4_DISTANCE: 1,
        H7_FAMILY_OPEN: 2,
      }),
    });
  });

  it('H5: a family wishing for a Patin gets the woman, not the man nor a volunteer who did not say', async () => {
    // feasible in every other respect; removed again below, so the other tests' counts stay exact
    await seedVolunteer('Nora ohne Angabe', { ...CLEAR_ARABIC, district: 'gemen' });
    try {
      const female = await createFamily({ volunteerGenderPreference: 'female' });
      await recordConsent(female);
      const body = (await call('GET', candidatesOf(female))).json<FamilyCandidatesResponse>();
      expect(body.candidates.map((c) => c.volunteer.displayName)).toEqual(['Hanna Gemen']);
      expect(body).toMatchObject({
        consideredCount: 9,
        feasibleCount: 1,
        // Jonas (male) and Nora (not stated) fail H5; the others fail earlier filters as before
        exclusions: counts({
          H1_ELIGIBLE: 1,
          H2_CERTIFICATE: 3,
          H3_LANGUAGE: 1,
          H4_DISTANCE: 1,
          H5_GENDER: 2,
        }),
      });

      const male = await createFamily({ volunteerGenderPreference: 'male' });
      await recordConsent(male);
      const forMale = (await call('GET', candidatesOf(male))).json<FamilyCandidatesResponse>();
      expect(forMale.candidates.map((c) => c.volunteer.displayName)).toEqual(['Jonas Innenstadt']);
      expect(forMale.exclusions.H5_GENDER).toBe(2);

      // without a preference the not-stated volunteer is a candidate like anyone else
      const none = await createFamily();
      await recordConsent(none);
      const forNone = (await call('GET', candidatesOf(none))).json<FamilyCandidatesResponse>();
      expect(forNone.candidates.map((c) => c.volunteer.displayName)).toContain('Nora ohne Angabe');
      expect(forNone.exclusions.H5_GENDER).toBe(0);
    } finally {
      await db.query(`DELETE FROM volunteer WHERE id = $1`, [ids['Nora ohne Angabe']]);
    }
  });

  it('is for staff and admins only: admin 200, volunteer 403, anonymous 401', async () => {
    const familyId = await createFamily();
    const admin = await signedIn({ roles: ['admin'] });
    expect((await call('GET', candidatesOf(familyId), admin.headers)).statusCode).toBe(200);
    const volunteer = await signedIn({ roles: ['volunteer'] });
    expectApiError(await call('GET', candidatesOf(familyId), volunteer.headers), 403, 'FORBIDDEN');
    expectApiError(await call('GET', candidatesOf(familyId), {}), 401, 'UNAUTHENTICATED');
    const [{ count }]: { count: string }[] = await db.query(
      `SELECT count(*) FROM audit_event WHERE subject_id = $1 AND action = 'family.matched'`,
      [familyId],
    );
    expect(count).toBe('1');
  });

  it('answers 404 for an unknown or malformed family id', async () => {
    expectApiError(await call('GET', candidatesOf(UNKNOWN_ID)), 404, 'NOT_FOUND');
    expectApiError(await call('GET', candidatesOf('not-a-uuid')), 404, 'NOT_FOUND');
  });

  // runs last: it leaves pairings behind that change Hanna's free capacity
  it('counts open pairings against capacity, drops excluded pairs and reports the settings version', async () => {
    const familyId = await createFamily();
    await recordConsent(familyId);
    const otherFamilies = [await createFamily(), await createFamily()];
    const [{ run_id }]: { run_id: string }[] = await db.query(
      `INSERT INTO match_run (kind, settings_version, weights, family_count, volunteer_count, total_score,
                              component_shares, duration_ms)
       VALUES ('single', 1, '{}', 1, 1, 0.5, '{}', 1) RETURNING id AS run_id`,
    );
    // Hanna (capacity 2): one pairing still open, one ended → one slot free
    for (const [index, state] of (['active', 'ended'] as const).entries()) {
      const [{ id: proposalId }]: { id: string }[] = await db.query(
        `INSERT INTO match_proposal (run_id, family_id, volunteer_id, score, breakdown, distance_km, status, decided_at)
         VALUES ($1, $2, $3, 0.5, '{}', 0, 'offered', now()) RETURNING id`,
        [run_id, otherFamilies[index], ids['Hanna Gemen']],
      );
      await db.query(
        `INSERT INTO pairing (volunteer_id, family_id, proposal_id, state, commitment_months, trial_started_on,
                              active_since, ended_on, end_kind, end_reason)
         VALUES ($1, $2, $3, $4, 6, current_date - 30, current_date - 20,
                 ${state === 'ended' ? `current_date, 'premature', 'contact_faded'` : 'NULL, NULL, NULL'})`,
        [ids['Hanna Gemen'], otherFamilies[index], proposalId, state],
      );
    }
    // Jonas once declined this family: never proposed to it again (H6)
    await db.query(
      `INSERT INTO pair_exclusion (volunteer_id, family_id, cause) VALUES ($1, $2, 'declined')`,
      [ids['Jonas Innenstadt'], familyId],
    );
    await db.query(
      `INSERT INTO sponsorship_settings (version, weights, no_contact_days, trial_meetings_required, min_score)
       VALUES (2, '{"language": 1, "proximity": 1, "availability": 0, "lifeStage": 0, "needsFit": 0,
                    "waitingBonus": 0, "urgency": 0}', 21, 3, 0.2)`,
    );

    const body = (await call('GET', candidatesOf(familyId))).json<FamilyCandidatesResponse>();
    expect(body.candidates.map((c) => [c.volunteer.displayName, c.volunteer.freeCapacity])).toEqual(
      [['Hanna Gemen', 1]],
    );
    expect(body.exclusions.H6_EXCLUSION).toBe(1);
    expect(body.weightsVersion).toBe(2);
    expect(body.weights).toMatchObject({ language: 0.5, proximity: 0.5, availability: 0 });
  });
});
