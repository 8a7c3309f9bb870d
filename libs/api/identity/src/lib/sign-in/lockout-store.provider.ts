import type { Provider } from '@nestjs/common';
import { redisConfig, type RedisConfig } from '@zusammen/api/core';
import { DataSource } from 'typeorm';
import { LockoutStore } from './lockout-store';
import { PostgresLockoutStore } from './postgres-lockout-store';
import { RedisLockoutStore } from './redis-lockout-store';

/** Redis when REDIS_URL is set (the replicas share it anyway), PostgreSQL otherwise (embedded mode). */
export const LOCKOUT_STORE_PROVIDER: Provider = {
  provide: LockoutStore,
  useFactory: (redis: RedisConfig, dataSource: DataSource): LockoutStore =>
    redis.url
      ? new RedisLockoutStore(redis.url, redis.prefix)
      : new PostgresLockoutStore(dataSource),
  inject: [redisConfig.KEY, DataSource],
};
