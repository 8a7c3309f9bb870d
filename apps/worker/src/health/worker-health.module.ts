import {
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { appConfig, redisConfig, type AppConfig, type RedisConfig } from '@zusammen/api/core';
import { DataSource } from 'typeorm';
import { startHealthServer, type HealthServer } from './health-server';
import { databaseCheck, redisCheck } from './readiness-checks';

/**
 * Starts the worker's health server on HEALTH_PORT (bound to HOST) once the queues run, and stops it at shutdown.
 * HEALTH_PORT unset → nothing listens (the worker has no port, as before).
 */
@Injectable()
export class WorkerHealthServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('WorkerHealth');
  private server: HealthServer | undefined;
  private closeRedis: (() => void) | undefined;
  private lastFailureLoggedAt = 0;

  constructor(
    @Inject(appConfig.KEY) private readonly app: AppConfig,
    @Inject(redisConfig.KEY) private readonly redis: RedisConfig,
    private readonly dataSource: DataSource,
  ) {}

  /** The bound port (HEALTH_PORT, or the one chosen for 0); undefined when off. */
  get port(): number | undefined {
    return this.server?.port;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.app.healthPort === undefined) return;
    const checks = [databaseCheck(this.dataSource)];
    if (this.redis.url) {
      const redis = redisCheck(this.redis.url);
      this.closeRedis = redis.close;
      checks.push(redis);
    }
    this.server = await startHealthServer({
      host: this.app.host,
      port: this.app.healthPort,
      checks,
      onCheckFailed: (name, error) => {
        // probes run every few seconds while a dependency is down: log at most every 30 s
        if (Date.now() - this.lastFailureLoggedAt < 30_000) return;
        this.lastFailureLoggedAt = Date.now();
        this.logger.warn(`Not ready: ${name}: ${error.message}`);
      },
    });
    this.logger.log(`health server on http://${this.app.host}:${this.server.port} (/live, /ready)`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.server?.close();
    this.server = undefined;
    this.closeRedis?.();
    this.closeRedis = undefined;
  }
}

@Module({ providers: [WorkerHealthServer], exports: [WorkerHealthServer] })
export class WorkerHealthModule {}
