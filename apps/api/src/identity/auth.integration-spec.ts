import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { UserAccount } from '@zusammen/api/identity';
import {
  createTestApp,
  createUserAccount,
  sessionHeaders,
  setCookiesOf,
  signInForTest,
} from '@zusammen/api/testing';
import {
  AUTH_ROUTES,
  CSRF_COOKIE,
  SESSION_COOKIE,
  type ApiErrorBody,
  type SessionResponse,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';

const PASSWORD = 'Borken-Demo-2026';

function emailOf(user: UserAccount): string {
  if (!user.email) throw new Error('test user without email');
  return user.email;
}

describe('session API (integration, two API instances on one database)', () => {
  let first: NestFastifyApplication;
  let second: NestFastifyApplication;
  let db: DataSource;

  beforeAll(async () => {
    first = await createTestApp({ imports: [AppModule] });
    second = await createTestApp({ imports: [AppModule] });
    db = first.get(DataSource);
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  const signIn = (app: NestFastifyApplication, email: string, password: string) =>
    app.inject({ method: 'POST', url: AUTH_ROUTES.signIn, payload: { email, password } });

  it('signs in a demo-like user: session and CSRF cookies, SessionResponse', async () => {
    const user = await createUserAccount(db, {
      displayName: 'Amira Haddad',
      roles: ['volunteer', 'organizer'],
      locale: 'ar',
      password: PASSWORD,
    });
    const response = await signIn(first, `  ${emailOf(user).toUpperCase()} `, PASSWORD);

    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json<SessionResponse>();
    expect(body.user).toEqual({
      id: user.id,
      displayName: 'Amira Haddad',
      email: user.email,
      roles: ['volunteer', 'organizer'],
      locale: 'ar',
    });
    const hours = (Date.parse(body.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);

    const setCookie = response.headers['set-cookie'] as string[];
    const session = setCookie.find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? '';
    const csrf = setCookie.find((c) => c.startsWith(`${CSRF_COOKIE}=`)) ?? '';
    expect(session).toMatch(/; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(session).not.toContain('Secure');
    expect(csrf).toMatch(/; Path=\/; SameSite=Lax$/);
    expect(csrf).not.toContain('HttpOnly');

    const cookies = setCookiesOf(response);
    const rows: { token_hash: string; user_agent: string | null }[] = await db.query(
      `SELECT token_hash, user_agent FROM user_session WHERE user_id = $1`,
      [user.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].token_hash).not.toContain(cookies[SESSION_COOKIE]);

    // the session is shared: the other instance knows it
    const me = await second.inject({
      method: 'GET',
      url: AUTH_ROUTES.session,
      headers: sessionHeaders(cookies[SESSION_COOKIE], cookies[CSRF_COOKIE]),
    });
    expect(me.statusCode).toBe(200);
    expect(me.json<SessionResponse>()).toEqual(body);
  });

  it('answers a wrong password, an unknown address, an inactive account and one without password alike', async () => {
    const user = await createUserAccount(db, { password: PASSWORD });
    const inactive = await createUserAccount(db, { password: PASSWORD, isActive: false });
    const noPassword = await createUserAccount(db, {});
    for (const [email, password] of [
      [emailOf(user), 'wrong-password'],
      ['nobody-here@test.invalid', PASSWORD],
      [emailOf(inactive), PASSWORD],
      [emailOf(noPassword), PASSWORD],
    ]) {
      const response = await signIn(first, email, password);
      expect(response.statusCode).toBe(401);
      expect(response.json<ApiErrorBody>()).toEqual({
        code: 'INVALID_CREDENTIALS',
        message: expect.any(String),
      });
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('locks an address after 5 failures across two instances (429 + Retry-After), even for the right password', async () => {
    const user = await createUserAccount(db, { password: PASSWORD });
    for (let attempt = 0; attempt < 5; attempt++) {
      const app = attempt % 2 === 0 ? first : second;
      expect((await signIn(app, emailOf(user), `wrong-${attempt}`)).statusCode).toBe(401);
    }
    for (const app of [first, second]) {
      const locked = await signIn(app, emailOf(user), PASSWORD);
      expect(locked.statusCode).toBe(429);
      expect(locked.json<ApiErrorBody>()).toMatchObject({ code: 'ACCOUNT_LOCKED' });
      const retryAfter = Number(locked.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(14 * 60);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    }
    // another address is not affected
    const other = await createUserAccount(db, { password: PASSWORD });
    expect((await signIn(second, emailOf(other), PASSWORD)).statusCode).toBe(200);
  });

  it('a successful sign-in resets the failure count of the address', async () => {
    const user = await createUserAccount(db, { password: PASSWORD });
    for (let attempt = 0; attempt < 4; attempt++)
      expect((await signIn(first, emailOf(user), 'wrong')).statusCode).toBe(401);
    expect((await signIn(second, emailOf(user), PASSWORD)).statusCode).toBe(200);
    for (let attempt = 0; attempt < 4; attempt++)
      expect((await signIn(first, emailOf(user), 'wrong')).statusCode).toBe(401);
    expect((await signIn(first, emailOf(user), PASSWORD)).statusCode).toBe(200);
  });

  it('GET session: 401 UNAUTHENTICATED without or with a bogus cookie', async () => {
    const anonymous = await first.inject({ method: 'GET', url: AUTH_ROUTES.session });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json<ApiErrorBody>().code).toBe('UNAUTHENTICATED');
    const bogus = await first.inject({
      method: 'GET',
      url: AUTH_ROUTES.session,
      headers: { cookie: `${SESSION_COOKIE}=not-a-session` },
    });
    expect(bogus.statusCode).toBe(401);
  });

  it('sign-out revokes the session, clears the cookies, and the old cookie is rejected', async () => {
    const user = await createUserAccount(db, { password: PASSWORD });
    const session = await signInForTest(first, emailOf(user), PASSWORD);

    const out = await first.inject({
      method: 'POST',
      url: AUTH_ROUTES.signOut,
      headers: session.headers(),
    });
    expect(out.statusCode).toBe(204);
    expect(out.headers['set-cookie']).toEqual([
      `${SESSION_COOKIE}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax`,
      `${CSRF_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`,
    ]);

    const after = await second.inject({
      method: 'GET',
      url: AUTH_ROUTES.session,
      headers: session.headers(),
    });
    expect(after.statusCode).toBe(401);
    // signing out again (no live session) still clears the cookies
    expect(
      (await first.inject({ method: 'POST', url: AUTH_ROUTES.signOut, headers: session.headers() }))
        .statusCode,
    ).toBe(204);
  });

  it('rejects a session past its idle expiry, past its absolute expiry, or of a deactivated account', async () => {
    const user = await createUserAccount(db, { password: PASSWORD });
    const idle = await signInForTest(first, emailOf(user), PASSWORD);
    const absolute = await signInForTest(first, emailOf(user), PASSWORD);
    await db.query(
      `UPDATE user_session SET idle_expires_at = now() - interval '1 second' WHERE id = (
         SELECT id FROM user_session WHERE user_id = $1 ORDER BY created_at LIMIT 1)`,
      [user.id],
    );
    await db.query(
      `UPDATE user_session SET absolute_expires_at = now() - interval '1 second'
        WHERE user_id = $1 AND idle_expires_at > now()`,
      [user.id],
    );
    for (const session of [idle, absolute]) {
      const response = await first.inject({
        method: 'GET',
        url: AUTH_ROUTES.session,
        headers: session.headers(),
      });
      expect(response.statusCode).toBe(401);
    }

    const live = await signInForTest(first, emailOf(user), PASSWORD);
    await db.getRepository(UserAccount).update(user.id, { isActive: false });
    const response = await first.inject({
      method: 'GET',
      url: AUTH_ROUTES.session,
      headers: live.headers(),
    });
    expect(response.statusCode).toBe(401);
  });

  it('updates last_seen_at at most once a minute and slides the idle expiry', async () => {
    const user = await createUserAccount(db, { password: PASSWORD });
    const session = await signInForTest(first, emailOf(user), PASSWORD);
    const read = async () =>
      (
        (await db.query(
          `SELECT last_seen_at, idle_expires_at FROM user_session WHERE user_id = $1`,
          [user.id],
        )) as { last_seen_at: Date; idle_expires_at: Date }[]
      )[0];
    const signedIn = await read();
    await first.inject({ method: 'GET', url: AUTH_ROUTES.session, headers: session.headers() });
    expect(await read()).toEqual(signedIn);

    await db.query(
      `UPDATE user_session SET last_seen_at = now() - interval '5 minutes',
                               idle_expires_at = now() + interval '55 minutes' WHERE user_id = $1`,
      [user.id],
    );
    await first.inject({ method: 'GET', url: AUTH_ROUTES.session, headers: session.headers() });
    const touched = await read();
    expect(Date.now() - touched.last_seen_at.getTime()).toBeLessThan(10_000);
    expect(touched.idle_expires_at.getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
  });

  it('refuses a state-changing request of a signed-in user without or with a wrong CSRF token', async () => {
    const user = await createUserAccount(db, { password: PASSWORD });
    const session = await signInForTest(first, emailOf(user), PASSWORD);
    for (const headers of [
      session.headers({ csrf: false }),
      { ...session.headers(), 'x-csrf-token': 'wrong-token' },
      { ...session.headers(), 'x-csrf-token': session.token },
    ]) {
      const response = await first.inject({ method: 'POST', url: AUTH_ROUTES.signOut, headers });
      expect(response.statusCode).toBe(403);
      expect(response.json<ApiErrorBody>().code).toBe('CSRF_TOKEN_INVALID');
    }
    // still signed in: nothing was revoked
    expect(
      (await first.inject({ method: 'GET', url: AUTH_ROUTES.session, headers: session.headers() }))
        .statusCode,
    ).toBe(200);
  });

  it('a new sign-in replaces the caller’s previous session', async () => {
    const user = await createUserAccount(db, { password: PASSWORD });
    const old = await signInForTest(first, emailOf(user), PASSWORD);
    const again = await first.inject({
      method: 'POST',
      url: AUTH_ROUTES.signIn,
      headers: old.headers({ csrf: false }),
      payload: { email: user.email, password: PASSWORD },
    });
    expect(again.statusCode).toBe(200);
    expect(
      (await first.inject({ method: 'GET', url: AUTH_ROUTES.session, headers: old.headers() }))
        .statusCode,
    ).toBe(401);
  });

  it('answers bad input with 422 and field errors', async () => {
    const response = await first.inject({
      method: 'POST',
      url: AUTH_ROUTES.signIn,
      payload: { email: 'not-an-email', password: '', remember: true },
    });
    expect(response.statusCode).toBe(422);
    const body = response.json<ApiErrorBody>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(body.details as Record<string, string[]>).sort()).toEqual([
      'email',
      'password',
      'remember',
    ]);
    const missing = await first.inject({ method: 'POST', url: AUTH_ROUTES.signIn, payload: {} });
    expect(missing.statusCode).toBe(422);
  });
});
