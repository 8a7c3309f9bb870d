import {
  readiness,
  startHealthServer,
  type HealthServer,
  type ReadinessCheck,
} from './health-server';

const up = (name: string): ReadinessCheck => ({ name, check: async () => undefined });
const down = (name: string): ReadinessCheck => ({
  name,
  check: async () => {
    throw new Error('connect ECONNREFUSED postgres://secret@db');
  },
});
const hanging = (name: string): ReadinessCheck => ({
  name,
  check: () => new Promise<void>(() => undefined),
});

describe('worker health server', () => {
  let server: HealthServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function get(path: string, method = 'GET'): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`http://127.0.0.1:${server?.port}${path}`, { method });
    return { status: res.status, body: method === 'HEAD' ? null : await res.json() };
  }

  it('answers /live with 200 and /ready with 200 while every check is up', async () => {
    server = await startHealthServer({
      host: '127.0.0.1',
      port: 0,
      checks: [up('database'), up('redis')],
    });
    expect(await get('/live')).toEqual({
      status: 200,
      body: { status: 'ok', checks: { process: { status: 'up' } } },
    });
    expect(await get('/ready')).toEqual({
      status: 200,
      body: { status: 'ok', checks: { database: { status: 'up' }, redis: { status: 'up' } } },
    });
    expect((await get('/ready', 'HEAD')).status).toBe(200);
  });

  it('answers /ready with 503 naming the failed dependency, never the error text', async () => {
    const failed: string[] = [];
    server = await startHealthServer({
      host: '127.0.0.1',
      port: 0,
      checks: [down('database'), up('redis')],
      onCheckFailed: (name) => failed.push(name),
    });
    const res = await get('/ready');
    expect(res).toEqual({
      status: 503,
      body: {
        status: 'error',
        checks: {
          database: { status: 'down', message: 'database unreachable' },
          redis: { status: 'up' },
        },
      },
    });
    expect(JSON.stringify(res.body)).not.toContain('secret');
    expect(failed).toEqual(['database']);
    // liveness does not depend on the dependencies
    expect((await get('/live')).status).toBe(200);
  });

  it('counts a check that does not answer within the timeout as down', async () => {
    const started = Date.now();
    const body = await readiness([hanging('redis')], 100);
    expect(body).toEqual({
      status: 'error',
      checks: { redis: { status: 'down', message: 'redis unreachable' } },
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('answers unknown paths with 404 and other methods with 405', async () => {
    server = await startHealthServer({ host: '127.0.0.1', port: 0, checks: [] });
    expect((await get('/api/health/ready')).status).toBe(404);
    expect((await get('/live', 'POST')).status).toBe(405);
  });
});
