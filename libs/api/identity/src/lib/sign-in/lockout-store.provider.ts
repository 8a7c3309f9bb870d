import type { Provider } from '@nestjs/common';
import { redisConfig, type RedisConfig } from '@zusammen/api/core';
import { DataSource } from 'typeorm';
import { LockoutStore } from './lockout-store';
import { PostgresLockoutStore } from './postgres-lockout-store';
import { RedisLockoutStore } from './redis-lockout-store';
import { ResilientLockoutStore } from './resilient-lockout-store';

/**
 * Redis when REDIS_URL is set (the replicas share it anyway), falling back to PostgreSQL while Redis is down;
 * PostgreSQL alone otherwise (embedded mode).
 */
export const LOCKOUT_STORE_PROVIDER: Provider = {
  provide: LockoutStore,
  useFactory: (redis: RedisConfig, dataSource: DataSource): LockoutStore =>
    redis.url
      ? new ResilientLockoutStore(
          new RedisLockoutStore(redis.url, redis.prefix),
          new PostgresLockoutStore(dataSource),
        )
      : new PostgresLockoutStore(dataSource),
  inject: [redisConfig.KEY, DataSource],
};
