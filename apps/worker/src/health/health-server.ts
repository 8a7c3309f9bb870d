import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HealthResponse } from '@zusammen/shared/contracts';

/** One dependency of readiness: resolves when it answers, rejects (or times out) when not. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

export interface HealthServerOptions {
  host: string;
  /** 0 = any free port (tests). */
  port: number;
  checks: readonly ReadinessCheck[];
  /** A check that takes longer counts as down: a probe must answer before the kubelet's timeout. */
  timeoutMs?: number;
  onCheckFailed?: (name: string, error: Error) => void;
}

export interface HealthServer {
  /** The port actually bound (differs from the option when it was 0). */
  port: number;
  close(): Promise<void>;
}

export const HEALTH_CHECK_TIMEOUT_MS = 1500;

const LIVE: HealthResponse = { status: 'ok', checks: { process: { status: 'up' } } };

async function runCheck(
  check: ReadinessCheck,
  timeoutMs: number,
  onFailed: HealthServerOptions['onCheckFailed'],
): Promise<HealthResponse['checks'][string]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${check.name} check timed out after ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([check.check(), timeout]);
    return { status: 'up' };
  } catch (error) {
    onFailed?.(check.name, error instanceof Error ? error : new Error(String(error)));
    // the same short message as the API's readiness: never a connection string or stack
    return { status: 'down', message: `${check.name} unreachable` };
  } finally {
    clearTimeout(timer);
  }
}

/** Every check at once; `ok` only when all are up — the body of the API's `/api/health/ready`. */
export async function readiness(
  checks: readonly ReadinessCheck[],
  timeoutMs = HEALTH_CHECK_TIMEOUT_MS,
  onFailed?: HealthServerOptions['onCheckFailed'],
): Promise<HealthResponse> {
  const results = await Promise.all(checks.map((c) => runCheck(c, timeoutMs, onFailed)));
  const body: HealthResponse = { status: 'ok', checks: {} };
  checks.forEach((c, i) => {
    const result = results[i];
    body.checks[c.name] = result;
    if (result.status !== 'up') body.status = 'error';
  });
  return body;
}

/**
 * The worker's probes on a plain node:http server (the worker has no Nest HTTP adapter): `GET /live` answers 200
 * while the event loop runs, `GET /ready` 200 when PostgreSQL and Redis answer, else 503. Same JSON as the API's
 * `/api/health/live` and `/api/health/ready`.
 */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const timeoutMs = options.timeoutMs ?? HEALTH_CHECK_TIMEOUT_MS;
  const server: Server = createServer((request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      });
      response.end(JSON.stringify(body));
    };
    const path = (request.url ?? '/').split('?')[0];
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, { code: 'METHOD_NOT_ALLOWED', message: 'Only GET' });
    } else if (path === '/live') {
      send(200, LIVE);
    } else if (path === '/ready') {
      readiness(options.checks, timeoutMs, options.onCheckFailed).then(
        (body) => send(body.status === 'ok' ? 200 : 503, body),
        () => send(503, { status: 'error', checks: {} }),
      );
    } else {
      send(404, { code: 'NOT_FOUND', message: 'Health routes: /live, /ready' });
    }
  });
  // probes open a new connection each time: do not hold idle sockets that would delay close()
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
