import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createIsolatedSchema,
  createTestApp,
  createUserAccount,
  signInForTest,
  startSmtpSink,
  type IsolatedSchema,
  type SmtpSink,
  type TestSession,
} from '@zusammen/api/testing';
import {
  NOTIFICATION_ROUTES,
  type ApiErrorBody,
  type NotificationListResponse,
  type UnreadCountResponse,
} from '@zusammen/shared/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NotificationOutbox } from '../outbox/notification-outbox';
import {
  NOTIFICATION_HTTP_TABLES,
  notificationHttpTestEnv,
  notificationHttpTestImports,
} from '../testing/notification-http-test-app';

const PASSWORD = 'Glocke-Borken-2026';

describe('own notifications: list, unread count, read (integration)', () => {
  let sink: SmtpSink;
  let schema: IsolatedSchema;
  let app: NestFastifyApplication;
  let db: DataSource;
  let outbox: NotificationOutbox;

  beforeAll(async () => {
    sink = await startSmtpSink();
    schema = await createIsolatedSchema('inbox', NOTIFICATION_HTTP_TABLES);
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

  async function userWithSession(): Promise<{ id: string; session: TestSession }> {
    const email = `inbox-${randomUUID()}@test.invalid`;
    const user = await createUserAccount(db, { email, password: PASSWORD, roles: ['resident'] });
    return { id: user.id, session: await signInForTest(app, email, PASSWORD) };
  }

  /** `count` in-app notifications in one transaction (one created_at: the id breaks the tie). */
  async function addNotifications(recipientId: string, count: number): Promise<string[]> {
    return db.transaction(async (manager) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i += 1) {
        const { id } = await outbox.add(manager, {
          type: 'mail-check',
          recipientId,
          payload: { requestedById: recipientId },
          idempotencyKey: `inbox-test/${randomUUID()}`,
          channel: 'in_app',
        });
        ids.push(id);
      }
      return ids;
    });
  }

  const get = (url: string, session?: TestSession) =>
    app.inject({ method: 'GET', url, headers: session?.headers() });
  const post = (url: string, session?: TestSession, csrf = true) =>
    app.inject({ method: 'POST', url, headers: session?.headers({ csrf }) });

  it('pages through only the own, non-cancelled notifications, newest first, without gaps or repeats', async () => {
    const me = await userWithSession();
    const other = await userWithSession();
    const older = await addNotifications(me.id, 2);
    const newer = await addNotifications(me.id, 3);
    const [cancelled] = await addNotifications(me.id, 1);
    await db.query(`UPDATE notification SET status = 'cancelled' WHERE id = $1`, [cancelled]);
    await addNotifications(other.id, 2);

    const expected: { id: string }[] = await db.query(
      `SELECT id FROM notification WHERE recipient_id = $1 AND status <> 'cancelled'
        ORDER BY created_at DESC, id DESC`,
      [me.id],
    );
    expect(expected.map((r) => r.id).sort()).toEqual([...older, ...newer].sort());

    const seen: string[] = [];
    const pageSizes: number[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const response = await get(`${NOTIFICATION_ROUTES.mine}${query}`, me.session);
      expect(response.statusCode).toBe(200);
      const body = response.json<NotificationListResponse>();
      pageSizes.push(body.items.length);
      seen.push(...body.items.map((item) => item.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(pageSizes).toEqual([2, 2, 1]);
    expect(seen).toEqual(expected.map((r) => r.id));

    const first = (
      await get(NOTIFICATION_ROUTES.mine, me.session)
    ).json<NotificationListResponse>();
    expect(first.nextCursor).toBeNull();
    expect(first.items[0]).toEqual({
      id: expect.any(String),
      type: 'mail-check',
      channel: 'in_app',
      status: expect.stringMatching(/^(pending|queued|sent)$/),
      deliverAt: expect.any(String),
      createdAt: expect.any(String),
      readAt: null,
    });
  });

  it('rejects a bad limit or cursor with 422', async () => {
    const me = await userWithSession();
    for (const query of ['?limit=0', '?limit=51', '?limit=abc', '?cursor=nope', '?extra=1']) {
      const response = await get(`${NOTIFICATION_ROUTES.mine}${query}`, me.session);
      expect(response.statusCode).toBe(422);
      expect(response.json<ApiErrorBody>().code).toBe('VALIDATION_FAILED');
    }
  });

  it('counts unread, marks one read idempotently and all read', async () => {
    const me = await userWithSession();
    const [a, b, c] = await addNotifications(me.id, 3);
    const unread = async () =>
      (await get(NOTIFICATION_ROUTES.unreadCount, me.session)).json<UnreadCountResponse>().unread;
    expect(await unread()).toBe(3);

    expect((await post(`${NOTIFICATION_ROUTES.mine}/${a}/read`, me.session)).statusCode).toBe(204);
    const [{ read_at: firstRead }] = await db.query(
      `SELECT read_at FROM notification WHERE id = $1`,
      [a],
    );
    expect(firstRead).toBeInstanceOf(Date);
    expect((await post(`${NOTIFICATION_ROUTES.mine}/${a}/read`, me.session)).statusCode).toBe(204);
    const [{ read_at: secondRead }] = await db.query(
      `SELECT read_at FROM notification WHERE id = $1`,
      [a],
    );
    expect(secondRead).toEqual(firstRead);
    expect(await unread()).toBe(2);

    const list = (await get(NOTIFICATION_ROUTES.mine, me.session)).json<NotificationListResponse>();
    expect(list.items.find((item) => item.id === a)?.readAt).toBe(
      (firstRead as Date).toISOString(),
    );

    expect((await post(NOTIFICATION_ROUTES.readAll, me.session)).statusCode).toBe(204);
    expect(await unread()).toBe(0);
    const rows: { id: string }[] = await db.query(
      `SELECT id FROM notification WHERE id = ANY($1) AND read_at IS NOT NULL`,
      [[b, c]],
    );
    expect(rows).toHaveLength(2);
  });

  it('answers 404 for another user’s notification and leaves it unread', async () => {
    const me = await userWithSession();
    const other = await userWithSession();
    const [theirs] = await addNotifications(other.id, 1);
    const response = await post(`${NOTIFICATION_ROUTES.mine}/${theirs}/read`, me.session);
    expect(response.statusCode).toBe(404);
    expect(response.json<ApiErrorBody>().code).toBe('NOTIFICATION_NOT_FOUND');
    const [{ read_at }] = await db.query(`SELECT read_at FROM notification WHERE id = $1`, [
      theirs,
    ]);
    expect(read_at).toBeNull();
    expect(
      (await post(`${NOTIFICATION_ROUTES.mine}/${randomUUID()}/read`, me.session)).statusCode,
    ).toBe(404);
    expect((await post(`${NOTIFICATION_ROUTES.mine}/not-a-uuid/read`, me.session)).statusCode).toBe(
      422,
    );
  });

  it('401 for anonymous callers, 403 without the CSRF header', async () => {
    expect((await get(NOTIFICATION_ROUTES.mine)).statusCode).toBe(401);
    expect((await get(NOTIFICATION_ROUTES.unreadCount)).statusCode).toBe(401);
    expect((await post(NOTIFICATION_ROUTES.readAll)).statusCode).toBe(401);
    const me = await userWithSession();
    const [mine] = await addNotifications(me.id, 1);
    const noCsrf = await post(`${NOTIFICATION_ROUTES.mine}/${mine}/read`, me.session, false);
    expect(noCsrf.statusCode).toBe(403);
    expect((await post(NOTIFICATION_ROUTES.readAll, me.session, false)).statusCode).toBe(403);
    const [{ read_at }] = await db.query(`SELECT read_at FROM notification WHERE id = $1`, [mine]);
    expect(read_at).toBeNull();
  });
  it('shows a scheduled reminder only once it is due', async () => {
    const { id: userId, session } = await userWithSession();
    const [due] = await addNotifications(userId, 1);
    await db.transaction((manager) =>
      outbox.add(manager, {
        type: 'mail-check',
        recipientId: userId,
        payload: { requestedById: userId },
        idempotencyKey: `inbox-test/later/${randomUUID()}`,
        channel: 'in_app',
        deliverAfter: new Date(Date.now() + 3_600_000),
      }),
    );
    const list = (await get(NOTIFICATION_ROUTES.mine, session)).json<NotificationListResponse>();
    expect(list.items.map((item) => item.id)).toEqual([due]);
    const count = (await get(NOTIFICATION_ROUTES.unreadCount, session)).json<UnreadCountResponse>();
    expect(count.unread).toBe(1);
  });
});
