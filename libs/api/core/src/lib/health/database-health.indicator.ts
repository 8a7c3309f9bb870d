import { Injectable, Logger } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { withTimeout } from './with-timeout';

export const HEALTH_CHECK_TIMEOUT_MS = 1500;

/** `SELECT 1` through the application's pool, with a short timeout. */
@Injectable()
export class DatabaseHealthIndicator {
  private readonly logger = new Logger(DatabaseHealthIndicator.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly health: HealthIndicatorService,
  ) {}

  async check(key = 'database'): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    try {
      await withTimeout(
        this.dataSource.query('SELECT 1'),
        HEALTH_CHECK_TIMEOUT_MS,
        'database ping',
      );
      return indicator.up();
    } catch (error) {
      this.logger.warn(`Database not ready: ${(error as Error).message}`);
      return indicator.down({ message: 'database unreachable' });
    }
  }
}
