export type HealthState = 'up' | 'down';

/** Body of `/api/health/live` and `/api/health/ready`. */
export interface HealthResponse {
  status: 'ok' | 'error';
  /** One entry per checked dependency, e.g. `database`, `redis`. */
  checks: Record<string, { status: HealthState; message?: string }>;
}
