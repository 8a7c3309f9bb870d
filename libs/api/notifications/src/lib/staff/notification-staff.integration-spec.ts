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
  type NotificationHealthResponse,
  type NotificationProblemItem,
  type Role,
} from '@zusammen/shared/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NotificationOutbox } from '../outbox/notification-outbox';
import {
  NOTIFICATION_HTTP_TABLES,
  notificationHttpTestEnv,
  notificationHttpTestImports,
} from '../testing/notification-http-test-app';
import { readNotification, sleep } from '../testing/outbox-test-harness';

const PASSWORD = 'Werkstatt-Borken-2026';

describe('staff notification view (integration, embedded relay, SMTP sink)', () => {
  let sink: SmtpSink;
  let schema: IsolatedSchema;
  let app: NestFastifyApplication;
  let db: DataSource;
  let outbox: NotificationOutbox;

  beforeAll(async () => {
    sink = await startSmtpSink();
    schema = await createIsolatedSchema('staff', NOTIFICATION_HTTP_TABLES);
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

  async function signedIn(role: Role, locale: 'de' | 'uk' = 'de') {
    const email = `staff-view-${role}-${randomUUID()}@test.invalid`;
    const user = await createUserAccount(db, { email, password: PASSWORD, roles: [role], locale });
    return { id: user.id, email, session: await signInForTest(app, email, PASSWORD) };
  }

  /** A pending email notification due in an hour (the relay leaves it alone). */
  async function addLater(recipientId: string): Promise<string> {
    const { id } = await db.transaction((manager) =>
      outbox.add(manager, {
        type: 'mail-check',
        recipientId,
        payload: { requestedById: recipientId },
        idempotencyKey: `staff-test/${randomUUID()}`,
        deliverAfter: new Date(Date.now() + 3_600_000),
      }),
    );
    return id;
  }

  const get = (url: string, session?: TestSession) =>
    app.inject({ method: 'GET', url, headers: session?.headers() });
  const post = (url: string, session?: TestSession, csrf = true) =>
    app.inject({ method: 'POST', url, headers: session?.headers({ csrf }) });

  it('mail check: 202 with the same id on a double click, one mail in the staff member’s language', async () => {
    const staff = await signedIn('staff', 'uk');
    const first = await post(NOTIFICATION_ROUTES.staffMailCheck, staff.session);
    const second = await post(NOTIFICATION_ROUTES.staffMailCheck, staff.session);
    expect(first.statusCode).toBe(202);
    expect(second.statusCode).toBe(202);
    const { id } = first.json<{ id: string }>();
    expect(second.json<{ id: string }>().id).toBe(id);

    await waitUntil(async () => (await readNotification(db, id))?.status === 'sent');
    await sleep(300);
    const mails = sink.messages.filter((m) => m.parsed.messageId?.includes(id));
    expect(mails).toHaveLength(1);
    expect(mails[0].envelope.to).toEqual([staff.email]);
    expect(mails[0].parsed.subject).toBe('Тестове повідомлення: ваша електронна адреса працює');
  });

  it('lists a failed notification, retries it until sent, and refuses a second retry with 409', async () => {
    const staff = await signedIn('staff');
    const resident = await signedIn('resident');
    const id = await addLater(resident.id);
    await db.query(
      `UPDATE notification SET status = 'failed', attempts = 5, last_error = 'SMTP 550 mailbox unavailable'
        WHERE id = $1`,
      [id],
    );

    const problems = await get(NOTIFICATION_ROUTES.staffProblems, staff.session);
    expect(problems.statusCode).toBe(200);
    expect(problems.json<NotificationProblemItem[]>()).toContainEqual({
      id,
      type: 'mail-check',
      channel: 'email',
      recipientId: resident.id,
      status: 'failed',
      attempts: 5,
      lastError: 'SMTP 550 mailbox unavailable',
      deliverAt: expect.any(String),
      createdAt: expect.any(String),
    });

    const retry = await post(`${NOTIFICATION_ROUTES.staffProblems}/${id}/retry`, staff.session);
    expect(retry.statusCode).toBe(204);
    await waitUntil(async () => (await readNotification(db, id))?.status === 'sent');
    expect(sink.messages.filter((m) => m.parsed.messageId?.includes(id))).toHaveLength(1);

    const again = await post(`${NOTIFICATION_ROUTES.staffProblems}/${id}/retry`, staff.session);
    expect(again.statusCode).toBe(409);
    expect(again.json<ApiErrorBody>()).toEqual({
      code: 'NOTIFICATION_STATE_CHANGED',
      message: expect.any(String),
      details: { status: 'sent' },
    });
  });

  it('cancels a pending notification once (then 409), and answers 404 for unknown ids', async () => {
    const admin = await signedIn('admin');
    const resident = await signedIn('resident');
    const id = await addLater(resident.id);
    const url = `${NOTIFICATION_ROUTES.staffProblems}/${id}/cancel`;
    expect((await post(url, admin.session)).statusCode).toBe(204);
    expect((await readNotification(db, id))?.status).toBe('cancelled');
    const again = await post(url, admin.session);
    expect(again.statusCode).toBe(409);
    expect(again.json<ApiErrorBody>().code).toBe('NOTIFICATION_STATE_CHANGED');

    for (const action of ['retry', 'cancel']) {
      const unknown = await post(
        `${NOTIFICATION_ROUTES.staffProblems}/${randomUUID()}/${action}`,
        admin.session,
      );
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json<ApiErrorBody>().code).toBe('NOTIFICATION_NOT_FOUND');
    }
  });

  it('reports queue and outbox health', async () => {
    const staff = await signedIn('staff');
    const response = await get(NOTIFICATION_ROUTES.staffHealth, staff.session);
    expect(response.statusCode).toBe(200);
    const body = response.json<NotificationHealthResponse>();
    expect(Object.keys(body.queue).sort()).toEqual(['active', 'delayed', 'failed', 'waiting']);
    expect(Object.keys(body.outbox).sort()).toEqual([
      'cancelled',
      'failed',
      'pending',
      'queued',
      'sent',
    ]);
    const [{ sent }] = await db.query(
      `SELECT count(*)::int AS sent FROM notification WHERE status = 'sent'`,
    );
    expect(body.outbox.sent).toBe(sent);
  });

  it('401 anonymous, 403 for residents, 403 without the CSRF header', async () => {
    const resident = await signedIn('resident');
    const staff = await signedIn('staff');
    const id = await addLater(resident.id);
    const routes: ['GET' | 'POST', string][] = [
      ['GET', NOTIFICATION_ROUTES.staffProblems],
      ['GET', NOTIFICATION_ROUTES.staffHealth],
      ['POST', NOTIFICATION_ROUTES.staffMailCheck],
      ['POST', `${NOTIFICATION_ROUTES.staffProblems}/${id}/retry`],
      ['POST', `${NOTIFICATION_ROUTES.staffProblems}/${id}/cancel`],
    ];
    for (const [method, url] of routes) {
      expect((await app.inject({ method, url })).statusCode).toBe(401);
      const asResident = await app.inject({ method, url, headers: resident.session.headers() });
      expect(asResident.statusCode).toBe(403);
    }
    const noCsrf = await post(
      `${NOTIFICATION_ROUTES.staffProblems}/${id}/cancel`,
      staff.session,
      false,
    );
    expect(noCsrf.statusCode).toBe(403);
    expect((await readNotification(db, id))?.status).toBe('pending');
  });
});
