import type { RedisConfig } from '@zusammen/api/core';

/** The worker exists only in services mode (DESIGN.md §2); without Redis it has nothing to consume. */
export function requireRedisUrl(redis: RedisConfig): string {
  if (!redis.url) {
    throw new Error(
      'REDIS_URL is not set. The worker process exists only in services mode (REDIS_URL → BullMQ); ' +
        'in embedded mode the API dispatches jobs in-process and no worker is needed.',
    );
  }
  return redis.url;
}
