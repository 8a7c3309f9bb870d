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
  type ApiErrorBody,
  type SignUpRequest,
  type VerifyEmailResponse,
} from '@zusammen/shared/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';

const PUBLIC_URL = 'http://zusammenleben.test:3000';
const PASSWORD = 'Radtour an der Aa 2026';
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
  id: string;
  type: string;
  channel: string;
  locale: string;
  recipient_id: string;
  payload: Record<string, string>;
}

describe('sign-up and email verification (integration, embedded relay, SMTP sink)', () => {
  let sink: SmtpSink;
  let schema: IsolatedSchema;
  let app: NestFastifyApplication;
  let db: DataSource;
  let tokens: AccountTokens;

  beforeAll(async () => {
    sink = await startSmtpSink();
    schema = await createIsolatedSchema('sign_up', TABLES);
    app = await createTestApp({
      imports: [AppModule],
      env: {
        DATABASE_URL: schema.url,
        REDIS_URL: undefined,
        SMTP_URL: sink.url,
        PUBLIC_URL,
      },
    });
    db = app.get(DataSource);
    tokens = app.get(AccountTokens);
  });

  afterAll(async () => {
    await app?.close();
    await schema?.drop();
    await sink?.close();
  });

  const newEmail = (): string => `sign-up-${randomUUID()}@test.invalid`;
  const request = (overrides: Partial<SignUpRequest> = {}): SignUpRequest => ({
    email: newEmail(),
    displayName: 'Amira Haddad',
    password: PASSWORD,
    locale: 'ar',
    roles: ['volunteer'],
    acceptPrivacyNotice: true,
    ...overrides,
  });
  const post = (url: string, payload: object, headers?: Record<string, string>) =>
    app.inject({ method: 'POST', url, payload, headers });
  const signIn = (email: string, password = PASSWORD) =>
    post(AUTH_ROUTES.signIn, { email, password });
  const notificationsOf = async (userId: string): Promise<NotificationRow[]> =>
    db.query(
      `SELECT id, type, channel, locale, recipient_id, payload FROM notification
        WHERE recipient_id = $1 ORDER BY created_at`,
      [userId],
    );
  const accountOf = (email: string) =>
    db.getRepository(UserAccount).findOneBy({ email: email.toLowerCase() });
  const auditActions = async (userId: string): Promise<string[]> =>
    (
      (await db.query(`SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY occurred_at`, [
        userId,
      ])) as { action: string }[]
    ).map((row) => row.action);

  it('signs up, mails the link, refuses sign-in until the address is verified, then signs in', async () => {
    const body = request({ email: `  Neu.${randomUUID()}@Test.Invalid ` });
    const email = body.email.trim().toLowerCase();
    const response = await post(ACCOUNT_ROUTES.signUp, body);
    expect(response.statusCode).toBe(202);
    expect(response.body).toBe('');

    const account = await accountOf(email);
    expect(account).toMatchObject({
      email,
      displayName: 'Amira Haddad',
      roles: ['volunteer'],
      locale: 'ar',
      isActive: true,
      emailVerifiedAt: null,
      lastSignInAt: null,
    });
    const userId = account?.id ?? '';
    const [notification] = await notificationsOf(userId);
    expect(notification).toMatchObject({
      type: 'email-verification',
      channel: 'email',
      locale: 'ar',
    });
    expect(await auditActions(userId)).toEqual(['account.signed-up']);

    // the right password on an unverified address: 403; a wrong one: the usual 401
    const early = await signIn(email);
    expect(early.statusCode).toBe(403);
    expect(early.json<ApiErrorBody>().code).toBe('EMAIL_NOT_VERIFIED');
    expect(early.headers['set-cookie']).toBeUndefined();
    expect((await signIn(email, 'Falsches Passwort 1')).json<ApiErrorBody>().code).toBe(
      'INVALID_CREDENTIALS',
    );

    // the mail: link to the web page with the secret in the fragment
    await waitUntil(() => sink.messages.some((m) => m.envelope.to.includes(email)), {
      timeoutMs: 20_000,
      description: 'verification mail',
    });
    const mail = sink.messages.find((m) => m.envelope.to.includes(email));
    const link = new RegExp(
      `${PUBLIC_URL.replace(/[.:/]/g, '\\$&')}${ACCOUNT_PAGES.verifyEmail}#token=([A-Za-z0-9_-]+)`,
    ).exec(mail?.parsed.text ?? '');
    expect(link?.[1]).toBe(tokens.secretOf(notification.payload['tokenId']));
    const secret = link?.[1] ?? '';

    const verified = await post(ACCOUNT_ROUTES.verifyEmail, { token: secret });
    expect(verified.statusCode).toBe(200);
    expect(verified.json<VerifyEmailResponse>()).toEqual({ email });
    expect((await accountOf(email))?.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await auditActions(userId)).toEqual(['account.signed-up', 'account.email-verified']);

    const session = await signInForTest(app, email, PASSWORD);
    expect(session.body.user).toMatchObject({ id: userId, roles: ['volunteer'], locale: 'ar' });
    expect((await accountOf(email))?.lastSignInAt).toBeInstanceOf(Date);

    // the link works once
    const again = await post(ACCOUNT_ROUTES.verifyEmail, { token: secret });
    expect(again.statusCode).toBe(400);
    expect(again.json<ApiErrorBody>().code).toBe('TOKEN_INVALID');
  });

  it('answers a known address alike, leaves the account as it is and mails its owner a hint', async () => {
    const existing = await createUserAccount(db, { displayName: 'Lena Vogel', password: PASSWORD });
    const email = existing.email ?? '';
    const before = await db.query(`SELECT * FROM user_account WHERE id = $1`, [existing.id]);

    const fresh = await post(ACCOUNT_ROUTES.signUp, request());
    const known = await post(
      ACCOUNT_ROUTES.signUp,
      request({
        email: email.toUpperCase(),
        displayName: 'Someone Else',
        password: 'Ein ganz anderes Passwort',
      }),
    );
    expect(known.statusCode).toBe(fresh.statusCode);
    expect(known.body).toBe(fresh.body);
    expect(known.headers['content-type']).toBe(fresh.headers['content-type']);

    expect(await db.query(`SELECT * FROM user_account WHERE id = $1`, [existing.id])).toEqual(
      before,
    );
    expect(
      await db.query(`SELECT count(*)::int AS n FROM user_account WHERE email = $1`, [email]),
    ).toEqual([{ n: 1 }]);
    const rows = await notificationsOf(existing.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: 'account-exists', channel: 'email', payload: {} });
    expect(await auditActions(existing.id)).toEqual([]);
    // the owner can still sign in with the old password
    expect((await signIn(email)).statusCode).toBe(200);
  });

  it('turns parallel sign-ups of one address into one account and hints for the others, never a 500', async () => {
    const email = newEmail();
    const responses = await Promise.all(
      [0, 1, 2].map(() => post(ACCOUNT_ROUTES.signUp, request({ email }))),
    );
    expect(responses.map((r) => r.statusCode)).toEqual([202, 202, 202]);
    const accounts: { id: string }[] = await db.query(
      `SELECT id FROM user_account WHERE email = $1`,
      [email],
    );
    expect(accounts).toHaveLength(1);
    const types = (await notificationsOf(accounts[0].id)).map((n) => n.type).sort();
    expect(types).toEqual(['account-exists', 'account-exists', 'email-verification']);
  });

  it('answers TOKEN_EXPIRED for an expired link and TOKEN_INVALID for an unknown one', async () => {
    const email = newEmail();
    await post(ACCOUNT_ROUTES.signUp, request({ email }));
    const account = await accountOf(email);
    const [notification] = await notificationsOf(account?.id ?? '');
    const tokenId = notification.payload['tokenId'];
    await db.query(
      `UPDATE account_token SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [tokenId],
    );
    const expired = await post(ACCOUNT_ROUTES.verifyEmail, { token: tokens.secretOf(tokenId) });
    expect(expired.statusCode).toBe(400);
    expect(expired.json<ApiErrorBody>().code).toBe('TOKEN_EXPIRED');
    const unknown = await post(ACCOUNT_ROUTES.verifyEmail, {
      token: tokens.secretOf(randomUUID()),
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<ApiErrorBody>().code).toBe('TOKEN_INVALID');
    expect((await accountOf(email))?.emailVerifiedAt).toBeNull();
  });

  it('resends a new link (the old one stops working) only to an unverified address, answering 202 always', async () => {
    const email = newEmail();
    await post(ACCOUNT_ROUTES.signUp, request({ email }));
    const userId = (await accountOf(email))?.id ?? '';
    const resend = (address: string) => post(ACCOUNT_ROUTES.resendVerification, { email: address });

    expect((await resend(` ${email.toUpperCase()}`)).statusCode).toBe(202);
    const [first, second] = await notificationsOf(userId);
    expect(second).toMatchObject({ type: 'email-verification' });
    expect(second.payload['tokenId']).not.toBe(first.payload['tokenId']);
    const old = await post(ACCOUNT_ROUTES.verifyEmail, {
      token: tokens.secretOf(first.payload['tokenId']),
    });
    expect(old.json<ApiErrorBody>().code).toBe('TOKEN_INVALID');
    expect(
      (
        await post(ACCOUNT_ROUTES.verifyEmail, {
          token: tokens.secretOf(second.payload['tokenId']),
        })
      ).statusCode,
    ).toBe(200);

    // verified now, an unknown address, a verified demo-like account: 202 and no mail
    const verified = await createUserAccount(db, { password: PASSWORD });
    for (const address of [email, newEmail(), verified.email ?? ''])
      expect((await resend(address)).statusCode).toBe(202);
    expect(await notificationsOf(userId)).toHaveLength(2);
    expect(await notificationsOf(verified.id)).toHaveLength(0);
  });

  it('accepts a sign-up from a browser that is signed in elsewhere without the CSRF header', async () => {
    const user = await createUserAccount(db, { password: PASSWORD });
    const session = await signInForTest(app, user.email ?? '', PASSWORD);
    const response = await post(ACCOUNT_ROUTES.signUp, request(), session.headers({ csrf: false }));
    expect(response.statusCode).toBe(202);
  });

  it('answers 422 with field errors for bad input on every route, never 500', async () => {
    const fieldsOf = (body: ApiErrorBody) => Object.keys(body.details as object).sort();
    const bad = await post(ACCOUNT_ROUTES.signUp, {
      email: 'not-an-email',
      displayName: '   ',
      password: 42,
      locale: 'xx',
      roles: ['staff'],
      acceptPrivacyNotice: false,
      isAdmin: true,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<ApiErrorBody>().code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(bad.json<ApiErrorBody>())).toEqual([
      'acceptPrivacyNotice',
      'displayName',
      'email',
      'isAdmin',
      'locale',
      'password',
      'roles',
    ]);
    for (const payload of [
      request({ roles: [] }),
      request({ roles: ['volunteer', 'volunteer'] }),
      { ...request(), acceptPrivacyNotice: 'yes' },
      { ...request(), roles: 'volunteer' },
      { ...request(), displayName: 'x'.repeat(101) },
    ]) {
      const response = await post(ACCOUNT_ROUTES.signUp, payload);
      expect(response.statusCode).toBe(422);
    }
    expect((await post(ACCOUNT_ROUTES.signUp, {})).statusCode).toBe(422);

    const weak = await post(ACCOUNT_ROUTES.signUp, request({ password: 'password1234' }));
    expect(weak.statusCode).toBe(422);
    expect(weak.json<ApiErrorBody>()).toEqual({
      code: 'WEAK_PASSWORD',
      message: expect.any(String),
      details: { password: ['COMMON'] },
    });
    const personal = await post(
      ACCOUNT_ROUTES.signUp,
      request({ displayName: 'Amira Haddad', password: 'Haddad Haddad 2026!' }),
    );
    expect(personal.json<ApiErrorBody>().details).toEqual({ password: ['CONTAINS_PERSONAL_DATA'] });

    for (const [url, payload, fields] of [
      [ACCOUNT_ROUTES.verifyEmail, {}, ['token']],
      [ACCOUNT_ROUTES.verifyEmail, { token: 7 }, ['token']],
      [ACCOUNT_ROUTES.verifyEmail, { token: 'x'.repeat(300), extra: 1 }, ['extra', 'token']],
      [ACCOUNT_ROUTES.resendVerification, { email: 'nope' }, ['email']],
      [ACCOUNT_ROUTES.resendVerification, {}, ['email']],
    ] as const) {
      const response = await post(url, payload);
      expect(response.statusCode).toBe(422);
      expect(fieldsOf(response.json<ApiErrorBody>())).toEqual(fields);
    }
  });
});
