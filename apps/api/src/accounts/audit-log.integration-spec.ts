import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AuditLog } from '@zusammen/api/identity';
import {
  createSignedInUser,
  createTestApp,
  createUserAccount,
  uniqueSuffix,
  type UserAccountOverrides,
} from '@zusammen/api/testing';
import {
  ADMIN_USER_ROUTES,
  AUDIT_ROUTES,
  type ApiErrorBody,
  type AuditLogResponse,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';

const PASSWORD = 'Borken-Protokoll-2026';
const log = AUDIT_ROUTES.log;

describe('audit log view (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let staffHeaders: Record<string, string>;

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    staffHeaders = (await signedIn({ roles: ['staff'] })).headers;
  });

  afterAll(async () => {
    await app?.close();
  });

  const signedIn = (overrides: UserAccountOverrides = {}) =>
    createSignedInUser(app, { password: PASSWORD, ...overrides });

  const get = (query: string, headers = staffHeaders) =>
    app.inject({ method: 'GET', url: `${log}?${query}`, headers });

  /** Writes entries through the real AuditLog, one transaction each (so ids ascend in this order). */
  async function record(
    entries: { actorId: string | null; onBehalfOfId?: string; subjectId: string; action: string }[],
  ): Promise<void> {
    for (const entry of entries)
      await db.transaction((m) =>
        app.get(AuditLog).record(m, {
          ...entry,
          action: entry.action as 'user.viewed',
          subjectType: 'test_record',
          details: { n: 1 },
        }),
      );
  }

  it('filters by actor, subject and action, newest first, with names joined and pages by cursor', async () => {
    const actor = await createUserAccount(db, { displayName: 'Clara Staff', roles: ['staff'] });
    const resident = await createUserAccount(db, { displayName: 'Omid Rahimi', email: null });
    const subject = `rec-${uniqueSuffix()}`;
    await record([
      { actorId: actor.id, onBehalfOfId: resident.id, subjectId: subject, action: 'test.created' },
      { actorId: actor.id, subjectId: subject, action: 'test.viewed' },
      { actorId: null, subjectId: subject, action: 'test.expired' },
    ]);

    const all = await get(`subjectType=test_record&subjectId=${subject}`);
    expect(all.statusCode).toBe(200);
    const items = all.json<AuditLogResponse>().items;
    expect(items.map((e) => e.action)).toEqual(['test.expired', 'test.viewed', 'test.created']);
    expect(items[2]).toMatchObject({
      actor: { id: actor.id, displayName: 'Clara Staff' },
      onBehalfOf: { id: resident.id, displayName: 'Omid Rahimi' },
      subjectType: 'test_record',
      subjectId: subject,
      details: { n: 1 },
    });
    expect(items[0].actor).toBeNull();

    const byActor = await get(`actorId=${actor.id}&action=test.viewed`);
    expect(byActor.json<AuditLogResponse>().items.map((e) => e.subjectId)).toEqual([subject]);

    const first = (await get(`subjectId=${subject}&limit=2`)).json<AuditLogResponse>();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (
      await get(`subjectId=${subject}&limit=2&cursor=${first.nextCursor}`)
    ).json<AuditLogResponse>();
    expect(second.items.map((e) => e.action)).toEqual(['test.created']);
    expect(second.nextCursor).toBeNull();
  });

  it('filters by time and shows an erased actor under the anonymised name', async () => {
    const admin = await signedIn({ roles: ['admin'] });
    const actor = await createUserAccount(db, { displayName: 'Jana Weg', roles: ['staff'] });
    const subject = `rec-${uniqueSuffix()}`;
    await record([{ actorId: actor.id, subjectId: subject, action: 'test.changed' }]);
    const [{ at }]: { at: Date }[] = await db.query(
      `SELECT occurred_at AS at FROM audit_event WHERE subject_id = $1`,
      [subject],
    );
    const erase = await app.inject({
      method: 'POST',
      url: `${ADMIN_USER_ROUTES.users}/${actor.id}/erase`,
      headers: admin.headers,
    });
    expect(erase.statusCode).toBe(204);

    const before = new Date(at.getTime() - 1).toISOString();
    const after = new Date(at.getTime() + 1).toISOString();
    const inside = await get(`subjectId=${subject}&from=${before}&to=${after}`);
    expect(inside.json<AuditLogResponse>().items).toEqual([
      expect.objectContaining({
        actor: { id: actor.id, displayName: 'Gelöschtes Konto' },
        subject: null,
      }),
    ]);
    // entries about an account name it (here: the erasure itself, about the erased account)
    const aboutActor = await get(`subjectType=user_account&subjectId=${actor.id}`);
    expect(aboutActor.json<AuditLogResponse>().items[0]).toMatchObject({
      action: 'user.erased',
      subject: { id: actor.id, displayName: 'Gelöschtes Konto' },
    });
    const later = await get(`subjectId=${subject}&from=${after}`);
    expect(later.json<AuditLogResponse>().items).toEqual([]);
    const earlier = await get(`subjectId=${subject}&to=${before}`);
    expect(earlier.json<AuditLogResponse>().items).toEqual([]);
  });

  it('answers bad filters with 422 and a field map, and refuses callers below staff', async () => {
    for (const [query, field] of [
      ['actorId=someone', 'actorId'],
      ['from=gestern', 'from'],
      ['to=2026-13-45T00:00:00Z', 'to'],
      ['from=2026-11-26T10:00:00Z&to=2026-11-25T10:00:00Z', 'to'],
      ['cursor=abc', 'cursor'],
      ['limit=0', 'limit'],
      ['action=DROP%20TABLE', 'action'],
      ['subjectType=User-Account', 'subjectType'],
      ['page=2', 'page'],
    ]) {
      const response = await get(query);
      expect(response.statusCode).toBe(422);
      const body = response.json<ApiErrorBody>();
      expect(body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.any(String) });
      expect(Object.keys(body.details as object)).toEqual([field]);
    }
    for (const role of ['volunteer', 'resident', 'organizer', 'workshop'] as const) {
      const caller = await signedIn({ roles: [role] });
      expect((await get('', caller.headers)).statusCode).toBe(403);
    }
    expect((await app.inject({ method: 'GET', url: log })).statusCode).toBe(401);
  });

  it('is append-only in the database itself: UPDATE, DELETE and TRUNCATE fail', async () => {
    const subject = `rec-${uniqueSuffix()}`;
    await record([{ actorId: null, subjectId: subject, action: 'test.kept' }]);
    await expect(
      db.query(`UPDATE audit_event SET action = 'test.forged' WHERE subject_id = $1`, [subject]),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.query(`DELETE FROM audit_event WHERE subject_id = $1`, [subject]),
    ).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    const rows = await db.query(`SELECT action FROM audit_event WHERE subject_id = $1`, [subject]);
    expect(rows).toEqual([{ action: 'test.kept' }]);
  });
});
