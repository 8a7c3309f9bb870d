import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createIsolatedSchema,
  createTestApp,
  createUserAccount,
  type IsolatedSchema,
} from '@zusammen/api/testing';
import { ACCOUNT_ROUTES, AUTH_ROUTES, type ApiErrorBody } from '@zusammen/shared/contracts';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';

const PASSWORD = 'Borken-Ausfall-2026';

/**
 * REDIS_URL is set but nothing listens there (Redis down): sign-in must keep working and keep counting in
 * PostgreSQL, never answer 500. Its own schema, because the failures land in `sign_in_attempt`.
 */
describe('sign-in while Redis is down (integration)', () => {
  let schema: IsolatedSchema;
  let app: NestFastifyApplication;
  let db: DataSource;

  beforeAll(async () => {
    schema = await createIsolatedSchema('lockout-down', [
      'user_account',
      'user_session',
      'sign_in_attempt',
      'account_token',
      'notification',
      'audit_event',
    ]);
    app = await createTestApp({
      imports: [AppModule],
      env: { DATABASE_URL: schema.url, REDIS_URL: 'redis://127.0.0.1:1', REDIS_PREFIX: 'down' },
    });
    db = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await schema?.drop();
  });

  const signIn = (email: string, password: string, remoteAddress: string) =>
    app.inject({
      method: 'POST',
      url: AUTH_ROUTES.signIn,
      payload: { email, password },
      remoteAddress,
    });

  it('signs in with the right password', async () => {
    const user = await createUserAccount(db, { password: PASSWORD });
    const response = await signIn(user.email ?? '', PASSWORD, '10.77.0.1');
    expect(response.statusCode).toBe(200);
  });

  it('locks the account after five failures, counted in PostgreSQL', async () => {
    const user = await createUserAccount(db, { password: PASSWORD });
    const email = user.email ?? '';
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await signIn(email, 'wrong', `10.77.1.${attempt}`)).statusCode).toBe(401);
    }
    const locked = await signIn(email, PASSWORD, '10.77.1.99');
    expect(locked.statusCode).toBe(429);
    const hash = createHash('sha256').update(email).digest('hex');
    const rows: unknown[] = await db.query(`SELECT id FROM sign_in_attempt WHERE email_hash = $1`, [
      hash,
    ]);
    expect(rows).toHaveLength(5);
  });

  it('still rate-limits account mails per client (429 on the 21st)', async () => {
    const ip = '10.77.2.1';
    for (let attempt = 0; attempt < 20; attempt++) {
      const response = await app.inject({
        method: 'POST',
        url: ACCOUNT_ROUTES.requestPasswordReset,
        payload: { email: `nobody-${randomUUID()}@test.invalid` },
        remoteAddress: ip,
      });
      expect(response.statusCode).toBe(202);
    }
    const limited = await app.inject({
      method: 'POST',
      url: ACCOUNT_ROUTES.requestPasswordReset,
      payload: { email: `nobody-${randomUUID()}@test.invalid` },
      remoteAddress: ip,
    });
    expect(limited.statusCode).toBe(429);
    expect(limited.json<ApiErrorBody>().code).toBe('TOO_MANY_REQUESTS');
  });
});
