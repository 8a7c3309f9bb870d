import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createSignedInUser, createTestApp, expectApiError } from '@zusammen/api/testing';
import { AppModule } from '../app/app.module';

/**
 * Inputs the OpenAPI fuzz (openapi-fuzz.integration-spec.ts) once answered wrongly, pinned down so they stay
 * fixed whatever seed the fuzz runs with. Reads only, plus the caller's own profile.
 */
describe('bad input found by the fuzz (integration)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers a NUL character in a search or a text field with 400, not 500 (SQLSTATE 22021)', async () => {
    const workshop = await createSignedInUser(app, {
      roles: ['workshop', 'staff'],
      password: 'Fuzz-Regression-2026!',
    });
    const search = await app.inject({
      method: 'GET',
      url: '/api/workshop/rentals?q=%00',
      headers: workshop.headers,
    });
    expectApiError(search, 400, 'BAD_REQUEST');
    const profile = await app.inject({
      method: 'PATCH',
      url: '/api/me/profile',
      headers: workshop.headers,
      payload: { displayName: 'Nul\u0000Byte' },
    });
    expect(profile.statusCode).toBeGreaterThanOrEqual(400);
    expect(profile.statusCode).toBeLessThan(500);
  });

  it('answers a path parameter beyond the router limit in the error shape (was Fastify’s own body)', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/events/${'9'.repeat(400)}` });
    expect(response.statusCode).toBe(414);
    expect(response.json()).toEqual({ code: 'BAD_REQUEST', message: expect.any(String) });
  });

  it('answers a sign-in sent as a form with 415 before reading it', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a%40b.c&password=x',
    });
    expectApiError(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });
});
