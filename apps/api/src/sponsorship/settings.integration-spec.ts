import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createIsolatedSchema,
  createSignedInUser,
  createTestApp,
  type IsolatedSchema,
  type SignedInUser,
  type UserAccountOverrides,
} from '@zusammen/api/testing';
import {
  PAIRING_ROUTES,
  type ApiErrorBody,
  type SponsorshipSettingsRequest,
  type SponsorshipSettingsResponse,
} from '@zusammen/shared/contracts';
import { DEFAULT_MATCH_WEIGHTS, normaliseMatchWeights } from '@zusammen/shared/util';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import { SPONSORSHIP_SCHEMA_TABLES } from './sponsorship-schema-tables';

const PASSWORD = 'Borken-Einstellungen-2026';
const SETTINGS = PAIRING_ROUTES.settings;

const VALID: SponsorshipSettingsRequest = {
  weights: { ...DEFAULT_MATCH_WEIGHTS },
  noContactDays: 21,
  trialMeetingsRequired: 3,
  minScore: 0.2,
};

/**
 * Settings are global: a new version would change the weights other test files score with at the same time,
 * so this file runs on copies of the tables in a schema of its own.
 */
describe('Patenmodell: versioned settings (integration, own schema)', () => {
  let schema: IsolatedSchema;
  let app: NestFastifyApplication;
  let db: DataSource;
  let staff: SignedInUser;

  const signedIn = (overrides: UserAccountOverrides = {}) =>
    createSignedInUser(app, { password: PASSWORD, ...overrides });

  const get = (headers: Record<string, string> = staff.headers) =>
    app.inject({ method: 'GET', url: SETTINGS, headers });
  const put = (payload: object, headers: Record<string, string> = staff.headers) =>
    app.inject({ method: 'PUT', url: SETTINGS, headers, payload });

  async function versionCount(): Promise<number> {
    const [{ count }]: { count: number }[] = await db.query(
      `SELECT count(*)::int AS count FROM sponsorship_settings`,
    );
    return count;
  }

  beforeAll(async () => {
    schema = await createIsolatedSchema('settings', SPONSORSHIP_SCHEMA_TABLES);
    app = await createTestApp({
      imports: [AppModule],
      env: { DATABASE_URL: schema.url, REDIS_URL: undefined },
    });
    db = app.get(DataSource);
    staff = await signedIn({ roles: ['staff'], displayName: 'Klara Koordination' });
  });

  afterAll(async () => {
    await app?.close();
    await schema?.drop();
  });

  it('starts with version 1 from the migration, normalised, saved by nobody', async () => {
    const response = await get();
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json<SponsorshipSettingsResponse>();
    expect(body).toEqual({
      version: 1,
      weights: DEFAULT_MATCH_WEIGHTS,
      normalisedWeights: normaliseMatchWeights(DEFAULT_MATCH_WEIGHTS),
      noContactDays: 21,
      trialMeetingsRequired: 3,
      minScore: 0.2,
      updatedAt: expect.any(String),
      updatedBy: null,
    });
  });

  it('adds version + 1 on a change, keeps the weights as entered, and audits old and new version', async () => {
    const before = (await get()).json<SponsorshipSettingsResponse>();
    const weights = {
      language: 4,
      proximity: 2,
      availability: 2,
      lifeStage: 0,
      needsFit: 1,
      waitingBonus: 1,
      urgency: 0,
    };
    const response = await put({
      weights,
      noContactDays: 14,
      trialMeetingsRequired: 4,
      minScore: 0.35,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<SponsorshipSettingsResponse>();
    expect(body).toMatchObject({
      version: before.version + 1,
      weights,
      noContactDays: 14,
      trialMeetingsRequired: 4,
      minScore: 0.35,
      updatedBy: { id: staff.user.id, displayName: 'Klara Koordination' },
    });
    expect(body.normalisedWeights).toEqual({
      language: 0.4,
      proximity: 0.2,
      availability: 0.2,
      lifeStage: 0,
      needsFit: 0.1,
      waitingBonus: 0.1,
      urgency: 0,
    });
    expect((await get()).json<SponsorshipSettingsResponse>()).toEqual(body);

    // the old version stays as it was
    const [old]: { weights: unknown; min_score: number }[] = await db.query(
      `SELECT weights, min_score FROM sponsorship_settings WHERE version = $1`,
      [before.version],
    );
    expect(old).toEqual({ weights: before.weights, min_score: before.minScore });

    const audit = await db.query(
      `SELECT actor_id, subject_type, subject_id, details FROM audit_event
        WHERE action = 'sponsorship.settings-changed' AND subject_id = $1`,
      [String(body.version)],
    );
    expect(audit).toEqual([
      {
        actor_id: staff.user.id,
        subject_type: 'sponsorship_settings',
        subject_id: String(body.version),
        details: { oldVersion: before.version, newVersion: body.version },
      },
    ]);
  });

  it.each([
    [
      'a missing weight',
      { weights: { ...DEFAULT_MATCH_WEIGHTS, urgency: undefined } },
      'weights.urgency',
    ],
    [
      'a negative weight',
      { weights: { ...DEFAULT_MATCH_WEIGHTS, language: -1 } },
      'weights.language',
    ],
    [
      'a weight above 100',
      { weights: { ...DEFAULT_MATCH_WEIGHTS, proximity: 101 } },
      'weights.proximity',
    ],
    [
      'a weight given as text',
      { weights: { ...DEFAULT_MATCH_WEIGHTS, needsFit: '1' } },
      'weights.needsFit',
    ],
    [
      'an unknown weight',
      { weights: { ...DEFAULT_MATCH_WEIGHTS, religion: 1 } },
      'weights.religion',
    ],
    [
      'only zero weights',
      {
        weights: Object.fromEntries(Object.keys(DEFAULT_MATCH_WEIGHTS).map((k) => [k, 0])),
      },
      'weights',
    ],
    ['no weights', { weights: undefined }, 'weights'],
    ['noContactDays below 7', { noContactDays: 6 }, 'noContactDays'],
    ['noContactDays above 90', { noContactDays: 91 }, 'noContactDays'],
    ['noContactDays not whole', { noContactDays: 10.5 }, 'noContactDays'],
    ['trialMeetingsRequired 0', { trialMeetingsRequired: 0 }, 'trialMeetingsRequired'],
    ['trialMeetingsRequired 11', { trialMeetingsRequired: 11 }, 'trialMeetingsRequired'],
    ['minScore above 1', { minScore: 1.5 }, 'minScore'],
    ['minScore below 0', { minScore: -0.1 }, 'minScore'],
  ])('answers 422 for %s, naming the field, and adds no version', async (_case, change, field) => {
    const count = await versionCount();
    const response = await put({ ...VALID, ...change });
    expect(response.statusCode).toBe(422);
    const body = response.json<ApiErrorBody>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(body.details as Record<string, string[]>)).toContain(field);
    expect(await versionCount()).toBe(count);
  });

  it('accepts the bounds (7 and 90 days, 1 and 10 meetings, τ 0 and 1, weights 0 and 100)', async () => {
    for (const change of [
      { noContactDays: 7, trialMeetingsRequired: 1, minScore: 0 },
      { noContactDays: 90, trialMeetingsRequired: 10, minScore: 1 },
      { weights: { ...DEFAULT_MATCH_WEIGHTS, language: 100, urgency: 0 } },
    ]) {
      expect((await put({ ...VALID, ...change })).statusCode).toBe(200);
    }
  });

  it('turns simultaneous changes into consecutive versions, never a conflict', async () => {
    const before = (await get()).json<SponsorshipSettingsResponse>().version;
    const admin = await signedIn({ roles: ['admin'] });
    const responses = await Promise.all(
      [14, 15, 16, 17, 18].map((days, i) =>
        put({ ...VALID, noContactDays: days }, i % 2 === 0 ? staff.headers : admin.headers),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const versions = responses
      .map((r) => r.json<SponsorshipSettingsResponse>().version)
      .sort((a, b) => a - b);
    expect(versions).toEqual([before + 1, before + 2, before + 3, before + 4, before + 5]);
    // each response shows its own change
    for (const r of responses) {
      const body = r.json<SponsorshipSettingsResponse>();
      const [row]: { no_contact_days: number }[] = await db.query(
        `SELECT no_contact_days FROM sponsorship_settings WHERE version = $1`,
        [body.version],
      );
      expect(row.no_contact_days).toBe(body.noContactDays);
    }
    const audit: { details: { oldVersion: number; newVersion: number } }[] = await db.query(
      `SELECT details FROM audit_event WHERE action = 'sponsorship.settings-changed'
        AND (details->>'newVersion')::int > $1`,
      [before],
    );
    expect(audit.map((a) => a.details.newVersion - a.details.oldVersion)).toEqual([1, 1, 1, 1, 1]);
  });

  it('is for staff and admins only: admin reads and changes, volunteer 403, anonymous 401', async () => {
    const admin = await signedIn({ roles: ['admin'] });
    expect((await get(admin.headers)).statusCode).toBe(200);
    expect((await put(VALID, admin.headers)).statusCode).toBe(200);
    const count = await versionCount();
    const volunteer = await signedIn({ roles: ['volunteer'] });
    for (const [response, status, code] of [
      [await get(volunteer.headers), 403, 'FORBIDDEN'],
      [await put(VALID, volunteer.headers), 403, 'FORBIDDEN'],
      [await get({}), 401, 'UNAUTHENTICATED'],
      [await put(VALID, {}), 401, 'UNAUTHENTICATED'],
    ] as const) {
      expect(response.statusCode).toBe(status);
      expect(response.json<ApiErrorBody>().code).toBe(code);
    }
    expect(await versionCount()).toBe(count);
  });
});
