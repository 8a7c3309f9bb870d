import { Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CoreConfigModule } from '@zusammen/api/core';
import { PurgeMailPreviewProcessor } from '../maintenance/purge-mail-preview.processor';
import { NotificationsModule } from '../notifications.module';
import {
  IgnoringPurgeAccountDataProcessor,
  IgnoringSendNotificationProcessor,
  QUEUE_ONLY_PROCESSORS,
} from '../testing/queue-only-processors';
import { JobHandlerRegistry } from './job-handler.registry';

/** A second handler for the same job name (inherits the @JobHandler of its parent). */
class AnotherPurgeProcessor extends PurgeMailPreviewProcessor {}

async function bootWith(processors: readonly Type<unknown>[]) {
  @Module({
    imports: [
      CoreConfigModule,
      NotificationsModule.forRoot({ processors, schedules: [], outbox: false }),
    ],
  })
  class RegistryTestModule {}
  return NestFactory.createApplicationContext(RegistryTestModule, {
    logger: false,
    abortOnError: false,
  });
}

describe('job handler startup check', () => {
  const savedEnv = { ...process.env };
  beforeAll(() => {
    delete process.env['REDIS_URL'];
    process.env['MAIL_PREVIEW_DIR'] = '/tmp/zl-registry-check-unused';
  });
  afterAll(() => {
    process.env = savedEnv;
  });

  it('boots when every job name has exactly one handler', async () => {
    const app = await bootWith([...QUEUE_ONLY_PROCESSORS]);
    expect(app.get(JobHandlerRegistry).has('maintenance', 'purge-mail-preview')).toBe(true);
    await app.close();
  });

  it('refuses to boot when a job name has no handler', async () => {
    await expect(
      bootWith([IgnoringSendNotificationProcessor, IgnoringPurgeAccountDataProcessor]),
    ).rejects.toThrow('job "maintenance/purge-mail-preview" has no handler');
  });

  it('refuses to boot when a job name has two handlers', async () => {
    await expect(
      bootWith([
        PurgeMailPreviewProcessor,
        AnotherPurgeProcessor,
        IgnoringSendNotificationProcessor,
        IgnoringPurgeAccountDataProcessor,
      ]),
    ).rejects.toThrow(
      'job "maintenance/purge-mail-preview" has 2 handlers: PurgeMailPreviewProcessor, AnotherPurgeProcessor',
    );
  });
});
