import { Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  ErasesPersonalData,
  ProvidesPersonalData,
  type PersonalDataErasureHook,
  type PersonalDataSource,
} from '@zusammen/api/identity';
import { NotificationOutbox } from '@zusammen/api/notifications';
import {
  createSignedInUser,
  createTestApp,
  createUserAccount,
  setCookiesOf,
  signInForTest,
  uniqueSuffix,
  type UserAccountOverrides,
} from '@zusammen/api/testing';
import {
  ADMIN_USER_ROUTES,
  AUTH_ROUTES,
  CSRF_COOKIE,
  PRIVACY_ROUTES,
  SESSION_COOKIE,
  type ApiErrorBody,
  type PersonalDataExport,
} from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AppModule } from '../app/app.module';

const PASSWORD = 'Borken-Datenschutz-2026';

/** What the test programme's erasure step saw, per erased user id. */
const erasureCalls = new Map<string, { erasedAtDuringHook: Date | null }>();

/** A programme as features will add one: a section in the export and a step in the erasure. */
@ProvidesPersonalData()
class TestProgrammeData implements PersonalDataSource {
  readonly section = 'test-programme';
  async collect(manager: EntityManager, userId: string): Promise<unknown> {
    const [{ name }]: { name: string }[] = await manager.query(
      `SELECT display_name AS name FROM user_account WHERE id = $1`,
      [userId],
    );
    return { registrations: [{ person: name }] };
  }
}

@ErasesPersonalData()
class TestProgrammeErasure implements PersonalDataErasureHook {
  readonly name = 'test-programme';
  async erase(manager: EntityManager, userId: string): Promise<void> {
    const [row]: { erased_at: Date | null }[] = await manager.query(
      `SELECT erased_at FROM user_account WHERE id = $1`,
      [userId],
    );
    erasureCalls.set(userId, { erasedAtDuringHook: row.erased_at });
  }
}

@Module({ providers: [TestProgrammeData, TestProgrammeErasure] })
class TestProgrammeModule {}

describe('DSGVO export and erasure (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule, TestProgrammeModule] });
    db = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
  });

  const signedIn = (overrides: UserAccountOverrides = {}) =>
    createSignedInUser(app, { password: PASSWORD, ...overrides });

  const exportOf = (headers: Record<string, string>) =>
    app.inject({ method: 'GET', url: PRIVACY_ROUTES.dataExport, headers });

  const erase = (headers: Record<string, string>, payload?: object, remoteAddress?: string) =>
    app.inject({
      method: 'POST',
      url: PRIVACY_ROUTES.eraseAccount,
      headers,
      payload,
      remoteAddress,
    });

  /** A fresh client address, so the per-IP lockout of one test never touches another's. */
  const freshIp = () => `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`;

  it('exports the person’s own data, with programme sections, as a dated download', async () => {
    const amira = await signedIn({
      displayName: 'Amira Haddad',
      phone: '+49 2861 7',
      locale: 'ar',
    });
    const other = await signedIn({ displayName: 'Zoran Other', phone: '+49 2861 9' });
    await db.transaction(async (m) => {
      for (const user of [amira.user, other.user])
        await app.get(NotificationOutbox).add(m, {
          type: 'mail-check',
          recipientId: user.id,
          payload: { requestedById: user.id },
          idempotencyKey: `mail-check/${uniqueSuffix()}`,
        });
    });
    // an admin looked at Zoran's account: Zoran's entry, not Amira's
    const admin = await signedIn({ roles: ['admin'] });
    await app.inject({
      method: 'GET',
      url: `${ADMIN_USER_ROUTES.users}/${other.user.id}`,
      headers: admin.headers,
    });

    const response = await exportOf(amira.headers);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="zusammenleben-daten-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const data = response.json<PersonalDataExport>();
    expect(data.account).toMatchObject({
      id: amira.user.id,
      email: amira.user.email,
      displayName: 'Amira Haddad',
      phone: '+49 2861 7',
      locale: 'ar',
      roles: ['resident'],
    });
    expect(data.sessions).toHaveLength(1);
    expect(data.notifications).toEqual([
      expect.objectContaining({ type: 'mail-check', channel: 'email' }),
    ]);
    expect(data.sections).toEqual({
      'test-programme': { registrations: [{ person: 'Amira Haddad' }] },
    });
    expect(data.notice.de).toContain('Art. 15');
    expect(data.notice.de).toContain('Koordinierungsstelle der Stadt Borken');
    expect(data.notice.en).toContain('LDI NRW');

    const text = response.body;
    for (const foreign of [
      other.user.id,
      other.user.email ?? '',
      'Zoran',
      '+49 2861 9',
      admin.user.id,
    ])
      expect(text).not.toContain(foreign);

    const second = (await exportOf(amira.headers)).json<PersonalDataExport>();
    expect(second.auditEntries).toEqual([
      expect.objectContaining({
        action: 'account.data-exported',
        subjectType: 'user_account',
        role: 'actor',
      }),
    ]);
  });

  it('lets an admin export a desk resident’s data on request, audited for that person', async () => {
    const admin = await signedIn({ roles: ['admin'] });
    const resident = await createUserAccount(db, { email: null, displayName: 'Omid Rahimi' });
    const response = await app.inject({
      method: 'GET',
      url: `${ADMIN_USER_ROUTES.users}/${resident.id}/data-export`,
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; /);
    expect(response.json<PersonalDataExport>().account.displayName).toBe('Omid Rahimi');
    const audit = await db.query(
      `SELECT actor_id, on_behalf_of_id FROM audit_event
        WHERE action = 'user.data-exported' AND subject_id = $1`,
      [resident.id],
    );
    expect(audit).toEqual([{ actor_id: admin.user.id, on_behalf_of_id: resident.id }]);
  });

  it('refuses a wrong password like a failed sign-in, and locks out after five', async () => {
    const person = await signedIn();
    const ip = freshIp();
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await erase(person.headers, { password: 'falsch-falsch' }, ip);
      expect(wrong.statusCode).toBe(422);
      expect(wrong.json<ApiErrorBody>()).toMatchObject({
        code: 'WRONG_PASSWORD',
        details: { password: ['WRONG_PASSWORD'] },
      });
    }
    const locked = await erase(person.headers, { password: PASSWORD }, ip);
    expect(locked.statusCode).toBe(429);
    expect(locked.json<ApiErrorBody>().code).toBe('ACCOUNT_LOCKED');
    expect(locked.headers['retry-after']).toEqual(expect.any(String));
    const [row] = await db.query(`SELECT erased_at FROM user_account WHERE id = $1`, [
      person.user.id,
    ]);
    expect(row.erased_at).toBeNull();

    for (const payload of [
      undefined,
      {},
      { password: '' },
      { password: 42 },
      { password: 'x', extra: 1 },
    ]) {
      const bad = await erase(person.headers, payload, freshIp());
      expect(bad.statusCode).toBe(422);
      expect(bad.json<ApiErrorBody>().code).toBe('VALIDATION_FAILED');
    }
  });

  it('erases: anonymised row, sessions and mail gone, audit kept, cookies cleared, others untouched', async () => {
    const person = await signedIn({ displayName: 'Lena Vogel', phone: '+49 2861 3', locale: 'uk' });
    const other = await signedIn({ displayName: 'Jonas Bleibt' });
    const secondSession = await signInForTest(app, person.user.email ?? '', PASSWORD);
    await db.transaction((m) =>
      app.get(NotificationOutbox).add(m, {
        type: 'mail-check',
        recipientId: person.user.id,
        payload: { requestedById: person.user.id },
        idempotencyKey: `mail-check/${uniqueSuffix()}`,
        deliverAfter: new Date(Date.now() + 3_600_000),
      }),
    );
    await exportOf(person.headers); // leaves an audit entry that must survive
    const auditBefore: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE actor_id = $1`,
      [person.user.id],
    );

    const response = await erase(person.headers, { password: PASSWORD }, freshIp());
    expect(response.statusCode).toBe(204);
    const cleared = setCookiesOf(response);
    expect(cleared[SESSION_COOKIE]).toBe('');
    expect(cleared[CSRF_COOKIE]).toBe('');

    const [row] = await db.query(
      `SELECT display_name, email, phone, password_hash, is_active, erased_at, roles, locale
         FROM user_account WHERE id = $1`,
      [person.user.id],
    );
    expect(row).toEqual({
      display_name: 'Gelöschtes Konto',
      email: null,
      phone: null,
      password_hash: null,
      is_active: false,
      erased_at: expect.any(Date),
      roles: ['resident'],
      locale: 'de',
    });
    const left = await db.query(
      `SELECT (SELECT count(*)::int FROM user_session WHERE user_id = $1) AS sessions,
              (SELECT count(*)::int FROM account_token WHERE user_id = $1) AS tokens,
              (SELECT count(*)::int FROM notification WHERE recipient_id = $1) AS notifications`,
      [person.user.id],
    );
    expect(left).toEqual([{ sessions: 0, tokens: 0, notifications: 0 }]);
    const audit: { action: string; details: Record<string, unknown> }[] = await db.query(
      `SELECT action, details FROM audit_event WHERE actor_id = $1 ORDER BY id`,
      [person.user.id],
    );
    expect(audit).toHaveLength(auditBefore[0].n + 1);
    expect(audit[audit.length - 1]).toEqual({
      action: 'account.erased',
      details: {
        sessions: 2,
        tokens: 0,
        notifications: 1,
        hooks: expect.arrayContaining(['test-programme', 'sponsorship-volunteer']),
      },
    });
    expect(JSON.stringify(audit)).not.toContain('Lena');
    expect(erasureCalls.get(person.user.id)).toEqual({ erasedAtDuringHook: null });

    for (const headers of [person.headers, secondSession.headers()])
      expect(
        (await app.inject({ method: 'GET', url: AUTH_ROUTES.session, headers })).statusCode,
      ).toBe(401);
    const signIn = await app.inject({
      method: 'POST',
      url: AUTH_ROUTES.signIn,
      payload: { email: person.user.email, password: PASSWORD },
    });
    expect(signIn.statusCode).toBe(401);

    const stillThere = await exportOf(other.headers);
    expect(stillThere.statusCode).toBe(200);
    expect(stillThere.json<PersonalDataExport>().account).toMatchObject({
      displayName: 'Jonas Bleibt',
      email: other.user.email,
    });
  });

  it('lets an admin erase a desk resident but never themselves', async () => {
    const admin = await signedIn({ roles: ['admin'] });
    const resident = await createUserAccount(db, {
      email: null,
      displayName: 'Samira Nouri',
      phone: '0151 1',
    });
    const url = (id: string) => `${ADMIN_USER_ROUTES.users}/${id}/erase`;
    const done = await app.inject({
      method: 'POST',
      url: url(resident.id),
      headers: admin.headers,
    });
    expect(done.statusCode).toBe(204);
    const [row] = await db.query(
      `SELECT display_name, phone, erased_at FROM user_account WHERE id = $1`,
      [resident.id],
    );
    expect(row).toEqual({
      display_name: 'Gelöschtes Konto',
      phone: null,
      erased_at: expect.any(Date),
    });
    const audit = await db.query(
      `SELECT actor_id, on_behalf_of_id FROM audit_event WHERE action = 'user.erased' AND subject_id = $1`,
      [resident.id],
    );
    expect(audit).toEqual([{ actor_id: admin.user.id, on_behalf_of_id: resident.id }]);

    const self = await app.inject({
      method: 'POST',
      url: url(admin.user.id),
      headers: admin.headers,
    });
    expect(self.statusCode).toBe(409);
    expect(self.json<ApiErrorBody>().code).toBe('SELF_CHANGE_FORBIDDEN');
  });

  it('needs a session and the CSRF header', async () => {
    expect((await exportOf({})).statusCode).toBe(401);
    expect((await erase({}, { password: PASSWORD })).statusCode).toBe(401);
    const person = await signedIn();
    const session = await signInForTest(app, person.user.email ?? '', PASSWORD);
    const noCsrf = await erase(session.headers({ csrf: false }), { password: PASSWORD });
    expect(noCsrf.statusCode).toBe(403);
  });
});
