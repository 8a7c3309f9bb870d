import Redis from 'ioredis';
import type { Client } from 'pg';

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
