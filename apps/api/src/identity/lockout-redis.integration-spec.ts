import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { LockoutStore, UserAccount } from '@zusammen/api/identity';
import { ALL_QUEUE_NAMES } from '@zusammen/api/notifications';
import {
  createIsolatedSchema,
  createTestApp,
  createTestRedis,
  createUserAccount,
  waitUntil,
  type IsolatedSchema,
  type TestRedis,
} from '@zusammen/api/testing';
import { ACCOUNT_ROUTES, AUTH_ROUTES, type ApiErrorBody } from '@zusammen/shared/contracts';
import { Redis } from 'ioredis';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';

const PASSWORD = 'Borken-Sperre-2026';

/** A client address of its own per test: the per-IP caps count across the whole file. */
let lastOctet = 0;
const nextIp = (): string => `10.88.${Math.floor(Math.random() * 250)}.${++lastOctet}`;

interface StoreSetup {
  env: Record<string, string | undefined>;
  teardown(): Promise<void>;
}

/** Redis: a key prefix of this file. PostgreSQL: no REDIS_URL, so a schema of its own (the embedded relay runs). */
const STORES: [
  string,
  () => Promise<StoreSetup & { redis?: TestRedis; schema?: IsolatedSchema }>,
][] = [
  [
    'Redis (REDIS_URL set)',
    async () => {
      const redis = createTestRedis('lockout');
      return {
        redis,
        env: { REDIS_URL: redis.url, REDIS_PREFIX: redis.prefix },
        teardown: () => redis.cleanup(ALL_QUEUE_NAMES),
      };
    },
  ],
  [
    'PostgreSQL (no REDIS_URL)',
    async () => {
      const schema = await createIsolatedSchema('lockout', [
        'user_account',
        'user_session',
        'sign_in_attempt',
        'account_token',
        'notification',
      ]);
      return {
        schema,
        env: { DATABASE_URL: schema.url, REDIS_URL: undefined },
        teardown: () => schema.drop(),
      };
    },
  ],
];

describe.each(STORES)(
  'sign-in lockout shared by two API instances: %s (integration)',
  (label, setUp) => {
    let setup: StoreSetup & { redis?: TestRedis; schema?: IsolatedSchema };
    let first: NestFastifyApplication;
    let second: NestFastifyApplication;
    let db: DataSource;

    beforeAll(async () => {
      setup = await setUp();
      first = await createTestApp({ imports: [AppModule], env: setup.env });
      second = await createTestApp({ imports: [AppModule], env: setup.env });
      db = first.get(DataSource);
    });

    afterAll(async () => {
      await first?.close();
      await second?.close();
      await setup?.teardown();
    });

    const instance = (attempt: number) => (attempt % 2 === 0 ? first : second);
    const signIn = (
      app: NestFastifyApplication,
      email: string,
      password: string,
      remoteAddress = nextIp(),
    ) =>
      app.inject({
        method: 'POST',
        url: AUTH_ROUTES.signIn,
        payload: { email, password },
        remoteAddress,
      });
    const emailOf = (user: UserAccount): string => user.email ?? '';

    it('locks an address on the 6th attempt after 5 failures alternating between the instances', async () => {
      const user = await createUserAccount(db, { password: PASSWORD });
      for (let attempt = 0; attempt < 5; attempt++) {
        const response = await signIn(instance(attempt), emailOf(user), `wrong-${attempt}`);
        expect(response.statusCode).toBe(401);
      }
      for (const app of [second, first]) {
        const locked = await signIn(app, emailOf(user), PASSWORD);
        expect(locked.statusCode).toBe(429);
        expect(locked.json<ApiErrorBody>()).toMatchObject({ code: 'ACCOUNT_LOCKED' });
        const retryAfter = Number(locked.headers['retry-after']);
        expect(retryAfter).toBeGreaterThan(14 * 60);
        expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      }
      const other = await createUserAccount(db, { password: PASSWORD });
      expect((await signIn(second, emailOf(other), PASSWORD)).statusCode).toBe(200);
    });

    it('a successful sign-in on one instance resets the count the other one sees', async () => {
      const user = await createUserAccount(db, { password: PASSWORD });
      for (let attempt = 0; attempt < 4; attempt++)
        expect((await signIn(instance(attempt), emailOf(user), 'wrong')).statusCode).toBe(401);
      expect((await signIn(first, emailOf(user), PASSWORD)).statusCode).toBe(200);
      for (let attempt = 0; attempt < 4; attempt++)
        expect((await signIn(instance(attempt), emailOf(user), 'wrong')).statusCode).toBe(401);
      expect((await signIn(second, emailOf(user), PASSWORD)).statusCode).toBe(200);
    });

    // 50 argon2 checks take a while; the PostgreSQL query of the per-IP cap is unchanged and covered by the
    // session API spec when it runs without Redis
    const itWithRedis = label.startsWith('Redis') ? it : it.skip;
    itWithRedis(
      'caps failures per client address across all addresses (50 in 15 minutes)',
      async () => {
        const ip = nextIp();
        for (let attempt = 0; attempt < 50; attempt++) {
          const response = await signIn(
            instance(attempt),
            `spray-${attempt}-${randomUUID()}@test.invalid`,
            'x',
            ip,
          );
          expect(response.statusCode).toBe(401);
        }
        const user = await createUserAccount(db, { password: PASSWORD });
        expect((await signIn(second, emailOf(user), PASSWORD, ip)).statusCode).toBe(429);
        expect((await signIn(first, emailOf(user), PASSWORD)).statusCode).toBe(200);
      },
    );

    it('counts account-mail requests of one client across both instances (429 on the 21st)', async () => {
      const ip = nextIp();
      for (let attempt = 0; attempt < 20; attempt++) {
        const response = await instance(attempt).inject({
          method: 'POST',
          url: ACCOUNT_ROUTES.requestPasswordReset,
          payload: { email: `nobody-${randomUUID()}@test.invalid` },
          remoteAddress: ip,
        });
        expect(response.statusCode).toBe(202);
      }
      const limited = await second.inject({
        method: 'POST',
        url: ACCOUNT_ROUTES.resendVerification,
        payload: { email: `nobody-${randomUUID()}@test.invalid` },
        remoteAddress: ip,
      });
      expect(limited.statusCode).toBe(429);
      expect(limited.json<ApiErrorBody>().code).toBe('TOO_MANY_REQUESTS');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('keeps the failures in the configured store only', async () => {
      const user = await createUserAccount(db, { password: PASSWORD });
      await signIn(first, emailOf(user), 'wrong');
      const hash = createHash('sha256').update(emailOf(user)).digest('hex');
      const rows: unknown[] = await db.query(
        `SELECT id FROM sign_in_attempt WHERE email_hash = $1`,
        [hash],
      );
      if (setup.redis) {
        expect(rows).toEqual([]);
        const redis = new Redis(setup.redis.url);
        try {
          const key = `${setup.redis.prefix}:lockout:sign-in:email:${hash}`;
          expect(await redis.zcard(key)).toBe(1);
          const ttl = await redis.pttl(key);
          expect(ttl).toBeGreaterThan(14 * 60_000);
          expect(ttl).toBeLessThanOrEqual(15 * 60_000);
        } finally {
          await redis.quit();
        }
      } else {
        expect(rows).toHaveLength(1);
      }
    });
  },
);

describe('Redis lockout store shutdown (integration)', () => {
  it('closes its Redis connection when the application closes', async () => {
    const redis = createTestRedis('lockout-close');
    const app = await createTestApp({
      imports: [AppModule],
      env: { REDIS_URL: redis.url, REDIS_PREFIX: redis.prefix },
    });
    const store = app.get(LockoutStore);
    // the resilient store wraps the Redis store, which owns the connection
    const connection = Reflect.get(Reflect.get(store, 'redis') as object, 'redis') as Redis;
    expect(connection).toBeInstanceOf(Redis);
    await store.admit('probe', { maxFailures: 1, windowMs: 1_000 });
    expect(connection.status).toBe('ready');
    await app.close();
    // QUIT is answered before the socket is closed
    await waitUntil(() => connection.status === 'end', {
      timeoutMs: 2_000,
      description: 'lockout connection closed',
    });
    await redis.cleanup(ALL_QUEUE_NAMES);
  });
});
