import { Redis } from 'ioredis';
import { Client } from 'pg';
import { DEFAULT_TEST_DATABASE_ADMIN_URL, TEST_DATABASE_NAME_VAR } from './integration-env';

async function deleteRedisKeys(url: string, prefix: string): Promise<number> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
  let deleted = 0;
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

/** Drops the run's database (WITH (FORCE): leftover connections do not block it) and its Redis keys. */
export default async function globalTeardown(): Promise<void> {
  const database = process.env[TEST_DATABASE_NAME_VAR];
  if (database && /^zl_it_[a-z0-9_]+$/.test(database)) {
    const admin = new Client({
      connectionString: process.env['TEST_DATABASE_ADMIN_URL'] ?? DEFAULT_TEST_DATABASE_ADMIN_URL,
    });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  const redisUrl = process.env['REDIS_URL'];
  const prefix = process.env['REDIS_PREFIX'];
  if (redisUrl && prefix?.startsWith('zl-it-')) {
    await deleteRedisKeys(redisUrl, prefix).catch((error: unknown) => {
      process.stderr.write(`Could not clean Redis prefix ${prefix}: ${(error as Error).message}\n`);
    });
  }
}
