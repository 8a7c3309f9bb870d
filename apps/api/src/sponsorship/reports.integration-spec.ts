import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createIsolatedSchema,
  createSignedInUser,
  createTestApp,
  createUserAccount,
  type IsolatedSchema,
  type SignedInUser,
  type UserAccountOverrides,
} from '@zusammen/api/testing';
import {
  PAIRING_ROUTES,
  type ApiErrorBody,
  type EndKind,
  type EndReason,
  type FamilyStatus,
  type PairingState,
  type SponsorshipReport,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import { SPONSORSHIP_SCHEMA_TABLES } from './sponsorship-schema-tables';

const PASSWORD = 'Borken-Bericht-2026';
const REPORTS = PAIRING_ROUTES.reports;
const CSV = `${PAIRING_ROUTES.reports}.csv`;
const PERIOD = 'from=2024-01-01&to=2024-06-30';

interface SeededPairing {
  family: string;
  familyStatus: FamilyStatus;
  /** The family waited from here … */
  waitingSince: string;
  /** … until this offer (Borken noon). */
  offeredOn: string;
  state: PairingState;
  trialStartedOn?: string;
  activeSince?: string;
  endedOn?: string;
  endKind?: EndKind;
  endReason?: EndReason;
}

/**
 * Period 2024-01-01 – 2024-06-30. Expected figures (sponsorship.md § 6):
 * created (trial start in the period): Amal 01-10, Chadi 03-01, Farah 06-30, Hamid 05-01 → 4;
 * ended in the period: Bashir (premature, 141 days active), Chadi (trial not continued), Dilan (planned,
 * 365 days) → 3, median duration 253, early closures 2/3;
 * 6 months had the chance for Bashir (not reached), Dilan and Emre (reached) → 2/3; 12 months only Dilan → 1;
 * first offers in the period: Amal 35, Chadi 10, Farah 50, Gül (declined) 31, Hamid 5 days → median 31.
 */
const PAIRINGS: SeededPairing[] = [
  {
    family: 'Amal',
    familyStatus: 'in_pairing',
    waitingSince: '2023-12-01',
    offeredOn: '2024-01-05',
    state: 'active',
    trialStartedOn: '2024-01-10',
    activeSince: '2024-02-15',
  },
  {
    family: 'Bashir',
    familyStatus: 'waiting',
    waitingSince: '2023-06-01',
    offeredOn: '2023-07-20',
    state: 'ended',
    trialStartedOn: '2023-08-01',
    activeSince: '2023-09-01',
    endedOn: '2024-01-20',
    endKind: 'premature',
    endReason: 'contact_faded',
  },
  {
    family: 'Chadi',
    familyStatus: 'waiting',
    waitingSince: '2024-02-10',
    offeredOn: '2024-02-20',
    state: 'ended',
    trialStartedOn: '2024-03-01',
    endedOn: '2024-03-20',
    endKind: 'trial_not_continued',
    endReason: 'volunteer_dissatisfied',
  },
  {
    family: 'Dilan',
    familyStatus: 'closed',
    waitingSince: '2022-11-01',
    offeredOn: '2022-12-15',
    state: 'ended',
    trialStartedOn: '2023-01-01',
    activeSince: '2023-02-01',
    endedOn: '2024-02-01',
    endKind: 'planned',
    endReason: 'completed',
  },
  {
    family: 'Emre',
    familyStatus: 'in_pairing',
    waitingSince: '2023-05-01',
    offeredOn: '2023-05-20',
    state: 'paused',
    trialStartedOn: '2023-06-01',
    activeSince: '2023-07-01',
  },
  {
    family: 'Farah',
    familyStatus: 'in_pairing',
    waitingSince: '2024-05-01',
    offeredOn: '2024-06-20',
    state: 'trial',
    trialStartedOn: '2024-06-30',
  },
  {
    family: 'Gül',
    familyStatus: 'waiting',
    waitingSince: '2024-03-01',
    offeredOn: '2024-04-01',
    state: 'declined',
  },
  {
    family: 'Hamid',
    familyStatus: 'closed',
    waitingSince: '2024-04-20',
    offeredOn: '2024-04-25',
    state: 'ended',
    trialStartedOn: '2024-05-01',
    activeSince: '2024-05-15',
    endedOn: '2024-08-01',
    endKind: 'premature',
    endReason: 'life_change',
  },
];

/** The report counts every pairing, family and volunteer: copies of the tables in a schema of its own. */
describe('Patenmodell: funder report (integration, own schema)', () => {
  let schema: IsolatedSchema;
  let app: NestFastifyApplication;
  let db: DataSource;
  let staff: SignedInUser;
  /** Every name and id seeded: none may appear in a report. */
  const personal: string[] = [];

  const signedIn = (overrides: UserAccountOverrides = {}) =>
    createSignedInUser(app, { password: PASSWORD, ...overrides });
  const get = (url: string, headers: Record<string, string> = staff.headers) =>
    app.inject({ method: 'GET', url, headers });

  async function seedVolunteer(name: string, status: string): Promise<string> {
    const user = await createUserAccount(db, { roles: ['volunteer'], displayName: name });
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO volunteer (user_id, status, languages, district, max_distance_km, capacity,
                              accepts_families_with_children)
       VALUES ($1, $2, '[{"code": "de", "level": "native"}]', 'gemen', 5, 5, true) RETURNING id`,
      [user.id, status],
    );
    personal.push(name, id, user.id, user.email ?? '');
    return id;
  }

  async function seedFamily(name: string, status: FamilyStatus, waitingSince: string) {
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO family (contact_name, contact_channel, contact_phone, preferred_locale, district, languages,
                           status, waiting_since)
       VALUES ($1, 'phone', '+49 2861 55555', 'ar', 'gemen', '[{"code": "ar", "level": "native"}]', $2,
               ($3::date + time '12:00') AT TIME ZONE 'Europe/Berlin')
       RETURNING id`,
      [name, status, waitingSince],
    );
    personal.push(name, id);
    return id;
  }

  beforeAll(async () => {
    schema = await createIsolatedSchema('reports', SPONSORSHIP_SCHEMA_TABLES);
    app = await createTestApp({
      imports: [AppModule],
      env: { DATABASE_URL: schema.url, REDIS_URL: undefined },
    });
    db = app.get(DataSource);
    staff = await signedIn({ roles: ['staff'], displayName: 'Klara Koordination' });

    const volunteers = [
      await seedVolunteer('Hanna Gemen', 'approved'),
      await seedVolunteer('Jonas Innenstadt', 'approved'),
    ];
    await seedVolunteer('Tim in Prüfung', 'in_vetting');
    await seedVolunteer('Wilma zurückgezogen', 'withdrawn');
    // waiting, never offered
    await seedFamily('Ida wartet', 'waiting', '2024-06-01');

    const [{ id: runId }]: { id: string }[] = await db.query(
      `INSERT INTO match_run (kind, settings_version, weights, family_count, volunteer_count, total_score,
                              component_shares, duration_ms)
       VALUES ('batch', 1, '{}', 8, 2, 4, '{}', 1) RETURNING id`,
    );
    for (const [index, p] of PAIRINGS.entries()) {
      const familyId = await seedFamily(p.family, p.familyStatus, p.waitingSince);
      const volunteerId = volunteers[index % 2];
      const [{ id: proposalId }]: { id: string }[] = await db.query(
        `INSERT INTO match_proposal (run_id, family_id, volunteer_id, score, breakdown, distance_km, status, decided_at)
         VALUES ($1, $2, $3, 0.5, '{}', 0, 'offered', now()) RETURNING id`,
        [runId, familyId, volunteerId],
      );
      const [{ id: pairingId }]: { id: string }[] = await db.query(
        `INSERT INTO pairing (volunteer_id, family_id, proposal_id, state, commitment_months, trial_started_on,
                              active_since, ended_on, end_kind, end_reason, created_at)
         VALUES ($1, $2, $3, $4, 6, $5, $6, $7, $8, $9, ($10::date + time '12:00') AT TIME ZONE 'Europe/Berlin')
         RETURNING id`,
        [
          volunteerId,
          familyId,
          proposalId,
          p.state,
          p.trialStartedOn ?? null,
          p.activeSince ?? null,
          p.endedOn ?? null,
          p.endKind ?? null,
          p.endReason ?? null,
          p.offeredOn,
        ],
      );
      personal.push(pairingId, proposalId);
      if (p.family === 'Amal') {
        // two contacts in the period, one before it
        for (const [occurredOn, note] of [
          ['2023-12-31', 'Silvester bei Familie Amal'],
          ['2024-01-15', 'Termin beim Jobcenter'],
          ['2024-03-01', 'Elternabend'],
        ]) {
          await db.query(
            `INSERT INTO check_in (pairing_id, occurred_on, kind, duration_minutes, entered_by, note)
             VALUES ($1, $2, 'meeting', 60, 'volunteer', $3)`,
            [pairingId, occurredOn, note],
          );
          personal.push(note);
        }
      }
    }
  });

  afterAll(async () => {
    await app?.close();
    await schema?.drop();
  });

  it('gives the exact figures for the period', async () => {
    const response = await get(`${REPORTS}?${PERIOD}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json<SponsorshipReport>()).toEqual({
      from: '2024-01-01',
      to: '2024-06-30',
      createdByMonth: [
        { month: '2024-01', count: 1 },
        { month: '2024-02', count: 0 },
        { month: '2024-03', count: 1 },
        { month: '2024-04', count: 0 },
        { month: '2024-05', count: 1 },
        { month: '2024-06', count: 1 },
      ],
      created: 4,
      activeNow: 3,
      ended: 3,
      endedByReason: {
        completed: 1,
        life_change: 0,
        volunteer_dissatisfied: 1,
        family_dissatisfied: 0,
        contact_faded: 1,
        volunteer_unresponsive: 0,
        family_independent: 0,
        safeguarding: 0,
      },
      endedByKind: { planned: 1, premature: 1, trial_not_continued: 1 },
      medianDurationDays: 253,
      earlyClosureRate: 2 / 3,
      reached6Months: 2 / 3,
      reached12Months: 1,
      medianWaitingDays: 31,
      // Bashir, Chadi, Gül and Ida
      familiesWaitingNow: 4,
      volunteersByStatus: {
        registered: 0,
        in_vetting: 1,
        approved: 2,
        rejected: 0,
        withdrawn: 1,
        paused: 0,
        inactive: 0,
      },
      checkIns: 2,
    });
  });

  it('covers the year up to today in Borken by default', async () => {
    const [{ today, from }]: { today: string; from: string }[] = await db.query(
      `SELECT (now() AT TIME ZONE 'Europe/Berlin')::date::text AS today,
              ((now() AT TIME ZONE 'Europe/Berlin')::date - interval '1 year')::date::text AS from`,
    );
    const report = (await get(REPORTS)).json<SponsorshipReport>();
    expect(report).toMatchObject({ from, to: today, activeNow: 3, familiesWaitingNow: 4 });
    expect(report.createdByMonth[0].month).toBe(from.slice(0, 7));
    expect(report.createdByMonth.at(-1)?.month).toBe(today.slice(0, 7));
  });

  it.each([
    ['a malformed date', 'from=01.01.2024&to=2024-06-30', 'from'],
    ['an impossible date', 'from=2024-01-01&to=2024-02-30', 'to'],
    ['from after to', 'from=2024-07-01&to=2024-06-30', 'from'],
    ['more than five years', 'from=2019-01-01&to=2024-06-30', 'to'],
    ['an unknown parameter', 'from=2024-01-01&volunteer=x', 'volunteer'],
  ])('answers 422 for %s (JSON and CSV)', async (_case, query, field) => {
    for (const url of [`${REPORTS}?${query}`, `${CSV}?${query}`]) {
      const response = await get(url);
      expect(response.statusCode).toBe(422);
      const body = response.json<ApiErrorBody>();
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(body.details as object)).toEqual([field]);
    }
  });

  it('downloads the same figures as CSV for German Excel, named after the period', async () => {
    const response = await get(`${CSV}?${PERIOD}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="patenschaften-bericht-2024-01-01-2024-06-30.csv"',
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const text = response.body;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines.slice(0, 14)).toEqual([
      'metric;value',
      'from;2024-01-01',
      'to;2024-06-30',
      'created;4',
      'activeNow;3',
      'ended;3',
      'medianDurationDays;253',
      'earlyClosureRate;0,6667',
      'reached6Months;0,6667',
      'reached12Months;1',
      'medianWaitingDays;31',
      'familiesWaitingNow;4',
      'checkIns;2',
      '',
    ]);
    expect(lines).toEqual(
      expect.arrayContaining([
        'month;count',
        '2024-01;1',
        '2024-05;1',
        'reason;count',
        'contact_faded;1',
        'safeguarding;0',
        'kind;count',
        'trial_not_continued;1',
        'status;count',
        'approved;2',
        'withdrawn;1',
      ]),
    );
    // every row of every section has exactly two cells
    for (const line of lines.filter((l) => l !== '')) expect(line.split(';')).toHaveLength(2);
  });

  it('names no one: no name, id, e-mail or note of a family, volunteer, pairing or contact', async () => {
    const json = (await get(`${REPORTS}?${PERIOD}`)).body;
    const csv = (await get(`${CSV}?${PERIOD}`)).body;
    expect(personal.length).toBeGreaterThan(30);
    for (const value of personal) {
      expect(json).not.toContain(value);
      expect(csv).not.toContain(value);
    }
  });

  it('is for staff and admins only: admin 200, volunteer 403, anonymous 401', async () => {
    const admin = await signedIn({ roles: ['admin'] });
    expect((await get(`${REPORTS}?${PERIOD}`, admin.headers)).statusCode).toBe(200);
    expect((await get(`${CSV}?${PERIOD}`, admin.headers)).statusCode).toBe(200);
    const volunteer = await signedIn({ roles: ['volunteer'] });
    for (const url of [REPORTS, CSV]) {
      expect((await get(url, volunteer.headers)).json<ApiErrorBody>().code).toBe('FORBIDDEN');
      const anonymous = await get(url, {});
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json<ApiErrorBody>().code).toBe('UNAUTHENTICATED');
    }
  });
});
