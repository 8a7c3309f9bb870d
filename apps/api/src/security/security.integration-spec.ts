import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { configureHttpApp, createFastifyAdapter } from '@zusammen/api/core';
import {
  createRoom,
  createTestApp,
  createUserAccount,
  expectApiError,
  setCookiesOf,
  signInForTest,
  type TestSession,
} from '@zusammen/api/testing';
import { AUTH_ROUTES, CSRF_COOKIE, SESSION_COOKIE } from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';

/**
 * Security headers, cookie flags and CSRF (issue 8). What identity's specs already cover is not repeated:
 * auth.integration-spec checks the cookie flags over http (HttpOnly/SameSite=Lax/Path=/, no Secure) and the CSRF
 * refusal of sign-out. Added here: the headers on API answers (success and error) and on web pages, `Secure`
 * cookies behind an https PUBLIC_URL, CSRF on requests that write data (nothing written), another session's
 * token, GET without the header, and sign-in from a cross-site form or origin.
 */
const PASSWORD = 'Security-Check-2026!';

/** Headers every answer carries, page or API, success or error. */
function expectSecurityHeaders(
  headers: Record<string, string | string[] | number | undefined>,
  what: string,
): void {
  const csp = String(headers['content-security-policy'] ?? '');
  expect({ what, csp }).toEqual({ what, csp: expect.stringContaining("default-src 'self'") });
  for (const directive of [
    "script-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ])
    expect({ what, csp }).toEqual({ what, csp: expect.stringContaining(directive) });
  expect({ what, csp }).not.toEqual({ what, csp: expect.stringMatching(/script-src[^;]*unsafe/) });
  expect({ what, headers }).toMatchObject({
    what,
    headers: {
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringMatching(/max-age=\d{7,}/),
      'cross-origin-opener-policy': 'same-origin',
    },
  });
  expect({ what, poweredBy: headers['x-powered-by'] }).toEqual({ what, poweredBy: undefined });
}

@Module({})
class WebRootModule {}

describe('security headers, cookie flags and CSRF (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
  });

  async function signedIn(roles: ('admin' | 'staff' | 'resident')[]): Promise<TestSession> {
    const user = await createUserAccount(db, { roles, password: PASSWORD });
    return signInForTest(app, user.email ?? '', PASSWORD);
  }

  describe('headers on API answers', () => {
    it('sets them on success, 401, 404, 422 and router errors alike', async () => {
      const answers = {
        live: await app.inject({ method: 'GET', url: '/api/health/live' }),
        unauthenticated: await app.inject({ method: 'GET', url: AUTH_ROUTES.session }),
        notFound: await app.inject({ method: 'GET', url: '/api/does-not-exist' }),
        invalid: await app.inject({
          method: 'POST',
          url: AUTH_ROUTES.signIn,
          payload: { email: '<script>alert(1)</script>', password: '' },
        }),
        docs: await app.inject({ method: 'GET', url: '/api/docs-json' }),
      };
      for (const [what, response] of Object.entries(answers))
        expectSecurityHeaders(response.headers, what);
      expect(answers.invalid.statusCode).toBe(422);
      expect(answers.invalid.headers['content-type']).toMatch(/^application\/json/);
    });

    it('answers an over-long path parameter in the error shape with nosniff (Fastify router error)', async () => {
      const response = await app.inject({ method: 'GET', url: `/api/events/${'9'.repeat(400)}` });
      expect(response.statusCode).toBe(414);
      expect(Object.keys(response.json<Record<string, unknown>>()).sort()).toEqual([
        'code',
        'message',
      ]);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    });
  });

  describe('headers on web pages', () => {
    let web: NestFastifyApplication;
    let webDir: string;

    beforeAll(async () => {
      webDir = mkdtempSync(join(tmpdir(), 'zl-web-'));
      writeFileSync(
        join(webDir, 'index.html'),
        '<!doctype html><html><body><zl-root></zl-root></body></html>',
      );
      writeFileSync(join(webDir, 'main-ABCDEFGH.js'), 'console.log(1);');
      // main.ts's bootstrap with a web build; createTestApp serves the API only
      web = await NestFactory.create<NestFastifyApplication>(
        { module: WebRootModule, imports: [AppModule] },
        createFastifyAdapter({ trustProxy: false }),
        { logger: ['error', 'warn'] },
      );
      await configureHttpApp(web, { webDistDir: webDir, logger: new Logger('SecurityWeb') });
      await web.init();
      await web.getHttpAdapter().getInstance().ready();
    });

    afterAll(async () => {
      await web?.close();
      rmSync(webDir, { recursive: true, force: true });
    });

    it('sets them on index.html, client routes and scripts', async () => {
      const html = { accept: 'text/html,application/xhtml+xml' };
      for (const url of [
        '/',
        '/de/veranstaltungen?q=<script>alert(1)</script>',
        '/main-ABCDEFGH.js',
      ]) {
        const response = await web.inject({ method: 'GET', url, headers: html });
        expect({ url, status: response.statusCode }).toEqual({ url, status: 200 });
        expectSecurityHeaders(response.headers, url);
        // the query string is never reflected into the page: the served file is static
        expect(response.body).not.toContain('<script>alert(1)</script>');
      }
    });
  });

  describe('cookie flags behind an https PUBLIC_URL', () => {
    let https: NestFastifyApplication;

    beforeAll(async () => {
      https = await createTestApp({
        imports: [AppModule],
        env: { PUBLIC_URL: 'https://zusammenleben.example' },
      });
    });

    afterAll(async () => {
      await https?.close();
    });

    it('marks both cookies Secure; the session one HttpOnly, the CSRF one readable; both SameSite and Path=/', async () => {
      const user = await createUserAccount(db, { password: PASSWORD });
      const response = await https.inject({
        method: 'POST',
        url: AUTH_ROUTES.signIn,
        payload: { email: user.email, password: PASSWORD },
      });
      expect(response.statusCode).toBe(200);
      const lines = response.headers['set-cookie'] as string[];
      const session = lines.find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? '';
      const csrf = lines.find((c) => c.startsWith(`${CSRF_COOKIE}=`)) ?? '';
      expect(session).toMatch(/; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
      expect(csrf).toMatch(/; Path=\/; Secure; SameSite=Lax$/);
      expect(csrf).not.toContain('HttpOnly');
      expectSecurityHeaders(response.headers, 'https sign-in');
    });
  });

  describe('CSRF', () => {
    it('refuses a write with a valid session but no, a wrong or another session’s token, and writes nothing', async () => {
      const staff = await signedIn(['staff']);
      const other = await signedIn(['staff']);
      const room = await createRoom(db, { capacity: 10 });
      const attempts: [string, Record<string, string>][] = [
        ['no header', staff.headers({ csrf: false })],
        ['wrong token', { ...staff.headers(), 'x-csrf-token': 'wrong-token' }],
        ['session token as CSRF token', { ...staff.headers(), 'x-csrf-token': staff.token }],
        ['token of another session', { ...staff.headers(), 'x-csrf-token': other.csrfToken }],
        ['empty header', { ...staff.headers(), 'x-csrf-token': '' }],
      ];
      for (const [what, headers] of attempts) {
        const response = await app.inject({
          method: 'PATCH',
          url: `/api/booking/rooms/${room.id}`,
          headers,
          payload: { capacity: 99 },
        });
        expect({ what, status: response.statusCode }).toEqual({ what, status: 403 });
        const body = expectApiError(response, 403, 'CSRF_TOKEN_INVALID');
        expect(Object.keys(body).every((k) => ['code', 'message', 'details'].includes(k))).toBe(
          true,
        );
        const profile = await app.inject({
          method: 'PATCH',
          url: '/api/me/profile',
          headers,
          payload: { displayName: 'Changed by CSRF' },
        });
        expectApiError(profile, 403, 'CSRF_TOKEN_INVALID');
      }
      const [stored]: { capacity: number }[] = await db.query(
        `SELECT capacity FROM room WHERE id = $1`,
        [room.id],
      );
      expect(stored.capacity).toBe(10);
      expect(staff.body.user.displayName).not.toBe('Changed by CSRF');
      const [user]: { display_name: string }[] = await db.query(
        `SELECT display_name FROM user_account WHERE id = $1`,
        [staff.body.user.id],
      );
      expect(user.display_name).toBe(staff.body.user.displayName);

      // the same request with the right token goes through, so the refusals above were about CSRF only
      const allowed = await app.inject({
        method: 'PATCH',
        url: `/api/booking/rooms/${room.id}`,
        headers: staff.headers(),
        payload: { capacity: 12 },
      });
      expect(allowed.statusCode).toBe(200);
    });

    it('never asks for the token on GET', async () => {
      const staff = await signedIn(['staff']);
      for (const url of [AUTH_ROUTES.session, '/api/booking/rooms', '/api/notifications']) {
        const response = await app.inject({
          method: 'GET',
          url,
          headers: staff.headers({ csrf: false }),
        });
        expect({ url, status: response.statusCode }).toEqual({ url, status: 200 });
      }
    });
  });

  describe('sign-in from another site', () => {
    it('signs nobody in from a cross-site form: text/plain, urlencoded and multipart bodies get 415', async () => {
      const user = await createUserAccount(db, { password: PASSWORD });
      const email = user.email ?? '';
      const forms: [string, string][] = [
        // what <form enctype="text/plain"> sends: name=value, crafted to look like JSON
        ['text/plain', `{"email":"${email}","password":"${PASSWORD}","x":"=1"}`],
        ['text/plain', JSON.stringify({ email, password: PASSWORD })],
        [
          'application/x-www-form-urlencoded',
          `email=${encodeURIComponent(email)}&password=${encodeURIComponent(PASSWORD)}`,
        ],
        [
          'multipart/form-data; boundary=zl',
          `--zl\r\nContent-Disposition: form-data; name="email"\r\n\r\n${email}\r\n--zl\r\n` +
            `Content-Disposition: form-data; name="password"\r\n\r\n${PASSWORD}\r\n--zl--\r\n`,
        ],
      ];
      for (const [type, payload] of forms) {
        const response = await app.inject({
          method: 'POST',
          url: AUTH_ROUTES.signIn,
          headers: { 'content-type': type, origin: 'https://evil.example' },
          payload,
        });
        expect({ type, status: response.statusCode }).toEqual({ type, status: 415 });
        expectApiError(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
        expect(setCookiesOf(response)).toEqual({});
      }
    });

    it('grants no cross-origin access: no CORS headers on a preflight or on a JSON sign-in from another origin', async () => {
      const user = await createUserAccount(db, { password: PASSWORD });
      const preflight = await app.inject({
        method: 'OPTIONS',
        url: AUTH_ROUTES.signIn,
        headers: {
          origin: 'https://evil.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
      expect(preflight.statusCode).toBeGreaterThanOrEqual(400);
      // a JSON POST needs that preflight in a browser; even sent directly, the answer grants no reading
      const direct = await app.inject({
        method: 'POST',
        url: AUTH_ROUTES.signIn,
        headers: { origin: 'https://evil.example' },
        payload: { email: user.email, password: PASSWORD },
      });
      expect(direct.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});
