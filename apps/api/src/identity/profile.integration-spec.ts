import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { UserAccount } from '@zusammen/api/identity';
import { createTestApp, createUserAccount, signInForTest } from '@zusammen/api/testing';
import {
  AUTH_ROUTES,
  PROFILE_ROUTES,
  type ApiErrorBody,
  type ProfileResponse,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';

const PASSWORD = 'Borken-Profil-2026';
const NEW_PASSWORD = 'Fahrradwerkstatt am Kirchplatz';

function emailOf(user: UserAccount): string {
  if (!user.email) throw new Error('test user without email');
  return user.email;
}

describe('own profile and password (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
  });

  const signIn = (email: string, password: string) =>
    app.inject({ method: 'POST', url: AUTH_ROUTES.signIn, payload: { email, password } });

  describe('profile', () => {
    it('returns the profile of the signed-in user', async () => {
      const user = await createUserAccount(db, {
        displayName: 'Amira Haddad',
        locale: 'ar',
        phone: '+49 2861 12345',
        password: PASSWORD,
      });
      const session = await signInForTest(app, emailOf(user), PASSWORD);
      const response = await app.inject({
        method: 'GET',
        url: PROFILE_ROUTES.profile,
        headers: session.headers(),
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.json<ProfileResponse>()).toEqual({
        displayName: 'Amira Haddad',
        email: user.email,
        phone: '+49 2861 12345',
        locale: 'ar',
      });
    });

    it('changes only the given fields, trims them, and clears the phone with an empty string', async () => {
      const user = await createUserAccount(db, { locale: 'de', password: PASSWORD });
      const session = await signInForTest(app, emailOf(user), PASSWORD);
      const patch = (payload: object) =>
        app.inject({
          method: 'PATCH',
          url: PROFILE_ROUTES.profile,
          headers: session.headers(),
          payload,
        });

      const first = await patch({ displayName: '  Yusuf Demir ', phone: ' (02861) 12-34/5 ' });
      expect(first.statusCode).toBe(200);
      expect(first.json<ProfileResponse>()).toEqual({
        displayName: 'Yusuf Demir',
        email: user.email,
        phone: '(02861) 12-34/5',
        locale: 'de',
      });

      const second = await patch({ locale: 'uk', phone: '' });
      expect(second.statusCode).toBe(200);
      expect(second.json<ProfileResponse>()).toMatchObject({
        displayName: 'Yusuf Demir',
        phone: null,
        locale: 'uk',
      });

      const stored = await db.getRepository(UserAccount).findOneByOrFail({ id: user.id });
      expect(stored).toMatchObject({ displayName: 'Yusuf Demir', phone: null, locale: 'uk' });
      const current = await app.inject({
        method: 'GET',
        url: AUTH_ROUTES.session,
        headers: session.headers(),
      });
      expect(current.json()).toMatchObject({ user: { displayName: 'Yusuf Demir', locale: 'uk' } });
    });

    it('answers 422 VALIDATION_FAILED per field and changes nothing', async () => {
      const user = await createUserAccount(db, { displayName: 'Lena Vogel', password: PASSWORD });
      const session = await signInForTest(app, emailOf(user), PASSWORD);
      const response = await app.inject({
        method: 'PATCH',
        url: PROFILE_ROUTES.profile,
        headers: session.headers(),
        payload: {
          displayName: '   ',
          phone: 'call me maybe',
          locale: 'xx',
          email: 'other@test.invalid',
        },
      });
      expect(response.statusCode).toBe(422);
      const body = response.json<ApiErrorBody>();
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(body.details as object).sort()).toEqual([
        'displayName',
        'email',
        'locale',
        'phone',
      ]);

      const tooLong = await app.inject({
        method: 'PATCH',
        url: PROFILE_ROUTES.profile,
        headers: session.headers(),
        payload: { displayName: 'x'.repeat(101), phone: '1'.repeat(33) },
      });
      expect(tooLong.statusCode).toBe(422);
      expect(Object.keys(tooLong.json<ApiErrorBody>().details as object).sort()).toEqual([
        'displayName',
        'phone',
      ]);

      const stored = await db.getRepository(UserAccount).findOneByOrFail({ id: user.id });
      expect(stored.displayName).toBe('Lena Vogel');
    });

    it('answers 401 to anonymous callers and 403 without the CSRF header', async () => {
      for (const method of ['GET', 'PATCH'] as const) {
        const response = await app.inject({
          method,
          url: PROFILE_ROUTES.profile,
          payload: method === 'PATCH' ? { displayName: 'Anonym' } : undefined,
        });
        expect(response.statusCode).toBe(401);
      }
      const user = await createUserAccount(db, { displayName: 'Jonas Kröger', password: PASSWORD });
      const session = await signInForTest(app, emailOf(user), PASSWORD);
      const response = await app.inject({
        method: 'PATCH',
        url: PROFILE_ROUTES.profile,
        headers: session.headers({ csrf: false }),
        payload: { displayName: 'Ohne Token' },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json<ApiErrorBody>().code).toBe('CSRF_TOKEN_INVALID');
      const stored = await db.getRepository(UserAccount).findOneByOrFail({ id: user.id });
      expect(stored.displayName).toBe('Jonas Kröger');
    });
  });

  describe('password change', () => {
    const changePassword = (headers: Record<string, string> | undefined, payload: object) =>
      app.inject({ method: 'POST', url: PROFILE_ROUTES.password, headers, payload });

    it('changes the password, keeps the current session and ends every other one', async () => {
      const user = await createUserAccount(db, { password: PASSWORD });
      const email = emailOf(user);
      const current = await signInForTest(app, email, PASSWORD);
      const other = await signInForTest(app, email, PASSWORD);

      const response = await changePassword(current.headers(), {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(response.statusCode).toBe(204);
      expect(response.body).toBe('');

      const session = (headers: Record<string, string>) =>
        app.inject({ method: 'GET', url: AUTH_ROUTES.session, headers });
      expect((await session(other.headers())).statusCode).toBe(401);
      expect((await session(current.headers())).statusCode).toBe(200);

      expect((await signIn(email, PASSWORD)).statusCode).toBe(401);
      expect((await signIn(email, NEW_PASSWORD)).statusCode).toBe(200);
    });

    it('answers 422 WRONG_PASSWORD at the field for a wrong current password, and counts it for the lockout', async () => {
      const user = await createUserAccount(db, { password: PASSWORD });
      const email = emailOf(user);
      const session = await signInForTest(app, email, PASSWORD);
      const other = await signInForTest(app, email, PASSWORD);

      const wrong = await changePassword(session.headers(), {
        currentPassword: 'Nicht-das-Passwort-1',
        newPassword: NEW_PASSWORD,
      });
      expect(wrong.statusCode).toBe(422);
      expect(wrong.json<ApiErrorBody>()).toMatchObject({
        code: 'WRONG_PASSWORD',
        details: { currentPassword: ['WRONG_PASSWORD'] },
      });
      // nothing changed: the other session lives, the old password still signs in
      expect(
        (await app.inject({ method: 'GET', url: AUTH_ROUTES.session, headers: other.headers() }))
          .statusCode,
      ).toBe(200);

      // four more wrong guesses (five in all) lock the address, for the endpoint and for sign-in
      for (let i = 0; i < 4; i++)
        await changePassword(session.headers(), {
          currentPassword: `Falsch-${i}-Passwort`,
          newPassword: NEW_PASSWORD,
        });
      const locked = await changePassword(session.headers(), {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(locked.statusCode).toBe(429);
      expect(locked.json<ApiErrorBody>().code).toBe('ACCOUNT_LOCKED');
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      expect((await signIn(email, PASSWORD)).statusCode).toBe(429);
    });

    it('answers 422 WEAK_PASSWORD with the reason and keeps the old password', async () => {
      const user = await createUserAccount(db, {
        displayName: 'Fatima Rahimi',
        password: PASSWORD,
      });
      const email = emailOf(user);
      const session = await signInForTest(app, email, PASSWORD);
      const cases: [string, string][] = [
        ['kurz-2026', 'TOO_SHORT'],
        ['x'.repeat(64) + 'y'.repeat(65), 'TOO_LONG'],
        ['Password2026!', 'COMMON'],
        ['Fatima-in-Borken-2026', 'CONTAINS_PERSONAL_DATA'],
      ];
      for (const [newPassword, reason] of cases) {
        const response = await changePassword(session.headers(), {
          currentPassword: PASSWORD,
          newPassword,
        });
        expect(response.statusCode).toBe(422);
        expect(response.json<ApiErrorBody>()).toMatchObject({
          code: 'WEAK_PASSWORD',
          details: { newPassword: [reason] },
        });
      }
      expect((await signIn(email, PASSWORD)).statusCode).toBe(200);
    });

    it('answers 401 to anonymous callers, 403 without the CSRF header, 422 for a missing field', async () => {
      const anonymous = await changePassword(undefined, {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(anonymous.statusCode).toBe(401);

      const user = await createUserAccount(db, { password: PASSWORD });
      const session = await signInForTest(app, emailOf(user), PASSWORD);
      const noCsrf = await changePassword(session.headers({ csrf: false }), {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(noCsrf.statusCode).toBe(403);
      expect(noCsrf.json<ApiErrorBody>().code).toBe('CSRF_TOKEN_INVALID');

      const missing = await changePassword(session.headers(), { currentPassword: PASSWORD });
      expect(missing.statusCode).toBe(422);
      expect(missing.json<ApiErrorBody>()).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { newPassword: expect.any(Array) },
      });
      expect((await signIn(emailOf(user), PASSWORD)).statusCode).toBe(200);
    });
  });
});
