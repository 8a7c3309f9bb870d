import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { Redis } from 'ioredis';
import { redisConfig, type RedisConfig } from '../config/config-slices';
import { HEALTH_CHECK_TIMEOUT_MS } from './database-health.indicator';
import { withTimeout } from './with-timeout';

/**
 * `PING` on a small dedicated connection (only when REDIS_URL is set). The client reconnects on its
 * own; a ping that gets no answer within the timeout reports `down`.
 */
@Injectable()
export class RedisHealthIndicator implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisHealthIndicator.name);
  private client: Redis | undefined;
  private lastErrorLoggedAt = 0;

  constructor(
    @Inject(redisConfig.KEY) private readonly config: RedisConfig,
    private readonly health: HealthIndicatorService,
  ) {}

  get enabled(): boolean {
    return this.config.url !== undefined;
  }

  async check(key = 'redis'): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    try {
      const answer = await withTimeout(
        this.getClient().ping(),
        HEALTH_CHECK_TIMEOUT_MS,
        'redis ping',
      );
      if (answer !== 'PONG') throw new Error(`unexpected answer ${answer}`);
      return indicator.up();
    } catch (error) {
      this.logger.warn(`Redis not ready: ${(error as Error).message}`);
      return indicator.down({ message: 'redis unreachable' });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    client.disconnect(false);
  }

  private getClient(): Redis {
    if (!this.config.url) throw new Error('REDIS_URL is not set');
    if (!this.client) {
      this.client = new Redis(this.config.url, {
        connectionName: 'zusammenleben-health',
        connectTimeout: HEALTH_CHECK_TIMEOUT_MS,
        maxRetriesPerRequest: 1,
        retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
      });
      this.client.on('error', (error: Error) => {
        // Reconnect attempts fail repeatedly while Redis is down: log at most every 30 s.
        if (Date.now() - this.lastErrorLoggedAt > 30_000) {
          this.lastErrorLoggedAt = Date.now();
          this.logger.warn(`Redis connection error: ${error.message}`);
        }
      });
    }
    return this.client;
  }
}
