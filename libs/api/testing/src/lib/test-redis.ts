import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';

/** Redis of the integration tests: REDIS_URL when set, else the local service. */
export function testRedisUrl(): string {
  return process.env['REDIS_URL']?.trim() || 'redis://127.0.0.1:6379';
}

/**
 * A key prefix of its own for one test run (DESIGN.md §10), e.g. `zltest-queue-4711-m5x2k1-9f3a`.
 * Allowed by the REDIS_PREFIX schema (A-Z a-z 0-9 . _ -), so it can be passed as REDIS_PREFIX.
 */
export function uniqueRedisPrefix(label = 'run'): string {
  const safeLabel = label.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 20);
  return `zltest-${safeLabel}-${process.pid}-${Date.now().toString(36)}-${randomBytes(2).toString('hex')}`;
}

/** Deletes every key starting with `<prefix>:` and returns how many went (SCAN + UNLINK, never KEYS). */
export async function deleteRedisPrefix(url: string, prefix: string): Promise<number> {
  if (!/^[A-Za-z0-9._-]+$/.test(prefix))
    throw new Error(`Refusing to delete keys of the prefix "${prefix}"`);
  const redis = new Redis(url, { maxRetriesPerRequest: 3, lazyConnect: true });
  await redis.connect();
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
  return deleted;
}

/** The BullMQ-side teardown: obliterates the given queues (jobs, schedulers, events) under the prefix. */
export async function obliterateQueues(
  url: string,
  prefix: string,
  queueNames: readonly string[],
): Promise<void> {
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  try {
    for (const name of queueNames) {
      const queue = new Queue(name, { connection, prefix });
      try {
        await queue.obliterate({ force: true });
      } finally {
        await queue.close();
      }
    }
  } finally {
    await connection.quit();
  }
}

/** One prefix per test file: `url` + `prefix` for the config, `cleanup()` in `afterAll`. */
export interface TestRedis {
  url: string;
  prefix: string;
  /** Obliterates `queueNames` (when given) and then deletes whatever else is left under the prefix. */
  cleanup(queueNames?: readonly string[]): Promise<void>;
}

export function createTestRedis(label?: string): TestRedis {
  const url = testRedisUrl();
  const prefix = uniqueRedisPrefix(label);
  return {
    url,
    prefix,
    async cleanup(queueNames: readonly string[] = []): Promise<void> {
      if (queueNames.length > 0) await obliterateQueues(url, prefix, queueNames);
      await deleteRedisPrefix(url, prefix);
    },
  };
}
