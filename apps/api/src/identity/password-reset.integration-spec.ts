import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AccountTokens, UserAccount } from '@zusammen/api/identity';
import {
  createIsolatedSchema,
  createTestApp,
  createUserAccount,
  signInForTest,
  startSmtpSink,
  waitUntil,
  type IsolatedSchema,
  type SmtpSink,
} from '@zusammen/api/testing';
import {
  ACCOUNT_PAGES,
  ACCOUNT_ROUTES,
  AUTH_ROUTES,
  PROFILE_ROUTES,
  type ApiErrorBody,
} from '@zusammen/shared/contracts';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';

const PUBLIC_URL = 'http://zusammenleben.test:3000';
const PASSWORD = 'Borken-Reset-2026';
const NEW_PASSWORD = 'Kaffee im Stadtpark um drei';
/** Tables the flow touches, copied into a schema of this file: the embedded relay claims every due row. */
const TABLES = [
  'user_account',
  'user_session',
  'sign_in_attempt',
  'account_token',
  'audit_event',
  'notification',
];

interface NotificationRow {
  type: string;
  channel: string;
  payload: Record<string, string>;
}

/** A client address of its own per test: the per-IP limit counts across the whole file. */
let lastOctet = 0;
const nextIp = (): string => `10.77.${Math.floor(Math.random() * 250)}.${++lastOctet}`;

describe('password reset by email (integration, embedded relay, SMTP sink, PostgreSQL lockout store)', () => {
  let sink: SmtpSink;
  let schema: IsolatedSchema;
  let app: NestFastifyApplication;
  let db: DataSource;
  let tokens: AccountTokens;

  beforeAll(async () => {
    sink = await startSmtpSink();
    schema = await createIsolatedSchema('reset', TABLES);
    app = await createTestApp({
      imports: [AppModule],
      env: { DATABASE_URL: schema.url, REDIS_URL: undefined, SMTP_URL: sink.url, PUBLIC_URL },
    });
    db = app.get(DataSource);
    tokens = app.get(AccountTokens);
  });

  afterAll(async () => {
    await app?.close();
    await schema?.drop();
    await sink?.close();
  });

  const post = (
    url: string,
    payload: object,
    remoteAddress = nextIp(),
    headers?: Record<string, string>,
  ) => app.inject({ method: 'POST', url, payload, remoteAddress, headers });
  const requestReset = (email: string, ip?: string) =>
    post(ACCOUNT_ROUTES.requestPasswordReset, { email }, ip);
  const confirm = (token: string, newPassword: string) =>
    post(ACCOUNT_ROUTES.confirmPasswordReset, { token, newPassword });
  const signIn = (email: string, password: string) => post(AUTH_ROUTES.signIn, { email, password });
  const notificationsOf = async (userId: string): Promise<NotificationRow[]> =>
    db.query(
      `SELECT type, channel, payload FROM notification WHERE recipient_id = $1 ORDER BY created_at`,
      [userId],
    );
  const resetTokenOf = async (userId: string): Promise<string> => {
    const rows = (await notificationsOf(userId)).filter((n) => n.type === 'password-reset');
    return rows[rows.length - 1].payload['tokenId'];
  };
  const emailOf = (user: UserAccount): string => user.email ?? '';

  it('resets end to end: mail with link, weak password refused, new password set, every session ended', async () => {
    const user = await createUserAccount(db, {
      displayName: 'Yusuf Demir',
      password: PASSWORD,
      locale: 'uk',
    });
    const email = emailOf(user);
    const phone = await signInForTest(app, email, PASSWORD);
    const laptop = await signInForTest(app, email, PASSWORD);
    for (let i = 0; i < 3; i++) expect((await signIn(email, `wrong-${i}`)).statusCode).toBe(401);

    const response = await requestReset(` ${email.toUpperCase()} `);
    expect(response.statusCode).toBe(202);
    expect(response.body).toBe('');
    const [notification] = await notificationsOf(user.id);
    expect(notification).toMatchObject({ type: 'password-reset', channel: 'email' });

    await waitUntil(() => sink.messages.some((m) => m.envelope.to.includes(email)), {
      timeoutMs: 20_000,
      description: 'reset mail',
    });
    const mail = sink.messages.find((m) => m.envelope.to.includes(email));
    const link = new RegExp(
      `${PUBLIC_URL.replace(/[.:/]/g, '\\$&')}${ACCOUNT_PAGES.resetPassword}#token=([A-Za-z0-9_-]+)`,
    ).exec(mail?.parsed.text ?? '');
    expect(link?.[1]).toBe(tokens.secretOf(notification.payload['tokenId']));
    const secret = link?.[1] ?? '';

    // a weak password is refused at the field and leaves the link usable
    const weak = await confirm(secret, 'Yusuf Demir 2026!');
    expect(weak.statusCode).toBe(422);
    expect(weak.json<ApiErrorBody>()).toEqual({
      code: 'WEAK_PASSWORD',
      message: expect.any(String),
      details: { newPassword: ['CONTAINS_PERSONAL_DATA'] },
    });

    expect((await confirm(secret, NEW_PASSWORD)).statusCode).toBe(204);
    for (const session of [phone, laptop]) {
      const after = await app.inject({
        method: 'GET',
        url: AUTH_ROUTES.session,
        headers: session.headers(),
      });
      expect(after.statusCode).toBe(401);
    }
    expect((await signIn(email, PASSWORD)).statusCode).toBe(401);
    // the three failures were forgotten: two more wrong ones do not lock the address
    for (let i = 0; i < 2; i++)
      expect((await signIn(email, `wrong-again-${i}`)).statusCode).toBe(401);
    expect((await signIn(email, NEW_PASSWORD)).statusCode).toBe(200);

    expect((await notificationsOf(user.id)).map((n) => n.type)).toEqual([
      'password-reset',
      'password-changed',
    ]);
    const audit: { action: string; actor_id: string }[] = await db.query(
      `SELECT action, actor_id FROM audit_event WHERE subject_id = $1`,
      [user.id],
    );
    expect(audit).toEqual([{ action: 'account.password-reset', actor_id: user.id }]);

    const reused = await confirm(secret, 'Noch ein neues Passwort 7');
    expect(reused.statusCode).toBe(400);
    expect(reused.json<ApiErrorBody>().code).toBe('TOKEN_INVALID');
  });

  it('verifies the address of an unverified account (the mail proved it) and lets it sign in', async () => {
    const user = await createUserAccount(db, { password: PASSWORD, emailVerifiedAt: null });
    expect((await signIn(emailOf(user), PASSWORD)).json<ApiErrorBody>().code).toBe(
      'EMAIL_NOT_VERIFIED',
    );
    await requestReset(emailOf(user));
    expect(
      (await confirm(tokens.secretOf(await resetTokenOf(user.id)), NEW_PASSWORD)).statusCode,
    ).toBe(204);
    const stored = await db.getRepository(UserAccount).findOneByOrFail({ id: user.id });
    expect(stored.emailVerifiedAt).toBeInstanceOf(Date);
    expect((await signIn(emailOf(user), NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('answers 202 without a mail for unknown, inactive and password-less addresses; invited accounts get one', async () => {
    const inactive = await createUserAccount(db, { password: PASSWORD, isActive: false });
    const noPassword = await createUserAccount(db, {});
    const invited = await createUserAccount(db, {});
    await db.query(
      `INSERT INTO account_token (user_id, purpose, token_hash, expires_at)
       VALUES ($1, 'invitation', $2, now() - interval '1 day')`,
      [invited.id, randomUUID()],
    );
    const unknown = `nobody-${randomUUID()}@test.invalid`;
    for (const email of [unknown, emailOf(inactive), emailOf(noPassword), emailOf(invited)])
      expect((await requestReset(email)).statusCode).toBe(202);

    expect(await notificationsOf(inactive.id)).toEqual([]);
    expect(await notificationsOf(noPassword.id)).toEqual([]);
    expect((await notificationsOf(invited.id)).map((n) => n.type)).toEqual(['password-reset']);
    const forUnknown: unknown[] = await db.query(
      `SELECT n.id FROM notification n JOIN user_account u ON u.id = n.recipient_id WHERE u.email = $1`,
      [unknown],
    );
    expect(forUnknown).toEqual([]);
  });

  it('sends at most 3 reset mails per address and hour, still answering 202', async () => {
    const user = await createUserAccount(db, { password: PASSWORD });
    for (let i = 0; i < 5; i++) expect((await requestReset(emailOf(user))).statusCode).toBe(202);
    expect(await notificationsOf(user.id)).toHaveLength(3);
    // only the newest link works
    const rows = await notificationsOf(user.id);
    const first = await confirm(tokens.secretOf(rows[0].payload['tokenId']), NEW_PASSWORD);
    expect(first.json<ApiErrorBody>().code).toBe('TOKEN_INVALID');
  });

  it('answers 429 TOO_MANY_REQUESTS after 20 requests from one client address (reset and resend together)', async () => {
    const ip = nextIp();
    for (let i = 0; i < 20; i++) {
      const url =
        i % 2 === 0 ? ACCOUNT_ROUTES.requestPasswordReset : ACCOUNT_ROUTES.resendVerification;
      expect(
        (await post(url, { email: `spray-${i}-${randomUUID()}@test.invalid` }, ip)).statusCode,
      ).toBe(202);
    }
    for (const url of [ACCOUNT_ROUTES.requestPasswordReset, ACCOUNT_ROUTES.resendVerification]) {
      const limited = await post(url, { email: `spray-${randomUUID()}@test.invalid` }, ip);
      expect(limited.statusCode).toBe(429);
      expect(limited.json<ApiErrorBody>().code).toBe('TOO_MANY_REQUESTS');
      const retryAfter = Number(limited.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(14 * 60);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    }
    // another client is not affected
    expect((await requestReset(`other-${randomUUID()}@test.invalid`)).statusCode).toBe(202);
  });

  it('answers TOKEN_EXPIRED for an expired link and TOKEN_INVALID for a verification link', async () => {
    const user = await createUserAccount(db, { password: PASSWORD });
    await requestReset(emailOf(user));
    const tokenId = await resetTokenOf(user.id);
    await db.query(
      `UPDATE account_token SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [tokenId],
    );
    const expired = await confirm(tokens.secretOf(tokenId), NEW_PASSWORD);
    expect(expired.statusCode).toBe(400);
    expect(expired.json<ApiErrorBody>().code).toBe('TOKEN_EXPIRED');

    const verifyTokenId = await db.transaction((manager) =>
      tokens.issue(manager, user.id, 'verify-email', 60_000),
    );
    const wrongPurpose = await confirm(tokens.secretOf(verifyTokenId), NEW_PASSWORD);
    expect(wrongPurpose.json<ApiErrorBody>().code).toBe('TOKEN_INVALID');
    expect((await signIn(emailOf(user), PASSWORD)).statusCode).toBe(200);
  });

  it('a password change by the signed-in user sends the password-changed notice and records it', async () => {
    const user = await createUserAccount(db, { password: PASSWORD });
    const session = await signInForTest(app, emailOf(user), PASSWORD);
    const changed = await app.inject({
      method: 'POST',
      url: PROFILE_ROUTES.password,
      headers: session.headers(),
      payload: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(changed.statusCode).toBe(204);
    expect((await notificationsOf(user.id)).map((n) => [n.type, n.channel])).toEqual([
      ['password-changed', 'email'],
    ]);
    const audit: { action: string }[] = await db.query(
      `SELECT action FROM audit_event WHERE subject_id = $1`,
      [user.id],
    );
    expect(audit).toEqual([{ action: 'account.password-changed' }]);
    await waitUntil(() => sink.messages.some((m) => m.envelope.to.includes(emailOf(user))), {
      timeoutMs: 20_000,
      description: 'password-changed mail',
    });
  });

  it('stores failed sign-ins as hashes only (PostgreSQL store)', async () => {
    const user = await createUserAccount(db, { password: PASSWORD });
    const ip = nextIp();
    await post(AUTH_ROUTES.signIn, { email: emailOf(user), password: 'wrong' }, ip);
    const hash = createHash('sha256').update(emailOf(user)).digest('hex');
    expect(
      await db.query(`SELECT email_hash, ip FROM sign_in_attempt WHERE ip = $1`, [ip]),
    ).toEqual([{ email_hash: hash, ip }]);
  });

  it('answers 422 with field errors for bad input, never 500', async () => {
    const fieldsOf = (body: ApiErrorBody) => Object.keys(body.details as object).sort();
    for (const [url, payload, fields] of [
      [ACCOUNT_ROUTES.requestPasswordReset, {}, ['email']],
      [ACCOUNT_ROUTES.requestPasswordReset, { email: ['a@b.de'] }, ['email']],
      [ACCOUNT_ROUTES.confirmPasswordReset, {}, ['newPassword', 'token']],
      [
        ACCOUNT_ROUTES.confirmPasswordReset,
        { token: '', newPassword: 'x'.repeat(2000) },
        ['newPassword', 'token'],
      ],
      [
        ACCOUNT_ROUTES.confirmPasswordReset,
        { token: 'abc', newPassword: NEW_PASSWORD, email: 'x' },
        ['email'],
      ],
    ] as const) {
      const response = await post(url, payload);
      expect(response.statusCode).toBe(422);
      expect(response.json<ApiErrorBody>().code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(response.json<ApiErrorBody>())).toEqual(fields);
    }
    const garbage = await confirm('not-a-real-token', NEW_PASSWORD);
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json<ApiErrorBody>().code).toBe('TOKEN_INVALID');
  });
});
