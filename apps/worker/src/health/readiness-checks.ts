import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { HEALTH_CHECK_TIMEOUT_MS, type ReadinessCheck } from './health-server';

/** `SELECT 1` through the worker's own pool. */
export function databaseCheck(dataSource: DataSource): ReadinessCheck {
  return {
    name: 'database',
    check: async () => {
      await dataSource.query('SELECT 1');
    },
  };
}

/**
 * `PING` on a small dedicated connection (as the API's readiness does): the BullMQ connections block on
 * commands and retry forever, so they cannot tell "down" quickly. `close()` ends the connection at shutdown.
 */
export function redisCheck(url: string): ReadinessCheck & { close(): void } {
  let client: Redis | undefined;
  const connect = (): Redis => {
    if (client) return client;
    client = new Redis(url, {
      connectionName: 'zusammenleben-worker-health',
      connectTimeout: HEALTH_CHECK_TIMEOUT_MS,
      maxRetriesPerRequest: 1,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    // errors surface through ping(); without a listener ioredis would log every reconnect attempt
    client.on('error', () => undefined);
    return client;
  };
  return {
    name: 'redis',
    check: async () => {
      const answer = await connect().ping();
      if (answer !== 'PONG') throw new Error(`unexpected answer ${answer}`);
    },
    close: () => {
      client?.disconnect(false);
      client = undefined;
    },
  };
}
