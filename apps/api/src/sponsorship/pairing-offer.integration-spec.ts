import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createIsolatedSchema,
  createSignedInUser,
  createTestApp,
  type IsolatedSchema,
  type SignedInUser,
  type UserAccountOverrides,
  expectApiError,
} from '@zusammen/api/testing';
import {
  PAIRING_ROUTES,
  SPONSORSHIP_ROUTES,
  type ApiErrorBody,
  type BorkenDistrict,
  type FamilyDetail,
  type FamilyRequest,
  type PairingDetail,
  type VolunteerProfileRequest,
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
const { pairings } = PAIRING_ROUTES;
const { families } = SPONSORSHIP_ROUTES;
const UNKNOWN_ID = '7d7c3a0e-0000-4000-8000-000000000000';
const REASON = 'Kennt die Familie aus der Nachbarschaft';

/** An Arabic-speaking household with a child in Gemen. */
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

/** The profile every seeded volunteer has unless a test says otherwise (the best fit for FAMILY). */
const PROFILE: VolunteerProfileRequest = {
  languages: [{ code: 'ar', level: 'native' }],
  district: 'gemen',
  maxDistanceKm: 5,
  availability: ['mon-evening', 'sat-morning'],
  supportAreas: ['authorities', 'school'],
  capacity: 2,
  acceptsFamiliesWithChildren: true,
  genderPreference: 'none',
  gender: null,
  about: '',
};

interface Volunteer extends SignedInUser {
  id: string;
}

/**
 * The suggestion an offer is compared with ranks every volunteer profile, and other test files create
 * volunteers in the shared database at the same time: this file runs on copies of the tables in a schema of
 * its own, so "the best candidate" is exactly who the file seeded.
 */
describe('Patenmodell: offering a pairing (integration, own schema)', () => {
  let schema: IsolatedSchema;
  let app: NestFastifyApplication;
  let db: DataSource;
  let staff: SignedInUser;
  let otherStaff: SignedInUser;
  let today: string;
  let anna: Volunteer;
  let bernd: Volunteer;

  const signedIn = (overrides: UserAccountOverrides = {}) =>
    createSignedInUser(app, { password: PASSWORD, ...overrides });

  const call = (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    headers: Record<string, string>,
    payload?: object,
  ) => app.inject({ method, url, headers, payload });

  async function seedVolunteer(
    displayName: string,
    changes: Partial<VolunteerProfileRequest> & { status?: VolunteerStatus } = {},
  ): Promise<Volunteer> {
    const person = await signedIn({ roles: ['volunteer'], displayName });
    const profile = { ...PROFILE, ...changes };
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO volunteer (user_id, status, languages, district, max_distance_km, availability,
                              support_areas, capacity, accepts_families_with_children)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6::text[], $7::text[], $8, true)
       RETURNING id`,
      [
        person.user.id,
        changes.status ?? 'approved',
        JSON.stringify(profile.languages),
        profile.district,
        profile.maxDistanceKm,
        profile.availability,
        profile.supportAreas,
        profile.capacity,
      ],
    );
    await db.query(
      `INSERT INTO conduct_certificate_check (volunteer_id, issued_on, inspected_on, relevant_entry, renewal_due_on)
       VALUES ($1, $2::date - 30, $2::date - 30, false, $2::date + 700)`,
      [id, today],
    );
    return { ...person, id };
  }

  async function createFamily(options: { consent?: boolean } = {}): Promise<string> {
    const created = await call('POST', families, staff.headers, FAMILY);
    expect(created.statusCode).toBe(201);
    const { id } = created.json<FamilyDetail>();
    if (options.consent !== false) {
      const consent = await call('POST', `${families}/${id}/consent`, staff.headers, {
        textVersion: 'patenschaft-2026-11',
        scope: 'matching,contact-sharing',
        grantedOn: today,
      });
      expect(consent.statusCode).toBe(200);
    }
    return id;
  }

  const offer = (body: object, by: SignedInUser = staff) =>
    call('POST', pairings, by.headers, { commitmentMonths: 6, ...body });

  /** An open proposal of a batch run, as the match-run route writes them. */
  async function batchProposal(familyId: string, volunteerId: string): Promise<string> {
    const [{ id: runId }]: { id: string }[] = await db.query(
      `INSERT INTO match_run (kind, settings_version, weights, family_count, volunteer_count, total_score,
                              component_shares, duration_ms)
       VALUES ('batch', 1, '{}', 1, 1, 0.8, '{}', 3) RETURNING id`,
    );
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO match_proposal (run_id, family_id, volunteer_id, score, breakdown, distance_km)
       VALUES ($1, $2, $3, 0.8, '{}', 0) RETURNING id`,
      [runId, familyId, volunteerId],
    );
    return id;
  }

  const proposalRow = async (id: string) =>
    (
      await db.query(
        `SELECT status, reason, decided_by_id, decided_at IS NOT NULL AS decided FROM match_proposal WHERE id = $1`,
        [id],
      )
    )[0];

  const openPairingsOfFamily = async (familyId: string) =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM pairing WHERE family_id = $1 AND state NOT IN ('declined', 'ended')`,
        [familyId],
      )
    )[0].n as number;

  const countRows = async (table: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    schema = await createIsolatedSchema('pairing_offer', SPONSORSHIP_SCHEMA_TABLES);
    app = await createTestApp({ imports: [AppModule], env: { DATABASE_URL: schema.url } });
    db = app.get(DataSource);
    [{ today }] = await db.query(
      `SELECT (now() AT TIME ZONE 'Europe/Berlin')::date::text AS today`,
    );
    staff = await signedIn({ roles: ['staff'], displayName: 'Klara Koordination' });
    otherStaff = await signedIn({ roles: ['staff'], displayName: 'Sven Stellvertretung' });
    anna = await seedVolunteer('Anna Gemen', { capacity: 5 });
    // 2.2 km away, basic Arabic, one of two slots: feasible, but behind Anna for FAMILY
    bernd = await seedVolunteer('Bernd Innenstadt', {
      district: 'innenstadt',
      languages: [{ code: 'ar', level: 'basic' }],
      availability: ['sat-morning'],
      capacity: 5,
    });
  });

  afterAll(async () => {
    await app?.close();
    await schema?.drop();
  });

  it('scores a free choice, records a single run with an offered proposal, and wants a reason for anyone but the best', async () => {
    const familyId = await createFamily();
    const runsBefore = await countRows('match_run');

    const refused = expectApiError(
      await offer({ familyId, volunteerId: bernd.id }),
      422,
      'OVERRIDE_REASON_REQUIRED',
    );
    expect(refused.details).toEqual({ suggestedVolunteerIds: [anna.id] });
    expect(await countRows('match_run')).toBe(runsBefore);
    expect(await openPairingsOfFamily(familyId)).toBe(0);

    const response = await offer({
      familyId,
      volunteerId: bernd.id,
      overrideReason: `  ${REASON} `,
    });
    expect(response.statusCode).toBe(201);
    const detail = response.json<PairingDetail>();
    expect(detail).toMatchObject({
      state: 'offered',
      commitmentMonths: 6,
      family: { id: familyId },
      volunteer: { id: bernd.id },
      proposal: { weightsVersion: 1, overrideReason: REASON },
    });

    const [pairing] = await db.query(
      `SELECT proposal_id, coordinator_id, state, commitment_months FROM pairing WHERE id = $1`,
      [detail.id],
    );
    expect(pairing).toEqual({
      proposal_id: detail.proposal.id,
      coordinator_id: staff.user.id,
      state: 'offered',
      commitment_months: 6,
    });
    const [proposal] = await db.query(
      `SELECT run_id, family_id, volunteer_id, score, breakdown, distance_km, status, reason, decided_by_id
         FROM match_proposal WHERE id = $1`,
      [detail.proposal.id],
    );
    expect(proposal).toMatchObject({
      family_id: familyId,
      volunteer_id: bernd.id,
      status: 'offered',
      reason: REASON,
      decided_by_id: staff.user.id,
      distance_km: districtDistanceKm('innenstadt', 'gemen'),
    });
    expect(proposal.breakdown.total).toBeCloseTo(proposal.score, 12);
    expect(proposal.breakdown.components.availability.value).toBe(0.5);
    expect(detail.proposal.score).toBeCloseTo(proposal.score, 12);

    const [run] = await db.query(
      `SELECT kind, settings_version, weights, family_count, volunteer_count, total_score, component_shares,
              duration_ms, created_by_id
         FROM match_run WHERE id = $1`,
      [proposal.run_id],
    );
    expect(run).toMatchObject({
      kind: 'single',
      settings_version: 1,
      weights: normaliseMatchWeights(DEFAULT_MATCH_WEIGHTS),
      family_count: 1,
      volunteer_count: await countRows('volunteer'),
      created_by_id: staff.user.id,
    });
    expect(run.total_score).toBeCloseTo(proposal.score, 12);
    expect(run.duration_ms).toBeGreaterThanOrEqual(0);
    const shares = Object.values(run.component_shares as Record<string, number>);
    expect(shares).toHaveLength(7);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);

    expect(
      await db.query(
        `SELECT action, details FROM audit_event WHERE subject_type = 'pairing' AND subject_id = $1`,
        [detail.id],
      ),
    ).toEqual([
      {
        action: 'pairing.offered',
        details: {
          volunteerId: bernd.id,
          familyId,
          proposalId: detail.proposal.id,
          fromBatchProposal: false,
          overridden: true,
          commitmentMonths: 6,
        },
      },
    ]);

    // the best candidate needs no reason
    const second = await createFamily();
    const best = await offer({ familyId: second, volunteerId: anna.id, commitmentMonths: 12 });
    expect(best.statusCode).toBe(201);
    expect(best.json<PairingDetail>()).toMatchObject({
      commitmentMonths: 12,
      proposal: { overrideReason: null },
    });
  });

  it('offers an open batch proposal once, and refuses one made before either person changed', async () => {
    const familyId = await createFamily();
    const proposalId = await batchProposal(familyId, anna.id);
    const runsBefore = await countRows('match_run');

    const response = await offer({ proposalId, commitmentMonths: 12 });
    expect(response.statusCode).toBe(201);
    const detail = response.json<PairingDetail>();
    expect(detail).toMatchObject({
      commitmentMonths: 12,
      volunteer: { id: anna.id },
      family: { id: familyId },
      proposal: { id: proposalId },
    });
    expect(await proposalRow(proposalId)).toEqual({
      status: 'offered',
      reason: null,
      decided_by_id: staff.user.id,
      decided: true,
    });
    // a batch proposal already has its run
    expect(await countRows('match_run')).toBe(runsBefore);

    expect(expectApiError(await offer({ proposalId }), 409, 'PROPOSAL_NOT_OPEN').details).toEqual({
      status: 'offered',
    });
    expectApiError(await offer({ proposalId: UNKNOWN_ID }), 404, 'PROPOSAL_NOT_FOUND');

    // the family changed after the proposal
    const changedFamily = await createFamily();
    const forChangedFamily = await batchProposal(changedFamily, anna.id);
    const put = await call('PUT', `${families}/${changedFamily}`, staff.headers, {
      ...FAMILY,
      urgent: true,
    });
    expect(put.statusCode).toBe(200);
    expect(
      expectApiError(await offer({ proposalId: forChangedFamily }), 409, 'PROPOSAL_STALE').details,
    ).toEqual({ changed: ['family'] });

    // the volunteer changed their profile after the proposal
    const other = await createFamily();
    const forChangedVolunteer = await batchProposal(other, bernd.id);
    const profile = await call('PUT', SPONSORSHIP_ROUTES.myProfile, bernd.headers, {
      ...PROFILE,
      district: 'innenstadt',
      languages: [{ code: 'ar', level: 'basic' }],
      availability: ['sat-morning'],
      capacity: 5,
      about: 'Jetzt auch samstags',
    });
    expect(profile.statusCode).toBe(200);
    expect(
      expectApiError(await offer({ proposalId: forChangedVolunteer }), 409, 'PROPOSAL_STALE')
        .details,
    ).toEqual({ changed: ['volunteer'] });
    expect(await proposalRow(forChangedVolunteer)).toMatchObject({ status: 'open' });
  });

  it('wants a reason to pass over an open batch proposal, and marks that proposal overridden', async () => {
    const familyId = await createFamily();
    const proposalId = await batchProposal(familyId, bernd.id);

    // Anna is the best candidate, but the batch run proposed Bernd
    const refused = expectApiError(
      await offer({ familyId, volunteerId: anna.id }),
      422,
      'OVERRIDE_REASON_REQUIRED',
    );
    expect(refused.details).toEqual({ suggestedVolunteerIds: [bernd.id] });
    expect(await proposalRow(proposalId)).toMatchObject({ status: 'open' });

    const response = await offer({ familyId, volunteerId: anna.id, overrideReason: REASON });
    expect(response.statusCode).toBe(201);
    expect(await proposalRow(proposalId)).toEqual({
      status: 'overridden',
      reason: REASON,
      decided_by_id: staff.user.id,
      decided: true,
    });
    expect(response.json<PairingDetail>().proposal.id).not.toBe(proposalId);
  });

  it('re-checks consent and the hard filters on the locked rows', async () => {
    const withoutConsent = await createFamily({ consent: false });
    expectApiError(
      await offer({ familyId: withoutConsent, volunteerId: anna.id, overrideReason: REASON }),
      409,
      'CONSENT_MISSING',
    );

    const familyId = await createFamily();
    const inVetting = await seedVolunteer('Dieter in Prüfung', { status: 'in_vetting' });
    const far = await seedVolunteer('Emil Burlo', { district: 'burlo' as BorkenDistrict });
    const noArabic = await seedVolunteer('Frieda Deutsch', {
      languages: [{ code: 'de', level: 'native' }],
    });
    const filterOf = async (volunteerId: string) =>
      expectApiError(
        await offer({ familyId, volunteerId, overrideReason: REASON }),
        409,
        'PAIR_NOT_FEASIBLE',
      ).details;
    expect(await filterOf(inVetting.id)).toEqual({ filter: 'H1_ELIGIBLE' });
    expect(await filterOf(noArabic.id)).toEqual({ filter: 'H3_LANGUAGE' });
    expect(await filterOf(far.id)).toEqual({ filter: 'H4_DISTANCE' });
    await db.query(
      `INSERT INTO pair_exclusion (volunteer_id, family_id, cause, created_by_id) VALUES ($1, $2, 'staff', $3)`,
      [bernd.id, familyId, staff.user.id],
    );
    expect(await filterOf(bernd.id)).toEqual({ filter: 'H6_EXCLUSION' });
    // nothing was written by the refused offers
    expect(await openPairingsOfFamily(familyId)).toBe(0);
    expect((await db.query(`SELECT status FROM family WHERE id = $1`, [familyId]))[0].status).toBe(
      'waiting',
    );

    expect((await offer({ familyId, volunteerId: anna.id })).statusCode).toBe(201);
    expectApiError(
      await offer({ familyId, volunteerId: anna.id, overrideReason: REASON }),
      409,
      'FAMILY_HAS_OPEN_PAIRING',
    );
  });

  it('validates the request and answers 404 for unknown people', async () => {
    const familyId = await createFamily();
    const details = async (body: object) =>
      expectApiError(await offer(body), 422, 'VALIDATION_FAILED').details;
    expect(await details({ proposalId: UNKNOWN_ID, familyId, overrideReason: REASON })).toEqual({
      familyId: ['familyId is not used with proposalId'],
      overrideReason: ['overrideReason is not used with proposalId'],
    });
    expect(await details({ familyId })).toEqual({
      volunteerId: ['volunteerId or proposalId is required'],
    });
    expect(await details({ familyId, volunteerId: anna.id, commitmentMonths: 7 })).toHaveProperty(
      'commitmentMonths',
    );
    expect(await details({ familyId, volunteerId: 'anna' })).toHaveProperty('volunteerId');
    expect(
      await details({ familyId, volunteerId: anna.id, overrideReason: 'x'.repeat(501) }),
    ).toHaveProperty('overrideReason');
    expectApiError(await offer({ familyId: UNKNOWN_ID, volunteerId: anna.id }), 404, 'NOT_FOUND');
    expectApiError(await offer({ familyId, volunteerId: UNKNOWN_ID }), 404, 'NOT_FOUND');
    expect(await openPairingsOfFamily(familyId)).toBe(0);
  });

  it('is for staff and admins only', async () => {
    const familyId = await createFamily();
    expectApiError(await offer({ familyId, volunteerId: anna.id }, anna), 403, 'FORBIDDEN');
    expectApiError(
      await call('POST', pairings, {}, { familyId, volunteerId: anna.id, commitmentMonths: 6 }),
      401,
      'UNAUTHENTICATED',
    );
    const admin = await signedIn({ roles: ['admin'] });
    expect((await offer({ familyId, volunteerId: anna.id }, admin)).statusCode).toBe(201);
  });

  describe('races', () => {
    const ROUNDS = 5;

    it('two staff members offering two families to a volunteer with one free slot at once: one wins', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const volunteer = await seedVolunteer(`Einzelplatz ${round}`, { capacity: 1 });
        const [first, second] = [await createFamily(), await createFamily()];
        const responses = await Promise.all([
          offer({ familyId: first, volunteerId: volunteer.id, overrideReason: REASON }, staff),
          offer(
            { familyId: second, volunteerId: volunteer.id, overrideReason: REASON },
            otherStaff,
          ),
        ]);
        const statuses = responses.map((r) => r.statusCode).sort();
        expect({ round, statuses }).toEqual({ round, statuses: [201, 409] });
        const loser = responses.find((r) => r.statusCode === 409);
        if (!loser) throw new Error('no losing request');
        expect(loser.json<ApiErrorBody>()).toMatchObject({
          code: 'CAPACITY_EXCEEDED',
          details: { capacity: 1, openPairings: 1 },
        });
        const [{ open }] = await db.query(
          `SELECT count(*)::int AS open FROM pairing
            WHERE volunteer_id = $1 AND state NOT IN ('declined', 'ended')`,
          [volunteer.id],
        );
        expect({ round, open }).toEqual({ round, open: 1 });
        // the losing family is untouched: still waiting, no pairing, no notification
        const losingFamily = responses[0].statusCode === 409 ? first : second;
        expect(await openPairingsOfFamily(losingFamily)).toBe(0);
        expect(
          (await db.query(`SELECT status FROM family WHERE id = $1`, [losingFamily]))[0].status,
        ).toBe('waiting');
        expect(
          await db.query(
            `SELECT 1 FROM notification WHERE recipient_id = $1 AND type = 'pairing-offered'`,
            [volunteer.user.id],
          ),
        ).toHaveLength(1);
      }
    });

    it('two staff members offering one family to two volunteers at once: one wins', async () => {
      const left = await seedVolunteer('Links', { capacity: 5 });
      const right = await seedVolunteer('Rechts', { capacity: 5 });
      for (let round = 0; round < ROUNDS; round++) {
        const familyId = await createFamily();
        const responses = await Promise.all([
          offer({ familyId, volunteerId: left.id, overrideReason: REASON }, staff),
          offer({ familyId, volunteerId: right.id, overrideReason: REASON }, otherStaff),
        ]);
        expect({ round, statuses: responses.map((r) => r.statusCode).sort() }).toEqual({
          round,
          statuses: [201, 409],
        });
        expect(responses.find((r) => r.statusCode === 409)?.json<ApiErrorBody>().code).toBe(
          'FAMILY_HAS_OPEN_PAIRING',
        );
        expect({ round, open: await openPairingsOfFamily(familyId) }).toEqual({ round, open: 1 });
        // exactly one single run and proposal were kept for the family
        expect(
          await db.query(`SELECT 1 FROM match_proposal WHERE family_id = $1`, [familyId]),
        ).toHaveLength(1);
      }
    });
  });
});
