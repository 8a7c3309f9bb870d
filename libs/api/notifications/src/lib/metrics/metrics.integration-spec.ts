import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiCoreModule } from '@zusammen/api/core';
import { IDENTITY_ENTITIES } from '@zusammen/api/identity';
import { createTestApp, createTestRedis, type TestRedis } from '@zusammen/api/testing';
import { NotificationsModule } from '../notifications.module';
import { NOTIFICATION_ENTITIES } from '../outbox/notification.entity';
import { ALL_QUEUE_NAMES } from '../queue/job-names';
import { OUTBOX_TEST_PROCESSORS } from '../testing/outbox-test-harness';

/** GET /api/metrics on the API's HTTP stack: Prometheus text with the outbox and queue gauges. */
describe('GET /api/metrics (integration)', () => {
  let redis: TestRedis;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    redis = createTestRedis('metrics');
    app = await createTestApp({
      imports: [
        ApiCoreModule.forRoot({ entities: [...IDENTITY_ENTITIES, ...NOTIFICATION_ENTITIES] }),
        NotificationsModule.forRoot({ schedules: [], processors: OUTBOX_TEST_PROCESSORS }),
      ],
      env: { REDIS_URL: redis.url, REDIS_PREFIX: redis.prefix },
    });
  });

  afterAll(async () => {
    await app?.close();
    await redis?.cleanup(ALL_QUEUE_NAMES);
  });

  it('serves outbox, queue and process metrics as Prometheus text', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const body = response.body;
    for (const status of ['pending', 'queued', 'sent', 'failed', 'cancelled']) {
      expect(body).toMatch(
        new RegExp(`^zl_notification_outbox\\{status="${status}"\\} \\d+$`, 'm'),
      );
    }
    for (const queue of ALL_QUEUE_NAMES) {
      for (const state of ['waiting', 'active', 'delayed', 'failed']) {
        expect(body).toContain(`zl_notification_queue_jobs{queue="${queue}",state="${state}"} 0`);
      }
    }
    expect(body).toContain('process_cpu_user_seconds_total');
  });
});
