import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createIsolatedSchema,
  createTestApp,
  createUserAccount,
  signInForTest,
  startSmtpSink,
  waitUntil,
  type IsolatedSchema,
  type SmtpSink,
  type TestSession,
} from '@zusammen/api/testing';
import {
  NOTIFICATION_ROUTES,
  type ApiErrorBody,
  type NotificationPreferencesResponse,
} from '@zusammen/shared/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NotificationInboxService } from '../inbox/notification-inbox.service';
import { NotificationOutbox } from '../outbox/notification-outbox';
import {
  NOTIFICATION_HTTP_TABLES,
  notificationHttpTestEnv,
  notificationHttpTestImports,
} from '../testing/notification-http-test-app';
import { readNotification } from '../testing/outbox-test-harness';

const PASSWORD = 'Glocke-Borken-2026';
const ALL_ON = { sponsorship: true, events: true, bikes: true };

/**
 * GET/PUT /api/me/notification-preferences and how the outbox honours them: stored as opt-outs on the account;
 * account mails go by email whatever the switches say; no address → in the app only (never dropped).
 */
describe('notification preferences (integration)', () => {
  let sink: SmtpSink;
  let schema: IsolatedSchema;
  let app: NestFastifyApplication;
  let db: DataSource;
  let outbox: NotificationOutbox;

  beforeAll(async () => {
    sink = await startSmtpSink();
    schema = await createIsolatedSchema('prefs', NOTIFICATION_HTTP_TABLES);
    app = await createTestApp({
      imports: notificationHttpTestImports(),
      env: notificationHttpTestEnv(schema.url, sink.url),
    });
    db = app.get(DataSource);
    outbox = app.get(NotificationOutbox);
  });

  afterAll(async () => {
    await app?.close();
    await schema?.drop();
    await sink?.close();
  });

  async function userWithSession(): Promise<{ id: string; email: string; session: TestSession }> {
    const email = `prefs-${randomUUID()}@test.invalid`;
    const user = await createUserAccount(db, { email, password: PASSWORD, roles: ['volunteer'] });
    return { id: user.id, email, session: await signInForTest(app, email, PASSWORD) };
  }

  const get = (session?: TestSession) =>
    app.inject({
      method: 'GET',
      url: NOTIFICATION_ROUTES.preferences,
      headers: session?.headers(),
    });
  const put = (payload: unknown, session?: TestSession, csrf = true) =>
    app.inject({
      method: 'PUT',
      url: NOTIFICATION_ROUTES.preferences,
      headers: session?.headers({ csrf }),
      payload: payload as object,
    });

  async function optOuts(userId: string): Promise<string[]> {
    const [row] = await db.query(
      `SELECT notification_email_opt_outs AS opt_outs FROM user_account WHERE id = $1`,
      [userId],
    );
    return row.opt_outs;
  }

  it('starts with every category on and says the account has an address', async () => {
    const me = await userWithSession();
    const response = await get(me.session);

    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json<NotificationPreferencesResponse>()).toEqual({
      email: ALL_ON,
      hasEmail: true,
    });
  });

  it('changes only the switches sent, stores them as opt-outs and answers the new state', async () => {
    const me = await userWithSession();

    const off = await put({ email: { events: false, bikes: false } }, me.session);
    expect(off.statusCode).toBe(200);
    expect(off.json<NotificationPreferencesResponse>()).toEqual({
      email: { sponsorship: true, events: false, bikes: false },
      hasEmail: true,
    });
    expect(await optOuts(me.id)).toEqual(['bikes', 'events']);

    // switching one back on, and one that is already off again, keeps the rest
    const on = await put({ email: { bikes: true, events: false } }, me.session);
    expect(on.json<NotificationPreferencesResponse>().email).toEqual({
      sponsorship: true,
      events: false,
      bikes: true,
    });
    expect(await optOuts(me.id)).toEqual(['events']);

    const nothing = await put({ email: {} }, me.session);
    expect(nothing.statusCode).toBe(200);
    expect((await get(me.session)).json<NotificationPreferencesResponse>().email).toEqual({
      sponsorship: true,
      events: false,
      bikes: true,
    });
  });

  it('rejects unknown categories, values that are not true/false and a missing map with 422', async () => {
    const me = await userWithSession();
    await put({ email: { sponsorship: false } }, me.session);
    const bad: [unknown, string][] = [
      [{ email: { newsletter: false } }, 'email.newsletter'],
      [{ email: { account: false } }, 'email.account'],
      [{ email: { events: 'false' } }, 'email.events'],
      [{ email: { events: null } }, 'email.events'],
      [{ email: { bikes: 0 } }, 'email.bikes'],
      [{ email: [false] }, 'email'],
      [{ email: 'off' }, 'email'],
      [{}, 'email'],
      [{ email: { events: false }, sms: { events: true } }, 'sms'],
    ];
    for (const [payload, field] of bad) {
      const response = await put(payload, me.session);
      expect({ payload, status: response.statusCode }).toEqual({ payload, status: 422 });
      const body = response.json<ApiErrorBody>();
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(body.details as object)).toContain(field);
    }
    expect(await optOuts(me.id)).toEqual(['sponsorship']);
  });

  it('needs a session, and the CSRF token to change anything', async () => {
    const me = await userWithSession();

    expect((await get()).statusCode).toBe(401);
    expect((await put({ email: { events: false } })).statusCode).toBe(401);
    const withoutCsrf = await put({ email: { events: false } }, me.session, false);
    expect(withoutCsrf.statusCode).toBe(403);
    expect(withoutCsrf.json<ApiErrorBody>().code).toBe('CSRF_TOKEN_INVALID');
    expect(await optOuts(me.id)).toEqual([]);
  });

  it('says hasEmail false once the account has no address', async () => {
    const me = await userWithSession();
    await db.query(`UPDATE user_account SET email = NULL WHERE id = $1`, [me.id]);

    expect((await get(me.session)).json<NotificationPreferencesResponse>()).toEqual({
      email: ALL_ON,
      hasEmail: false,
    });
  });

  it('sends an account mail by email even when every optional category is off', async () => {
    const me = await userWithSession();
    await put({ email: { sponsorship: false, events: false, bikes: false } }, me.session);
    const { id } = await db.transaction((manager) =>
      outbox.add(manager, {
        type: 'password-changed',
        recipientId: me.id,
        payload: {},
        idempotencyKey: `prefs-test/${randomUUID()}`,
        channel: 'email',
      }),
    );

    expect((await readNotification(db, id))?.channel).toBe('email');
    await waitUntil(() => sink.messages.some((m) => m.envelope.to.includes(me.email)));
    expect(await readNotification(db, id)).toMatchObject({ channel: 'email' });
  });

  it('keeps an email for a person without an address as an in-app notification in their list', async () => {
    const resident = await createUserAccount(db, { email: null });
    const { id } = await db.transaction((manager) =>
      outbox.add(manager, {
        type: 'password-changed',
        recipientId: resident.id,
        payload: {},
        idempotencyKey: `prefs-test/${randomUUID()}`,
        channel: 'email',
      }),
    );

    expect((await readNotification(db, id))?.channel).toBe('in_app');
    await waitUntil(async () => (await readNotification(db, id))?.status === 'sent');
    const list = await app.get(NotificationInboxService).list(resident.id, {});
    expect(list.items.map((item) => [item.id, item.channel])).toEqual([[id, 'in_app']]);
  });
});
