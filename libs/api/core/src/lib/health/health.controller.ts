import { Controller, Get, HttpStatus, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import {
  HealthCheckService,
  type HealthCheckResult,
  type HealthIndicatorFunction,
} from '@nestjs/terminus';
import type { HealthResponse } from '@zusammen/shared/contracts';
import { Public } from '../access/access-policy';
import { DatabaseHealthIndicator } from './database-health.indicator';
import { RedisHealthIndicator } from './redis-health.indicator';
import { toHealthResponse } from './to-health-response';

/** Liveness and readiness probes (public, no secrets). */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  /** The process is up and serving; checks no dependency. */
  @Get('live')
  @ApiOkResponse({ description: 'The process is alive.' })
  live(): HealthResponse {
    return { status: 'ok', checks: { process: { status: 'up' } } };
  }

  /** Ready for traffic: PostgreSQL answers, and Redis too when REDIS_URL is set. 503 otherwise. */
  @Get('ready')
  @ApiOkResponse({ description: 'All dependencies are reachable.' })
  @ApiServiceUnavailableResponse({ description: 'At least one dependency is down.' })
  async ready(
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<HealthResponse> {
    const indicators: HealthIndicatorFunction[] = [() => this.database.check()];
    if (this.redis.enabled) indicators.push(() => this.redis.check());
    let result: HealthCheckResult;
    try {
      result = await this.health.check(indicators);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      result = error.getResponse() as HealthCheckResult;
    }
    const body = toHealthResponse(result);
    if (body.status !== 'ok') reply.status(HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }
}
