import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Client } from 'pg';

export interface BenchStores {
  /** Connected to the server's maintenance database; `dropBenchStores` ends it. */
  admin: Client;
  database: string;
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
}

/**
 * Before a benchmark: a fresh, empty database and a fresh Redis prefix on the local services (or
 * TEST_DATABASE_ADMIN_URL / TEST_REDIS_URL), named after the benchmark and the moment, so runs never collide.
 */
export async function createBenchStores(bench: string): Promise<BenchStores> {
  const adminUrl =
    process.env['TEST_DATABASE_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const suffix = `${Date.now()}_${randomBytes(3).toString('hex')}`;
  const database = `zl_bench_${bench}_${suffix}`;
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  return {
    admin,
    database,
    databaseUrl: url.toString(),
    redisUrl: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    redisPrefix: `zl-bench-${bench}-${suffix.replace(/_/g, '-')}`,
  };
}

/**
 * After a benchmark: drop its database (or say that it was kept) and delete its Redis keys, so runs leave
 * nothing behind on the shared local services.
 */
export async function dropBenchStores(options: {
  admin: Client;
  database: string;
  keepDatabase: boolean;
  redisUrl: string;
  redisPrefix: string;
}): Promise<void> {
  const { admin, database } = options;
  if (options.keepDatabase) console.log(`kept database ${database} (drop it when done)`);
  else await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.end();
  const redis = new Redis(options.redisUrl);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(
      cursor,
      'MATCH',
      `${options.redisPrefix}:*`,
      'COUNT',
      1000,
    );
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
}
