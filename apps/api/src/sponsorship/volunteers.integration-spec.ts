import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { UserAccount } from '@zusammen/api/identity';
import {
  createSignedInUser,
  createTestApp,
  createUserAccount,
  uniqueSuffix,
  type UserAccountOverrides,
  expectApiError,
} from '@zusammen/api/testing';
import {
  PRIVACY_ROUTES,
  SPONSORSHIP_ROUTES,
  type PersonalDataExport,
  type VolunteerDetail,
  type VolunteerListResponse,
  type VolunteerProfileRequest,
  type VolunteerProfileResponse,
  type VolunteerStatus,
} from '@zusammen/shared/contracts';
import { DataSource, QueryFailedError } from 'typeorm';
import { AppModule } from '../app/app.module';

const PASSWORD = 'Borken-Patenschaft-2026';
const me = SPONSORSHIP_ROUTES.myProfile;
const volunteers = SPONSORSHIP_ROUTES.volunteers;

const PROFILE: VolunteerProfileRequest = {
  languages: [
    { code: 'de', level: 'native' },
    { code: 'ar', level: 'basic' },
  ],
  district: 'gemen',
  maxDistanceKm: 8,
  availability: ['sat-morning', 'tue-evening'],
  supportAreas: ['school', 'authorities'],
  capacity: 2,
  acceptsFamiliesWithChildren: true,
  genderPreference: 'none',
  gender: 'female',
  about: 'Lehrerin im Ruhestand, mag Spaziergänge.',
};

/** A date surely in the future on Borken's clock (two days ahead of UTC today). */
const future = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

describe('Patenmodell: volunteers (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let staff: { user: UserAccount; headers: Record<string, string> };

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    staff = await signedIn({ roles: ['staff'], displayName: 'Klara Koordination' });
  });

  afterAll(async () => {
    await app?.close();
  });

  const signedIn = (overrides: UserAccountOverrides = {}) =>
    createSignedInUser(app, { password: PASSWORD, ...overrides });

  const call = (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    headers: Record<string, string> = staff.headers,
    payload?: object,
  ) => app.inject({ method, url, headers, payload });

  /** A volunteer straight in the database: the account, the profile in `status`, optional steps. */
  async function seedVolunteer(
    status: VolunteerStatus = 'registered',
    options: { displayName?: string; steps?: string[] } = {},
  ): Promise<{ id: string; userId: string }> {
    const user = await createUserAccount(db, {
      roles: ['volunteer'],
      displayName: options.displayName,
    });
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO volunteer (user_id, status, languages, district, max_distance_km, availability,
                              support_areas, capacity, accepts_families_with_children)
       VALUES ($1, $2, '[{"code":"de","level":"native"}]', 'weseke', 5, '{mon-evening}', '{german}', 1, true)
       RETURNING id`,
      [user.id, status],
    );
    for (const kind of options.steps ?? [])
      await db.query(
        `INSERT INTO vetting_step (volunteer_id, kind, completed_on) VALUES ($1, $2, '2026-10-01')`,
        [id, kind],
      );
    return { id, userId: user.id };
  }

  const auditOf = (volunteerId: string) =>
    db.query(
      `SELECT actor_id, action, details FROM audit_event
        WHERE subject_type = 'volunteer' AND subject_id = $1 ORDER BY id`,
      [volunteerId],
    ) as Promise<{ actor_id: string; action: string; details: Record<string, unknown> }[]>;

  const certificateRows = (volunteerId: string) =>
    db.query(`SELECT * FROM conduct_certificate_check WHERE volunteer_id = $1`, [volunteerId]);

  describe('own profile', () => {
    it('is missing at first, created as registered, updated without touching the status', async () => {
      const person = await signedIn({ roles: ['volunteer'] });
      expectApiError(await call('GET', me, person.headers), 404, 'VOLUNTEER_PROFILE_MISSING');

      const created = await call('PUT', me, person.headers, PROFILE);
      expect(created.statusCode).toBe(200);
      const profile = created.json<VolunteerProfileResponse>();
      expect(profile).toMatchObject({
        ...PROFILE,
        // stored in vocabulary order
        availability: ['tue-evening', 'sat-morning'],
        supportAreas: ['authorities', 'school'],
        status: 'registered',
        vettingSteps: [],
        certificate: null,
        openPairings: 0,
      });
      expect((await call('GET', me, person.headers)).json()).toEqual(profile);
      expect((await auditOf(profile.id)).map((a) => a.action)).toEqual(['volunteer.registered']);

      await db.query(`UPDATE volunteer SET status = 'approved' WHERE id = $1`, [profile.id]);
      const updated = await call('PUT', me, person.headers, {
        ...PROFILE,
        capacity: 1,
        about: '  Neu.  ',
      });
      expect(updated.statusCode).toBe(200);
      expect(updated.json<VolunteerProfileResponse>()).toMatchObject({
        id: profile.id,
        status: 'approved',
        capacity: 1,
        about: 'Neu.',
      });
      const [{ count }] = await db.query(
        `SELECT count(*)::int AS count FROM volunteer WHERE user_id = $1`,
        [person.user.id],
      );
      expect(count).toBe(1);
    });

    it.each([
      ['district', { district: 'muenster' }, 'district'],
      ['slot', { availability: ['mon-night'] }, 'availability'],
      ['capacity 0', { capacity: 0 }, 'capacity'],
      ['capacity 6', { capacity: 6 }, 'capacity'],
      ['distance 31', { maxDistanceKm: 31 }, 'maxDistanceKm'],
      ['language level', { languages: [{ code: 'de', level: 'perfect' }] }, 'languages.0.level'],
      ['language code', { languages: [{ code: 'deu', level: 'good' }] }, 'languages.0.code'],
      ['no language', { languages: [] }, 'languages'],
      ['support area', { supportAreas: ['cooking'] }, 'supportAreas'],
      ['gender preference', { genderPreference: 'any' }, 'genderPreference'],
      ['gender', { gender: 'none' }, 'gender'],
      ['gender type', { gender: 1 }, 'gender'],
      ['about too long', { about: 'x'.repeat(1001) }, 'about'],
      ['extra field', { status: 'approved' }, 'status'],
      [
        'extra language field',
        { languages: [{ code: 'de', level: 'good', x: 1 }] },
        'languages.0.x',
      ],
    ])('refuses a bad %s with a field error', async (_name, change, field) => {
      const person = await signedIn({ roles: ['volunteer'] });
      const response = await call('PUT', me, person.headers, { ...PROFILE, ...change });
      const body = expectApiError(response, 422, 'VALIDATION_FAILED');
      expect(Object.keys(body.details as object)).toContain(field);
      expectApiError(await call('GET', me, person.headers), 404, 'VOLUNTEER_PROFILE_MISSING');
    });

    it('stores the own gender, and "not stated" (null or left out) clears it', async () => {
      const person = await signedIn({ roles: ['volunteer'] });
      const created = await call('PUT', me, person.headers, { ...PROFILE, gender: 'diverse' });
      expect(created.json<VolunteerProfileResponse>().gender).toBe('diverse');
      const stored = async () =>
        (await db.query(`SELECT gender FROM volunteer WHERE user_id = $1`, [person.user.id]))[0]
          .gender;
      expect(await stored()).toBe('diverse');

      const cleared = await call('PUT', me, person.headers, { ...PROFILE, gender: null });
      expect(cleared.statusCode).toBe(200);
      expect(cleared.json<VolunteerProfileResponse>().gender).toBeNull();
      expect(await stored()).toBeNull();

      await call('PUT', me, person.headers, PROFILE);
      const { gender: _omitted, ...older } = PROFILE;
      const leftOut = await call('PUT', me, person.headers, older);
      expect(leftOut.statusCode).toBe(200);
      expect(
        (await call('GET', me, person.headers)).json<VolunteerProfileResponse>().gender,
      ).toBeNull();
    });

    it('has the gender vocabulary in the table itself', async () => {
      const { id } = await seedVolunteer();
      const error = await db
        .query(`UPDATE volunteer SET gender = 'other' WHERE id = $1`, [id])
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryFailedError);
      expect(
        (error as QueryFailedError & { driverError: { constraint: string } }).driverError
          .constraint,
      ).toBe('ck_volunteer_gender_known');
    });

    it('accepts exactly 1,000 characters of about text', async () => {
      const person = await signedIn({ roles: ['volunteer'] });
      const response = await call('PUT', me, person.headers, {
        ...PROFILE,
        about: 'x'.repeat(1000),
      });
      expect(response.statusCode).toBe(200);
    });
  });

  describe('access', () => {
    it('keeps volunteers out of staff routes and everyone else out of the own profile', async () => {
      const volunteer = await signedIn({ roles: ['volunteer'] });
      const resident = await signedIn({ roles: ['resident'] });
      const { id } = await seedVolunteer();
      const staffRoutes: ['GET' | 'POST' | 'PUT', string, object?][] = [
        ['GET', volunteers],
        ['GET', `${volunteers}/${id}`],
        [
          'POST',
          `${volunteers}/${id}/vetting-steps`,
          { kind: 'interview', completedOn: '2026-10-01' },
        ],
        [
          'PUT',
          `${volunteers}/${id}/certificate`,
          { issuedOn: '2026-10-01', inspectedOn: '2026-10-02', relevantEntry: false },
        ],
        ['POST', `${volunteers}/${id}/status`, { status: 'in_vetting' }],
      ];
      for (const [method, url, payload] of staffRoutes) {
        expectApiError(await call(method, url, volunteer.headers, payload), 403, 'FORBIDDEN');
        expectApiError(await call(method, url, {}, payload), 401, 'UNAUTHENTICATED');
      }
      expectApiError(await call('GET', me, resident.headers), 403, 'FORBIDDEN');
      expectApiError(await call('GET', me, staff.headers), 403, 'FORBIDDEN');
      expectApiError(await call('GET', me, {}), 401, 'UNAUTHENTICATED');
      expectApiError(await call('PUT', me, {}, PROFILE), 401, 'UNAUTHENTICATED');
      // nothing changed
      expect(await auditOf(id)).toEqual([]);
    });

    it('lets an admin in as well', async () => {
      const admin = await signedIn({ roles: ['admin'] });
      expect((await call('GET', volunteers, admin.headers)).statusCode).toBe(200);
    });

    it('answers 404 for unknown and malformed ids', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'nicht-da', '1'])
        for (const [method, path, payload] of [
          ['GET', '', undefined],
          ['POST', '/status', { status: 'in_vetting' }],
          ['POST', '/vetting-steps', { kind: 'interview', completedOn: '2026-10-01' }],
        ] as const)
          expectApiError(
            await call(method, `${volunteers}/${id}${path}`, staff.headers, payload),
            404,
            'NOT_FOUND',
          );
    });
  });

  describe('staff list and detail', () => {
    it('searches names, filters by status and pages by name then id', async () => {
      const tag = `zz${uniqueSuffix()}`;
      const made = [
        await seedVolunteer('registered', { displayName: `Bert ${tag}` }),
        await seedVolunteer('approved', {
          displayName: `amira ${tag}`,
          steps: ['interview', 'training'],
        }),
        await seedVolunteer('approved', { displayName: `Carla ${tag}` }),
        await seedVolunteer('paused', { displayName: `Dana ${tag}` }),
        await seedVolunteer('registered', { displayName: `Dana ${tag}` }),
      ];
      const pages: VolunteerListResponse['items'][] = [];
      let cursor: string | null = null;
      do {
        const response = await call(
          'GET',
          `${volunteers}?q=${tag}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(response.statusCode).toBe(200);
        const body = response.json<VolunteerListResponse>();
        pages.push(body.items);
        cursor = body.nextCursor;
      } while (cursor);
      expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
      const names = pages.flat().map((v) => v.displayName);
      expect(names).toEqual([
        `amira ${tag}`,
        `Bert ${tag}`,
        `Carla ${tag}`,
        `Dana ${tag}`,
        `Dana ${tag}`,
      ]);
      const danas = [made[3].id, made[4].id].sort();
      expect(
        pages
          .flat()
          .slice(3)
          .map((v) => v.id),
      ).toEqual(danas);

      const amira = pages.flat()[0];
      expect(amira).toMatchObject({
        id: made[1].id,
        userId: made[1].userId,
        status: 'approved',
        district: 'weseke',
        capacity: 1,
        openPairings: 0,
        vettingProgress: { done: 2, required: 3 },
        certificateRenewalDueOn: null,
      });

      const approved = await call('GET', `${volunteers}?q=${tag}&status=approved`);
      expect(
        approved
          .json<VolunteerListResponse>()
          .items.map((v) => v.id)
          .sort(),
      ).toEqual([made[1].id, made[2].id].sort());
      expect((await call('GET', `${volunteers}?q=%25`)).statusCode).toBe(200);
      expectApiError(await call('GET', `${volunteers}?cursor=kaputt`), 422, 'VALIDATION_FAILED');
      expectApiError(await call('GET', `${volunteers}?limit=101`), 422, 'VALIDATION_FAILED');
      expectApiError(await call('GET', `${volunteers}?status=busy`), 422, 'VALIDATION_FAILED');
    });

    it('shows contact data and the ledger, and records each read', async () => {
      const person = await signedIn({ roles: ['volunteer'], phone: '+49 2861 55', locale: 'uk' });
      const profile = (
        await call('PUT', me, person.headers, PROFILE)
      ).json<VolunteerProfileResponse>();
      const response = await call('GET', `${volunteers}/${profile.id}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.json<VolunteerDetail>()).toEqual({
        ...profile,
        userId: person.user.id,
        displayName: person.user.displayName,
        email: person.user.email,
        phone: '+49 2861 55',
        locale: 'uk',
      });
      const audit = await auditOf(profile.id);
      expect(audit.at(-1)).toEqual({
        actor_id: staff.user.id,
        action: 'volunteer.viewed',
        details: {},
      });
    });
  });

  describe('vetting steps', () => {
    it('records a step, moves registered → in_vetting, and corrects a date on a second record', async () => {
      const { id } = await seedVolunteer('registered');
      const first = await call('POST', `${volunteers}/${id}/vetting-steps`, staff.headers, {
        kind: 'info_event',
        completedOn: '2026-10-05',
      });
      expect(first.statusCode).toBe(200);
      expect(first.json<VolunteerDetail>()).toMatchObject({
        status: 'in_vetting',
        vettingSteps: [
          {
            kind: 'info_event',
            completedOn: '2026-10-05',
            recordedBy: { id: staff.user.id, displayName: 'Klara Koordination' },
          },
        ],
      });
      const again = await call('POST', `${volunteers}/${id}/vetting-steps`, staff.headers, {
        kind: 'info_event',
        completedOn: '2026-10-06',
      });
      expect(again.json<VolunteerDetail>()).toMatchObject({
        status: 'in_vetting',
        vettingSteps: [{ kind: 'info_event', completedOn: '2026-10-06' }],
      });
      expect((await auditOf(id)).map((a) => [a.action, a.details])).toEqual([
        ['volunteer.vetting-step-recorded', { kind: 'info_event' }],
        [
          'volunteer.in-vetting',
          { from: 'registered', to: 'in_vetting', certificateDeleted: false },
        ],
        ['volunteer.vetting-step-recorded', { kind: 'info_event' }],
      ]);
    });

    it.each([
      ['a future date', { kind: 'interview', completedOn: future() }, 'completedOn'],
      ['an impossible date', { kind: 'interview', completedOn: '2026-02-30' }, 'completedOn'],
      ['an unknown kind', { kind: 'certificate', completedOn: '2026-10-01' }, 'kind'],
    ])('refuses %s', async (_name, payload, field) => {
      const { id } = await seedVolunteer('registered');
      const body = expectApiError(
        await call('POST', `${volunteers}/${id}/vetting-steps`, staff.headers, payload),
        422,
        'VALIDATION_FAILED',
      );
      expect(Object.keys(body.details as object)).toEqual([field]);
      const [{ status }] = await db.query(`SELECT status FROM volunteer WHERE id = $1`, [id]);
      expect(status).toBe('registered');
    });
  });

  describe('certificate ledger (§ 72a)', () => {
    const record = (id: string, payload: object) =>
      call('PUT', `${volunteers}/${id}/certificate`, staff.headers, payload);

    it('records dates and yes/no, due 5 years after issue, and replaces the previous entry', async () => {
      const { id } = await seedVolunteer('in_vetting');
      const first = await record(id, {
        issuedOn: '2026-08-01',
        inspectedOn: '2026-11-01',
        relevantEntry: false,
      });
      expect(first.statusCode).toBe(200);
      expect(first.json<VolunteerDetail>().certificate).toEqual({
        issuedOn: '2026-08-01',
        inspectedOn: '2026-11-01',
        relevantEntry: false,
        renewalDueOn: '2031-08-01',
        recordedBy: { id: staff.user.id, displayName: 'Klara Koordination' },
      });
      const second = await record(id, {
        issuedOn: '2026-11-10',
        inspectedOn: '2026-11-20',
        relevantEntry: false,
      });
      expect(second.json<VolunteerDetail>().certificate).toMatchObject({
        issuedOn: '2026-11-10',
        renewalDueOn: '2031-11-10',
      });
      const rows = await certificateRows(id);
      expect(rows).toHaveLength(1);
      // no file, no copy: the table has only these columns
      expect(Object.keys(rows[0]).sort()).toEqual([
        'created_at',
        'inspected_on',
        'issued_on',
        'recorded_by_id',
        'relevant_entry',
        'renewal_due_on',
        'volunteer_id',
      ]);
      const audit = (await auditOf(id)).filter((a) => a.action === 'certificate.recorded');
      expect(audit.map((a) => a.details)).toEqual([{ replaced: false }, { replaced: true }]);
      expect(JSON.stringify(audit)).not.toMatch(/2026-/);
    });

    it.each([
      [
        'older than 3 months at inspection',
        { issuedOn: '2026-07-31', inspectedOn: '2026-11-01' },
        { issuedOn: ['TOO_OLD_AT_INSPECTION'] },
      ],
      [
        'issued after the inspection',
        { issuedOn: '2026-11-02', inspectedOn: '2026-11-01' },
        { issuedOn: ['AFTER_INSPECTION'] },
      ],
      [
        'inspected in the future',
        { issuedOn: '2026-11-01', inspectedOn: future() },
        { inspectedOn: ['IN_FUTURE'] },
      ],
    ])('refuses a certificate %s', async (_name, dates, details) => {
      const { id } = await seedVolunteer('in_vetting');
      const body = expectApiError(
        await record(id, { ...dates, relevantEntry: false }),
        422,
        'CERTIFICATE_DATES_INVALID',
      );
      expect(body.details).toEqual(details);
      expect(await certificateRows(id)).toEqual([]);
    });

    it('refuses malformed dates as a validation error', async () => {
      const { id } = await seedVolunteer('in_vetting');
      const body = expectApiError(
        await record(id, {
          issuedOn: '01.11.2026',
          inspectedOn: '2026-11-01',
          relevantEntry: 'no',
        }),
        422,
        'VALIDATION_FAILED',
      );
      expect(Object.keys(body.details as object).sort()).toEqual(['issuedOn', 'relevantEntry']);
    });

    it('has the 3-month rule in the table itself', async () => {
      const { id } = await seedVolunteer('in_vetting');
      const insert = (issuedOn: string, inspectedOn: string) =>
        db.query(
          `INSERT INTO conduct_certificate_check (volunteer_id, issued_on, inspected_on, relevant_entry, renewal_due_on)
           VALUES ($1, $2, $3, false, '2031-01-01')`,
          [id, issuedOn, inspectedOn],
        );
      for (const [issued, inspected] of [
        ['2026-02-27', '2026-05-31'],
        ['2026-06-02', '2026-06-01'],
      ]) {
        const error = await insert(issued, inspected).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(QueryFailedError);
        expect(
          (error as QueryFailedError & { driverError: { constraint: string } }).driverError
            .constraint,
        ).toBe('ck_conduct_certificate_check_issued_within_three_months');
      }
      await insert('2026-02-28', '2026-05-31');
      expect(await certificateRows(id)).toHaveLength(1);
    });

    it('keeps no certificate for a rejected or withdrawn volunteer', async () => {
      const { id } = await seedVolunteer('withdrawn');
      expectApiError(
        await record(id, {
          issuedOn: '2026-10-01',
          inspectedOn: '2026-10-02',
          relevantEntry: false,
        }),
        409,
        'CONFLICT',
      );
      expect(await certificateRows(id)).toEqual([]);
    });
  });

  describe('status changes', () => {
    const REQUIRED = ['info_event', 'interview', 'training'];
    const change = (id: string, status: VolunteerStatus, reason?: string) =>
      call('POST', `${volunteers}/${id}/status`, staff.headers, { status, reason });

    it.each([
      ['registered', 'in_vetting'],
      ['registered', 'withdrawn'],
      ['in_vetting', 'approved'],
      ['in_vetting', 'rejected'],
      ['in_vetting', 'withdrawn'],
      ['approved', 'paused'],
      ['paused', 'approved'],
      ['approved', 'inactive'],
      ['paused', 'inactive'],
    ] as const)('allows %s → %s, audited', async (from, to) => {
      const { id } = await seedVolunteer(from, { steps: REQUIRED });
      const response = await change(id, to, 'Umzug nach Münster');
      expect(response.statusCode).toBe(200);
      expect(response.json<VolunteerDetail>().status).toBe(to);
      const [row] = await db.query(`SELECT status, status_reason FROM volunteer WHERE id = $1`, [
        id,
      ]);
      expect(row).toEqual({ status: to, status_reason: 'Umzug nach Münster' });
      const audit = await auditOf(id);
      expect(audit).toEqual([
        {
          actor_id: staff.user.id,
          action: `volunteer.${to.replace('_', '-')}`,
          details: { from, to, certificateDeleted: false },
        },
      ]);
      // the free-text reason never goes into the audit log
      expect(JSON.stringify(audit)).not.toContain('Münster');
    });

    it.each([
      ['registered', 'approved'],
      ['registered', 'paused'],
      ['in_vetting', 'registered'],
      ['in_vetting', 'paused'],
      ['approved', 'in_vetting'],
      ['approved', 'rejected'],
      ['approved', 'approved'],
      ['paused', 'withdrawn'],
      ['rejected', 'in_vetting'],
      ['withdrawn', 'registered'],
      ['inactive', 'approved'],
    ] as const)('refuses %s → %s', async (from, to) => {
      const { id } = await seedVolunteer(from, { steps: REQUIRED });
      const body = expectApiError(
        await change(id, to, 'Grund'),
        409,
        'VOLUNTEER_INVALID_TRANSITION',
      );
      expect(body.details).toEqual({ from, to });
      const [{ status }] = await db.query(`SELECT status FROM volunteer WHERE id = $1`, [id]);
      expect(status).toBe(from);
      expect(await auditOf(id)).toEqual([]);
    });

    it('needs a reason for rejected, withdrawn, paused and inactive', async () => {
      for (const [from, to] of [
        ['in_vetting', 'rejected'],
        ['registered', 'withdrawn'],
        ['approved', 'paused'],
        ['approved', 'inactive'],
      ] as const) {
        const { id } = await seedVolunteer(from, { steps: REQUIRED });
        const body = expectApiError(await change(id, to), 422, 'VALIDATION_FAILED');
        expect(Object.keys(body.details as object)).toEqual(['reason']);
        expectApiError(await change(id, to, '   '), 422, 'VALIDATION_FAILED');
      }
    });

    it('approves only with every required step, naming what is missing', async () => {
      const { id } = await seedVolunteer('in_vetting', { steps: ['interview', 'self_commitment'] });
      const body = expectApiError(await change(id, 'approved'), 409, 'VETTING_INCOMPLETE');
      expect(body.details).toEqual({
        missingSteps: ['info_event', 'training'],
        relevantCertificateEntry: false,
      });
    });

    it('does not approve with a relevant certificate entry', async () => {
      const { id } = await seedVolunteer('in_vetting', { steps: REQUIRED });
      await call('PUT', `${volunteers}/${id}/certificate`, staff.headers, {
        issuedOn: '2026-10-01',
        inspectedOn: '2026-10-15',
        relevantEntry: true,
      });
      const body = expectApiError(await change(id, 'approved'), 409, 'VETTING_INCOMPLETE');
      expect(body.details).toEqual({ missingSteps: [], relevantCertificateEntry: true });

      await call('PUT', `${volunteers}/${id}/certificate`, staff.headers, {
        issuedOn: '2026-10-01',
        inspectedOn: '2026-10-15',
        relevantEntry: false,
      });
      expect((await change(id, 'approved')).statusCode).toBe(200);
    });

    it.each(['rejected', 'withdrawn'] as const)(
      'deletes the certificate entry at once when %s',
      async (to) => {
        const { id } = await seedVolunteer('in_vetting', { steps: REQUIRED });
        await call('PUT', `${volunteers}/${id}/certificate`, staff.headers, {
          issuedOn: '2026-10-01',
          inspectedOn: '2026-10-15',
          relevantEntry: to === 'rejected',
        });
        expect(await certificateRows(id)).toHaveLength(1);
        const response = await change(id, to, 'Passt nicht');
        expect(response.json<VolunteerDetail>().certificate).toBeNull();
        expect(await certificateRows(id)).toEqual([]);
        const audit = await auditOf(id);
        expect(audit.at(-1)?.details).toEqual({ from: 'in_vetting', to, certificateDeleted: true });
      },
    );
  });

  describe('personal data', () => {
    it('exports the volunteer section with profile, steps and certificate dates', async () => {
      const person = await signedIn({ roles: ['volunteer'] });
      const profile = (
        await call('PUT', me, person.headers, PROFILE)
      ).json<VolunteerProfileResponse>();
      await call('POST', `${volunteers}/${profile.id}/vetting-steps`, staff.headers, {
        kind: 'interview',
        completedOn: '2026-10-05',
      });
      await call('PUT', `${volunteers}/${profile.id}/certificate`, staff.headers, {
        issuedOn: '2026-09-01',
        inspectedOn: '2026-10-01',
        relevantEntry: false,
      });
      const response = await call('GET', PRIVACY_ROUTES.dataExport, person.headers);
      expect(response.statusCode).toBe(200);
      const data = response.json<PersonalDataExport>();
      expect(data.sections['sponsorship']).toEqual({
        volunteer: {
          id: profile.id,
          status: 'in_vetting',
          statusReason: null,
          ...PROFILE,
          availability: ['tue-evening', 'sat-morning'],
          supportAreas: ['authorities', 'school'],
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
        },
        vettingSteps: [{ kind: 'interview', completedOn: '2026-10-05' }],
        certificate: {
          issuedOn: '2026-09-01',
          inspectedOn: '2026-10-01',
          relevantEntry: false,
          renewalDueOn: '2031-09-01',
        },
      });
      // the staff member who recorded them is another person
      expect(response.body).not.toContain('Klara Koordination');
      expect(response.body).not.toContain(staff.user.id);
    });

    it('has no sponsorship section for people who never registered as volunteers', async () => {
      const person = await signedIn({ roles: ['resident'] });
      const data = (
        await call('GET', PRIVACY_ROUTES.dataExport, person.headers)
      ).json<PersonalDataExport>();
      expect(data.sections).not.toHaveProperty('sponsorship');
    });

    it('erases the volunteer row with its steps and certificate', async () => {
      const person = await signedIn({ roles: ['volunteer'] });
      const profile = (
        await call('PUT', me, person.headers, PROFILE)
      ).json<VolunteerProfileResponse>();
      await call('POST', `${volunteers}/${profile.id}/vetting-steps`, staff.headers, {
        kind: 'interview',
        completedOn: '2026-10-05',
      });
      await call('PUT', `${volunteers}/${profile.id}/certificate`, staff.headers, {
        issuedOn: '2026-09-01',
        inspectedOn: '2026-10-01',
        relevantEntry: false,
      });
      const erased = await app.inject({
        method: 'POST',
        url: PRIVACY_ROUTES.eraseAccount,
        headers: person.headers,
        payload: { password: PASSWORD },
        remoteAddress: `10.77.${Math.floor(Math.random() * 250) + 1}.9`,
      });
      expect(erased.statusCode).toBe(204);
      for (const table of ['volunteer', 'vetting_step', 'conduct_certificate_check']) {
        const column = table === 'volunteer' ? 'id' : 'volunteer_id';
        const rows = await db.query(`SELECT 1 FROM ${table} WHERE ${column} = $1`, [profile.id]);
        expect(rows).toEqual([]);
      }
      // the audit trail stays (append-only), without the person's data
      expect((await auditOf(profile.id)).length).toBeGreaterThan(0);
      expectApiError(await call('GET', `${volunteers}/${profile.id}`), 404, 'NOT_FOUND');
    });
  });
});
