import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { UserAccount } from '@zusammen/api/identity';
import {
  createSignedInUser,
  createTestApp,
  uniqueSuffix,
  type UserAccountOverrides,
  expectApiError,
} from '@zusammen/api/testing';
import {
  SPONSORSHIP_ROUTES,
  type FamilyDetail,
  type FamilyListResponse,
  type FamilyRequest,
  type FamilySummary,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';

const PASSWORD = 'Borken-Patenschaft-2026';
const families = SPONSORSHIP_ROUTES.families;
const UNKNOWN_ID = '7d7c3a0e-0000-4000-8000-000000000000';

function familyRequest(overrides: Partial<FamilyRequest> = {}): FamilyRequest {
  return {
    contactName: 'Frau Haddad',
    contactChannel: 'phone',
    contactPhone: '+49 2861 12345',
    preferredLocale: 'ar',
    district: 'gemen',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'de', level: 'basic' },
    ],
    members: [
      { alias: 'Mariam', ageBand: '27-64', gender: 'female' },
      { alias: 'Omar', ageBand: '6-11' },
    ],
    needs: ['school', 'authorities'],
    availability: ['mon-evening', 'sat-morning'],
    volunteerGenderPreference: 'female',
    interpreterAvailable: false,
    urgent: false,
    staffNote: 'Vertraulich: Termin beim Jobcenter am Montag.',
    ...overrides,
  };
}

describe('families at the staff desk (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let staff: { user: UserAccount; headers: Record<string, string> };

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    staff = await signedIn({ roles: ['staff'], displayName: 'Sven Staff' });
  });

  afterAll(async () => {
    await app?.close();
  });

  const signedIn = (overrides: UserAccountOverrides = {}) =>
    createSignedInUser(app, { password: PASSWORD, ...overrides });

  const call = (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = staff.headers,
  ) => app.inject({ method, url, headers, payload: payload as object | undefined });

  async function createFamily(overrides: Partial<FamilyRequest> = {}): Promise<FamilyDetail> {
    const response = await call('POST', families, familyRequest(overrides));
    expect(response.statusCode).toBe(201);
    return response.json<FamilyDetail>();
  }

  const auditOf = (familyId: string) =>
    db.query(
      `SELECT actor_id, action, details, request_id FROM audit_event
        WHERE subject_type = 'family' AND subject_id = $1 ORDER BY id`,
      [familyId],
    ) as Promise<
      { actor_id: string; action: string; details: Record<string, unknown>; request_id: string }[]
    >;

  const today = async (): Promise<string> =>
    (
      (await db.query(`SELECT (now() AT TIME ZONE 'Europe/Berlin')::date::text AS d`)) as {
        d: string;
      }[]
    )[0].d;

  describe('create and detail', () => {
    it('creates a waiting household with its members in order and audits ids only', async () => {
      const created = await createFamily({ contactName: '  Frau Haddad  ' });
      expect(created).toMatchObject({
        ...familyRequest(),
        id: expect.any(String),
        status: 'waiting',
        waitingSince: expect.any(String),
        consent: null,
      });
      expect(created.members).toEqual([
        { alias: 'Mariam', ageBand: '27-64', gender: 'female' },
        { alias: 'Omar', ageBand: '6-11' },
      ]);
      const [stored] = await db.query(`SELECT created_by_id FROM family WHERE id = $1`, [
        created.id,
      ]);
      expect(stored).toEqual({ created_by_id: staff.user.id });
      expect(await auditOf(created.id)).toEqual([
        {
          actor_id: staff.user.id,
          action: 'family.created',
          details: { memberCount: 2 },
          request_id: expect.any(String),
        },
      ]);
    });

    it('shows the detail with the staff note and records every read as family.viewed', async () => {
      const created = await createFamily();
      for (let i = 0; i < 2; i++) {
        const response = await call('GET', `${families}/${created.id}`);
        expect(response.statusCode).toBe(200);
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.json<FamilyDetail>()).toEqual(created);
      }
      const audit = await auditOf(created.id);
      expect(audit.map((a) => a.action)).toEqual([
        'family.created',
        'family.viewed',
        'family.viewed',
      ]);
      expect(audit[1]).toMatchObject({ actor_id: staff.user.id, details: {} });
    });

    it('leaves out optional fields that are blank or absent', async () => {
      const created = await createFamily({
        contactChannel: 'via_staff',
        contactPhone: '  ',
        staffNote: ' ',
        members: [{ alias: 'Ali', ageBand: '18-26' }],
      });
      expect(created.staffNote).toBeNull();
      expect(created).not.toHaveProperty('contactPhone');
    });

    it('lets admins in too', async () => {
      const admin = await signedIn({ roles: ['admin'] });
      const response = await call('POST', families, familyRequest(), admin.headers);
      expect(response.statusCode).toBe(201);
    });
  });

  describe('list', () => {
    it('orders urgent first, then longest waiting, then id, and pages without gaps or repeats', async () => {
      const tag = `Liste${uniqueSuffix()}`;
      const made: FamilyDetail[] = [];
      for (let i = 0; i < 6; i++)
        made.push(await createFamily({ contactName: `${tag} ${i}`, urgent: i === 4 }));
      // 1 and 2 wait since the same instant (id decides); 0 differs from 3 by one microsecond only
      const waiting = [
        '2026-01-10T08:00:00.000002Z',
        '2026-01-05T08:00:00.000000Z',
        '2026-01-05T08:00:00.000000Z',
        '2026-01-10T08:00:00.000001Z',
        '2026-03-01T08:00:00.000000Z',
        '2025-12-24T08:00:00.000000Z',
      ];
      for (const [i, family] of made.entries())
        await db.query(`UPDATE family SET waiting_since = $2 WHERE id = $1`, [
          family.id,
          waiting[i],
        ]);
      const tie = [made[1].id, made[2].id].sort();
      const expected = [made[4].id, made[5].id, ...tie, made[3].id, made[0].id];

      const pages: FamilySummary[][] = [];
      let cursor: string | null = null;
      do {
        const response = await call(
          'GET',
          `${families}?q=${tag}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(response.statusCode).toBe(200);
        const body = response.json<FamilyListResponse>();
        pages.push(body.items);
        cursor = body.nextCursor;
      } while (cursor);
      expect(pages.map((p) => p.length)).toEqual([2, 2, 2]);
      expect(pages.flat().map((f) => f.id)).toEqual(expected);
    });

    it('summarises members, minors and consent, and searches member aliases', async () => {
      const tag = `Suche${uniqueSuffix()}`;
      const adults = await createFamily({
        contactName: `Herr Petrenko ${tag}`,
        members: [
          { alias: 'Olena', ageBand: '27-64' },
          { alias: 'Taras', ageBand: '65+' },
          { alias: 'Iryna', ageBand: '18-26' },
        ],
      });
      const withChild = await createFamily({
        contactName: 'Familie Rahimi',
        members: [{ alias: `Kind${tag}`, ageBand: '0-5' }],
      });
      await call('POST', `${families}/${withChild.id}/consent`, {
        textVersion: 'patenschaft-2026-11',
        scope: 'matching,contact-sharing',
        grantedOn: await today(),
      });
      const body = (
        await call('GET', `${families}?q=${tag.toLowerCase()}`)
      ).json<FamilyListResponse>();
      expect(body.nextCursor).toBeNull();
      const byId = new Map(body.items.map((f) => [f.id, f]));
      expect(byId.size).toBe(2);
      expect(byId.get(adults.id)).toEqual({
        id: adults.id,
        contactName: `Herr Petrenko ${tag}`,
        district: 'gemen',
        status: 'waiting',
        waitingSince: adults.waitingSince,
        memberCount: 3,
        hasMinors: false,
        languages: adults.languages,
        needs: adults.needs,
        urgent: false,
        consentGiven: false,
      });
      expect(byId.get(withChild.id)).toMatchObject({
        memberCount: 1,
        hasMinors: true,
        consentGiven: true,
      });
      // the list is no detail view: no staff note, no audit entry
      expect(JSON.stringify(body)).not.toContain('Vertraulich');
      expect((await auditOf(adults.id)).map((a) => a.action)).toEqual(['family.created']);
    });

    it('filters by status and treats % and _ literally', async () => {
      const tag = uniqueSuffix();
      const percent = await createFamily({ contactName: `Rabatt 100% ${tag}` });
      await createFamily({ contactName: `Rabatt 1000 ${tag}` });
      const closed = await createFamily({ contactName: `a_b ${tag}` });
      await createFamily({ contactName: `axb ${tag}` });
      await db.query(`UPDATE family SET status = 'closed' WHERE id = $1`, [closed.id]);

      const ids = async (query: string) =>
        (await call('GET', `${families}?${query}`))
          .json<FamilyListResponse>()
          .items.map((f) => f.id);
      expect(await ids(`q=${encodeURIComponent(`100% ${tag}`)}`)).toEqual([percent.id]);
      expect(await ids(`q=${encodeURIComponent(`a_b ${tag}`)}`)).toEqual([closed.id]);
      expect(await ids(`q=${tag}&status=closed`)).toEqual([closed.id]);
      expect(await ids(`q=${tag}&status=waiting`)).toHaveLength(3);
      expect(await ids(`q=${tag}&status=in_pairing`)).toEqual([]);
    });

    it('answers bad queries with 422 and one field each', async () => {
      for (const [query, field] of [
        ['limit=0', 'limit'],
        ['limit=101', 'limit'],
        ['limit=zwei', 'limit'],
        ['status=gone', 'status'],
        ['cursor=not-a-cursor', 'cursor'],
        ['unknown=1', 'unknown'],
        [`q=${'x'.repeat(101)}`, 'q'],
      ]) {
        const body = expectApiError(
          await call('GET', `${families}?${query}`),
          422,
          'VALIDATION_FAILED',
        );
        expect(Object.keys(body.details as object)).toEqual([field]);
      }
    });
  });

  describe('update', () => {
    it('replaces the household and its members and audits the changed field names only', async () => {
      const created = await createFamily();
      const next = familyRequest({
        contactName: 'Frau Haddad-Nour',
        members: [
          { alias: 'Omar', ageBand: '12-17', gender: 'male' },
          { alias: 'Lina', ageBand: '0-5' },
          { alias: 'Mariam', ageBand: '27-64', gender: 'female' },
        ],
        needs: ['authorities', 'school'],
        urgent: true,
        staffNote: undefined,
      });
      const response = await call('PUT', `${families}/${created.id}`, next);
      expect(response.statusCode).toBe(200);
      const updated = response.json<FamilyDetail>();
      expect(updated).toMatchObject({
        contactName: 'Frau Haddad-Nour',
        members: next.members,
        urgent: true,
        staffNote: null,
        status: 'waiting',
        waitingSince: created.waitingSince,
        createdAt: created.createdAt,
      });
      expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
      const [{ count }] = await db.query(
        `SELECT count(*)::int AS count FROM family_member WHERE family_id = $1`,
        [created.id],
      );
      expect(count).toBe(3);
      const audit = await auditOf(created.id);
      expect(audit[audit.length - 1]).toMatchObject({
        action: 'family.updated',
        details: { changedFields: ['contactName', 'members', 'urgent', 'staffNote'] },
      });
      expect(JSON.stringify(audit)).not.toMatch(/Haddad|Omar|Lina|Vertraulich/);
    });

    it('writes and audits nothing when nothing changed', async () => {
      const created = await createFamily();
      const response = await call('PUT', `${families}/${created.id}`, familyRequest());
      expect(response.statusCode).toBe(200);
      expect(response.json<FamilyDetail>().updatedAt).toBe(created.updatedAt);
      expect((await auditOf(created.id)).map((a) => a.action)).toEqual(['family.created']);
    });
  });

  describe('consent', () => {
    const consent = (grantedOn: string, textVersion = 'patenschaft-2026-11') => ({
      textVersion,
      scope: 'matching,contact-sharing',
      grantedOn,
    });

    it('records, replaces and withdraws, keeping the history and one active consent', async () => {
      const created = await createFamily();
      const day = await today();

      const first = await call(
        'POST',
        `${families}/${created.id}/consent`,
        consent('2026-11-02', 'v1'),
      );
      expect(first.statusCode).toBe(200);
      expect(first.json<FamilyDetail>().consent).toEqual({
        textVersion: 'v1',
        scope: 'matching,contact-sharing',
        grantedOn: '2026-11-02',
        withdrawnOn: null,
        recordedBy: { id: staff.user.id, displayName: 'Sven Staff' },
      });

      const second = await call('POST', `${families}/${created.id}/consent`, consent(day, 'v2'));
      expect(second.statusCode).toBe(200);
      expect(second.json<FamilyDetail>().consent).toMatchObject({
        textVersion: 'v2',
        grantedOn: day,
        withdrawnOn: null,
      });
      const history: { text_version: string; withdrawn_on: string | null }[] = await db.query(
        `SELECT text_version, withdrawn_on::text FROM family_consent WHERE family_id = $1 ORDER BY created_at`,
        [created.id],
      );
      expect(history).toEqual([
        { text_version: 'v1', withdrawn_on: day },
        { text_version: 'v2', withdrawn_on: null },
      ]);

      const withdrawn = await call('POST', `${families}/${created.id}/consent/withdraw`);
      expect(withdrawn.statusCode).toBe(200);
      expect(withdrawn.json<FamilyDetail>().consent).toMatchObject({
        textVersion: 'v2',
        withdrawnOn: day,
      });
      const summary = (
        await call('GET', `${families}?q=${encodeURIComponent(created.contactName)}&limit=100`)
      )
        .json<FamilyListResponse>()
        .items.find((f) => f.id === created.id);
      expect(summary?.consentGiven).toBe(false);

      expectApiError(
        await call('POST', `${families}/${created.id}/consent/withdraw`),
        409,
        'CONSENT_MISSING',
      );

      const ids: { id: string }[] = await db.query(
        `SELECT id FROM family_consent WHERE family_id = $1 ORDER BY created_at`,
        [created.id],
      );
      const audit = await auditOf(created.id);
      expect(audit.slice(1)).toEqual([
        expect.objectContaining({
          action: 'family.consent-recorded',
          details: { consentId: ids[0].id, replacedConsentId: null },
        }),
        expect.objectContaining({
          action: 'family.consent-recorded',
          details: { consentId: ids[1].id, replacedConsentId: ids[0].id },
        }),
        expect.objectContaining({
          action: 'family.consent-withdrawn',
          details: { consentId: ids[1].id },
        }),
      ]);
    });

    it('the database keeps at most one active consent per family', async () => {
      const created = await createFamily();
      const insert = () =>
        db.query(
          `INSERT INTO family_consent (family_id, text_version, scope, granted_on) VALUES ($1, 'v', 's', '2026-11-01')`,
          [created.id],
        );
      await insert();
      await expect(insert()).rejects.toThrow(/uq_family_consent_family_id_active/);
    });

    it('refuses a consent date in the future or an invalid one with 422', async () => {
      const created = await createFamily();
      const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
      for (const [grantedOn, field] of [
        [future, 'grantedOn'],
        ['1999-12-31', 'grantedOn'],
        ['2026-02-30', 'grantedOn'],
        ['26.11.2026', 'grantedOn'],
        ['0000-01-01', 'grantedOn'],
      ]) {
        const body = expectApiError(
          await call('POST', `${families}/${created.id}/consent`, consent(grantedOn)),
          422,
          'VALIDATION_FAILED',
        );
        expect(Object.keys(body.details as object)).toEqual([field]);
      }
      expect(
        (await call('GET', `${families}/${created.id}`)).json<FamilyDetail>().consent,
      ).toBeNull();
    });
  });

  describe('bad input', () => {
    it('answers invalid households with 422 and the field paths, never 500', async () => {
      const cases: [unknown, string[]][] = [
        [{ ...familyRequest(), contactName: '   ' }, ['contactName']],
        [{ ...familyRequest(), contactName: 'x'.repeat(101) }, ['contactName']],
        [{ ...familyRequest(), contactPhone: undefined }, ['contactPhone']],
        [{ ...familyRequest(), contactChannel: 'sms', contactPhone: null }, ['contactPhone']],
        [{ ...familyRequest(), contactPhone: 'ruf mich an' }, ['contactPhone']],
        [{ ...familyRequest(), contactChannel: 'fax' }, ['contactChannel']],
        [{ ...familyRequest(), preferredLocale: 'fr' }, ['preferredLocale']],
        [{ ...familyRequest(), district: 'muenster' }, ['district']],
        [{ ...familyRequest(), members: [] }, ['members']],
        [{ ...familyRequest(), members: 'Mariam' }, ['members']],
        [
          {
            ...familyRequest(),
            members: [
              { alias: 'A', ageBand: '27-64' },
              { alias: ' ', ageBand: '99' },
            ],
          },
          ['members.1.alias', 'members.1.ageBand'],
        ],
        [
          {
            ...familyRequest(),
            members: [{ alias: 'A', ageBand: '27-64', gender: 'none', age: 33 }],
          },
          ['members.0.gender', 'members.0.age'],
        ],
        [
          { ...familyRequest(), languages: [{ code: 'Arabic', level: 'native' }] },
          ['languages.0.code'],
        ],
        [
          { ...familyRequest(), languages: [{ code: 'ar', level: 'perfect' }] },
          ['languages.0.level'],
        ],
        [
          {
            ...familyRequest(),
            languages: [
              { code: 'ar', level: 'good' },
              { code: 'ar', level: 'basic' },
            ],
          },
          ['languages'],
        ],
        [{ ...familyRequest(), languages: [] }, ['languages']],
        [{ ...familyRequest(), needs: ['money'] }, ['needs']],
        [{ ...familyRequest(), needs: ['school', 'school'] }, ['needs']],
        [{ ...familyRequest(), availability: ['mon-night'] }, ['availability']],
        [
          { ...familyRequest(), volunteerGenderPreference: 'diverse' },
          ['volunteerGenderPreference'],
        ],
        [{ ...familyRequest(), interpreterAvailable: 'ja' }, ['interpreterAvailable']],
        [{ ...familyRequest(), urgent: null }, ['urgent']],
        [{ ...familyRequest(), staffNote: 'x'.repeat(2001) }, ['staffNote']],
        [{ ...familyRequest(), status: 'closed' }, ['status']],
        [{ ...familyRequest(), waitingSince: '2020-01-01T00:00:00Z' }, ['waitingSince']],
      ];
      const existing = await createFamily();
      for (const [payload, fields] of cases) {
        for (const [method, url] of [
          ['POST', families],
          ['PUT', `${families}/${existing.id}`],
        ] as const) {
          const body = expectApiError(await call(method, url, payload), 422, 'VALIDATION_FAILED');
          expect(Object.keys(body.details as object).sort()).toEqual([...fields].sort());
        }
      }
      for (const payload of [undefined, [], 'text', 42]) {
        const response = await call('POST', families, payload);
        // malformed JSON or a foreign media type: 400/415; a body that is no object: 422
        expect([400, 415, 422]).toContain(response.statusCode);
      }
    });

    it('answers invalid consent requests with 422 and the field paths', async () => {
      const created = await createFamily();
      const valid = { textVersion: 'v1', scope: 'matching', grantedOn: '2026-11-01' };
      for (const [payload, fields] of [
        [{ ...valid, textVersion: '' }, ['textVersion']],
        [{ ...valid, textVersion: 'x'.repeat(61) }, ['textVersion']],
        [{ ...valid, scope: ' ' }, ['scope']],
        [{ ...valid, scope: 'x'.repeat(201) }, ['scope']],
        [{ ...valid, grantedOn: undefined }, ['grantedOn']],
        [{ ...valid, withdrawnOn: '2026-11-02' }, ['withdrawnOn']],
        [{}, ['textVersion', 'scope', 'grantedOn']],
      ] as [object, string[]][]) {
        const body = expectApiError(
          await call('POST', `${families}/${created.id}/consent`, payload),
          422,
          'VALIDATION_FAILED',
        );
        expect(Object.keys(body.details as object).sort()).toEqual([...fields].sort());
      }
    });

    it('answers 404 for unknown and malformed ids on every family route', async () => {
      const valid = { textVersion: 'v1', scope: 'matching', grantedOn: '2026-11-01' };
      for (const id of [UNKNOWN_ID, 'not-a-uuid', '1', `${UNKNOWN_ID}x`]) {
        expectApiError(await call('GET', `${families}/${id}`), 404, 'NOT_FOUND');
        expectApiError(await call('PUT', `${families}/${id}`, familyRequest()), 404, 'NOT_FOUND');
        expectApiError(await call('POST', `${families}/${id}/consent`, valid), 404, 'NOT_FOUND');
        expectApiError(await call('POST', `${families}/${id}/consent/withdraw`), 404, 'NOT_FOUND');
      }
    });
  });

  describe('access', () => {
    it('is for staff and admins only: volunteers and residents 403, anonymous 401', async () => {
      const existing = await createFamily();
      const valid = { textVersion: 'v1', scope: 'matching', grantedOn: '2026-11-01' };
      const routes: ['GET' | 'POST' | 'PUT', string, unknown][] = [
        ['GET', families, undefined],
        ['POST', families, familyRequest()],
        ['GET', `${families}/${existing.id}`, undefined],
        ['PUT', `${families}/${existing.id}`, familyRequest()],
        ['POST', `${families}/${existing.id}/consent`, valid],
        ['POST', `${families}/${existing.id}/consent/withdraw`, undefined],
      ];
      const volunteer = await signedIn({ roles: ['volunteer'] });
      const resident = await signedIn({ roles: ['resident'] });
      for (const [method, url, payload] of routes) {
        for (const other of [volunteer, resident])
          expectApiError(await call(method, url, payload, other.headers), 403, 'FORBIDDEN');
        expectApiError(await call(method, url, payload, {}), 401, 'UNAUTHENTICATED');
      }
      expect((await auditOf(existing.id)).map((a) => a.action)).toEqual(['family.created']);
    });
  });
});
