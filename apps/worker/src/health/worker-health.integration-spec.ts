import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CoreConfigModule, DatabaseModule } from '@zusammen/api/core';
import { testDatabaseUrl, testRedisUrl } from '@zusammen/api/testing';
import { createServer } from 'node:net';
import { WorkerHealthModule, WorkerHealthServer } from './worker-health.module';

/** The health server with the worker's real config and pool, without the queues and jobs. */
@Module({
  imports: [
    CoreConfigModule,
    DatabaseModule.forRoot({ entities: [], applicationName: 'zl-worker-health-test' }),
    WorkerHealthModule,
  ],
})
class HealthOnlyModule {}

/** A loopback port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('worker health server (real PostgreSQL and Redis)', () => {
  const savedEnv = { ...process.env };
  let app: INestApplicationContext | undefined;

  beforeEach(() => {
    process.env = {
      ...savedEnv,
      DATABASE_URL: testDatabaseUrl(),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    };
  });

  afterEach(async () => {
    await app?.close();
    app = undefined;
    process.env = savedEnv;
  });

  async function boot(env: Record<string, string | undefined>): Promise<WorkerHealthServer> {
    for (const [key, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    app = await NestFactory.createApplicationContext(HealthOnlyModule, { logger: ['error'] });
    await app.init();
    return app.get(WorkerHealthServer);
  }

  it('is ready when PostgreSQL and Redis answer, and stops listening at shutdown', async () => {
    const health = await boot({ HEALTH_PORT: '0', REDIS_URL: testRedisUrl() });
    const base = `http://127.0.0.1:${health.port}`;
    const live = await fetch(`${base}/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ok',
      checks: { database: { status: 'up' }, redis: { status: 'up' } },
    });
    await app?.close();
    app = undefined;
    await expect(fetch(`${base}/live`)).rejects.toThrow();
  });

  // ioredis keeps a timer for up to ~2 s after disconnect() from a failed connection: when this file runs alone,
  // jest may report that it "did not exit one second after the test run"; it exits right after.
  it('answers 503 within the probe timeout while Redis is unreachable', async () => {
    const health = await boot({
      HEALTH_PORT: '0',
      REDIS_URL: `redis://127.0.0.1:${await closedPort()}`,
    });
    const started = Date.now();
    const ready = await fetch(`http://127.0.0.1:${health.port}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({
      status: 'error',
      checks: {
        database: { status: 'up' },
        redis: { status: 'down', message: 'redis unreachable' },
      },
    });
    expect(Date.now() - started).toBeLessThan(3000);
    expect((await fetch(`http://127.0.0.1:${health.port}/live`)).status).toBe(200);
  });

  it('listens nowhere when HEALTH_PORT is unset', async () => {
    const health = await boot({ HEALTH_PORT: undefined, REDIS_URL: testRedisUrl() });
    expect(health.port).toBeUndefined();
  });
});
