import type { HealthCheckResult } from '@nestjs/terminus';
import type { HealthResponse, HealthState } from '@zusammen/shared/contracts';

/** Terminus' result → the public `HealthResponse` (status plus one entry per dependency). */
export function toHealthResponse(result: HealthCheckResult): HealthResponse {
  const checks: HealthResponse['checks'] = {};
  for (const [name, detail] of Object.entries(result.details)) {
    const status: HealthState = detail.status === 'up' ? 'up' : 'down';
    const message = typeof detail['message'] === 'string' ? detail['message'] : undefined;
    checks[name] = message === undefined ? { status } : { status, message };
  }
  const allUp = Object.values(checks).every((check) => check.status === 'up');
  return { status: result.status === 'ok' && allUp ? 'ok' : 'error', checks };
}
