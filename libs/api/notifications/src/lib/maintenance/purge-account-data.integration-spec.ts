import { randomUUID } from 'node:crypto';
import { SnakeNamingStrategy } from '@zusammen/api/core';
import { AccountTokens, IDENTITY_ENTITIES } from '@zusammen/api/identity';
import {
  createIsolatedSchema,
  createUserAccount,
  type IsolatedSchema,
} from '@zusammen/api/testing';
import { DataSource } from 'typeorm';
import { PurgeAccountDataProcessor } from './purge-account-data.processor';

const DAY = `interval '1 day'`;

describe('maintenance/purge-account-data: account retention (integration)', () => {
  let schema: IsolatedSchema;
  let db: DataSource;

  beforeAll(async () => {
    // own copies of the tables: the purge deletes "everything expired", which must not reach other test files
    schema = await createIsolatedSchema('retention', [
      'user_account',
      'user_session',
      'account_token',
      'audit_event',
    ]);
    db = new DataSource({
      type: 'postgres',
      url: schema.url,
      entities: [...IDENTITY_ENTITIES],
      namingStrategy: new SnakeNamingStrategy(),
    });
    await db.initialize();
  });

  afterAll(async () => {
    await db?.destroy();
    await schema?.drop();
  });

  async function session(userId: string, endedDaysAgo: number | null): Promise<string> {
    const ended = endedDaysAgo === null ? null : `now() - ${endedDaysAgo} * ${DAY}`;
    const [{ id }] = await db.query(
      `INSERT INTO user_session (user_id, token_hash, csrf_token_hash, last_seen_at, idle_expires_at, absolute_expires_at, revoked_at)
       VALUES ($1, $2, $3, now(), now() + ${DAY}, now() + ${DAY}, ${ended ?? 'NULL'}) RETURNING id`,
      [userId, randomUUID(), randomUUID()],
    );
    return id;
  }

  it('deletes what outlived its retention, keeps the rest, and records the counts', async () => {
    const person = await createUserAccount(db, { password: 'Retention-Test-2026' });
    const oldSession = await session(person.id, 31);
    const recentSession = await session(person.id, 2);
    const liveSession = await session(person.id, null);

    const tokens = new AccountTokens({ tokenSecret: 'x'.repeat(40) } as never);
    const spent = await db.transaction((m) => tokens.issue(m, person.id, 'verify-email', 60_000));
    const open = await db.transaction((m) => tokens.issue(m, person.id, 'reset-password', 60_000));
    await db.query(`UPDATE account_token SET used_at = now() - 8 * ${DAY} WHERE id = $1`, [spent]);

    const unconfirmedOld = await createUserAccount(db, {
      password: 'Retention-Test-2026',
      emailVerifiedAt: null,
    });
    const unconfirmedNew = await createUserAccount(db, {
      password: 'Retention-Test-2026',
      emailVerifiedAt: null,
    });
    const deskResident = await createUserAccount(db, { email: null });
    await db.query(`UPDATE user_account SET created_at = now() - 31 * ${DAY} WHERE id = ANY($1)`, [
      [unconfirmedOld.id, deskResident.id],
    ]);

    const processor = new PurgeAccountDataProcessor(db);
    await processor.handle({}, { jobId: 'test', attempt: 1 } as never);

    const sessionIds = (
      await db.query(`SELECT id FROM user_session WHERE user_id = $1`, [person.id])
    ).map((r: { id: string }) => r.id);
    expect(sessionIds.sort()).toEqual([recentSession, liveSession].sort());
    expect(sessionIds).not.toContain(oldSession);
    const tokenIds = (await db.query(`SELECT id FROM account_token`)).map(
      (r: { id: string }) => r.id,
    );
    expect(tokenIds).toEqual([open]);
    const accounts = (
      await db.query(`SELECT id FROM user_account WHERE id = ANY($1)`, [
        [unconfirmedOld.id, unconfirmedNew.id, deskResident.id, person.id],
      ])
    ).map((r: { id: string }) => r.id);
    expect(accounts.sort()).toEqual([unconfirmedNew.id, deskResident.id, person.id].sort());
    const [entry] = await db.query(
      `SELECT actor_id, details FROM audit_event WHERE action = 'retention.purged'`,
    );
    expect(entry).toEqual({
      actor_id: null,
      details: { sessions: 1, tokens: 1, unverifiedAccounts: 1 },
    });

    // idempotent: a second run finds nothing and records nothing
    await processor.handle({}, { jobId: 'test-2', attempt: 1 } as never);
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE action = 'retention.purged'`,
    );
    expect(count).toBe(1);
  });
});
