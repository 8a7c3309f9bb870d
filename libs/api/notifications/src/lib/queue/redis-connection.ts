import { Redis, type RedisOptions } from 'ioredis';

/**
 * `producer`: the API adds jobs; a few retries per command so a Redis outage surfaces as an error instead of a
 * request hanging forever (the outbox re-enqueues later). `worker`: BullMQ workers block on Redis and must retry
 * forever, which BullMQ requires as `maxRetriesPerRequest: null` (https://docs.bullmq.io/guide/going-to-production).
 */
export type RedisRole = 'producer' | 'worker';

export function redisConnectionOptions(role: RedisRole): RedisOptions {
  return {
    connectionName: `zusammen-${role}`,
    maxRetriesPerRequest: role === 'worker' ? null : 3,
    enableReadyCheck: true,
    // Reconnect with a growing pause, capped at 5 s (ioredis keeps retrying while the process lives).
    retryStrategy: (times: number) => Math.min(times * 200, 5_000),
  };
}

export function createRedisConnection(url: string, role: RedisRole): Redis {
  return new Redis(url, redisConnectionOptions(role));
}

/** QUIT when connected (lets pending replies arrive), otherwise just drop the socket. */
export async function closeRedisConnection(connection: Redis): Promise<void> {
  if (connection.status === 'end') return;
  if (connection.status === 'ready') {
    try {
      await connection.quit();
      return;
    } catch {
      // fall through to disconnect
    }
  }
  connection.disconnect();
}
