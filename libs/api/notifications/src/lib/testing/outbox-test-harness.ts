import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CoreConfigModule, DatabaseModule } from '@zusammen/api/core';
import { IDENTITY_ENTITIES } from '@zusammen/api/identity';
import type { NotificationStatus } from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { NotificationsWorkerModule } from '../notifications-worker.module';
import { NotificationsModule } from '../notifications.module';
import {
  NOTIFICATION_PROCESSORS,
  type NotificationsModuleOptions,
} from '../notifications.providers';
import { NOTIFICATION_ENTITIES } from '../outbox/notification.entity';
import {
  DEFAULT_QUEUE_SETTINGS,
  NOTIFICATION_JOB_OPTIONS,
  type QueueSettingsMap,
} from '../queue/job-options';
import type { RelaySettings } from '../relay/relay-settings';
import { FEATURE_JOB_STAND_INS } from './queue-only-processors';

/** Spec helpers of the outbox (not exported from the library). */

/** 3 attempts, 200 ms base backoff ±50 % jitter: retries finish within a test. */
export const FAST_QUEUE_SETTINGS: QueueSettingsMap = {
  ...DEFAULT_QUEUE_SETTINGS,
  notifications: {
    ...DEFAULT_QUEUE_SETTINGS.notifications,
    limiter: undefined,
    jobOptions: {
      ...NOTIFICATION_JOB_OPTIONS,
      attempts: 3,
      backoff: { type: 'exponential', delay: 200, jitter: 0.5 },
    },
  },
};

/** A relay pass every 100 ms, sweeping rows queued longer than 300 ms. */
export const FAST_RELAY: Partial<RelaySettings> = {
  intervalMs: 100,
  sweepAfterMs: 300,
  sweepEveryMs: 200,
};

export const TEST_PUBLIC_URL = 'http://zusammenleben.test:3000';

/**
 * The tables the outbox touches. Each spec file copies them into a schema of its own (`createIsolatedSchema`) and
 * passes its url as DATABASE_URL: a relay claims every due row, and must not take rows of parallel test files.
 */
export const OUTBOX_TABLES = ['user_account', 'notification'] as const;

/** Sets environment variables (undefined = unset) and returns the function that restores them. */
export function applyEnv(overrides: Record<string, string | undefined>): () => void {
  const previous = new Map<string, string | undefined>();
  for (const [key, value] of Object.entries(overrides)) {
    previous.set(key, process.env[key]);
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  return () => {
    for (const [key, value] of previous) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

/** This library's processors with stand-ins for the feature libraries' maintenance jobs (not booted here). */
export const OUTBOX_TEST_PROCESSORS = [...NOTIFICATION_PROCESSORS, ...FEATURE_JOB_STAND_INS];

/**
 * Boots the worker's (`worker`) or the API's (`api`) notifications module with the test database, the given env
 * (REDIS_URL, REDIS_PREFIX, SMTP_URL, …; read at boot) and fast settings unless `options` say otherwise.
 */
export async function bootOutbox(
  root: 'worker' | 'api',
  env: Record<string, string | undefined>,
  options: NotificationsModuleOptions = {},
): Promise<INestApplicationContext> {
  const moduleOptions: NotificationsModuleOptions = {
    queueSettings: FAST_QUEUE_SETTINGS,
    schedules: [],
    relay: FAST_RELAY,
    processors: OUTBOX_TEST_PROCESSORS,
    ...options,
  };
  @Module({
    imports: [
      CoreConfigModule,
      DatabaseModule.forRoot({ entities: [...IDENTITY_ENTITIES, ...NOTIFICATION_ENTITIES] }),
      root === 'worker'
        ? NotificationsWorkerModule.forRoot(moduleOptions)
        : NotificationsModule.forRoot(moduleOptions),
    ],
  })
  class OutboxTestModule {}
  const restore = applyEnv({ PUBLIC_URL: TEST_PUBLIC_URL, ...env });
  try {
    const app = await NestFactory.createApplicationContext(OutboxTestModule, {
      logger: process.env['OUTBOX_TEST_LOG'] ? ['error', 'warn', 'log'] : ['error'],
    });
    await app.init();
    return app;
  } finally {
    restore();
  }
}

export interface NotificationRowView {
  id: string;
  status: NotificationStatus;
  channel: string;
  locale: string;
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
}

export async function readNotification(
  dataSource: DataSource,
  id: string,
): Promise<NotificationRowView | undefined> {
  const rows: NotificationRowView[] = await dataSource.query(
    `SELECT id, status, channel, locale, attempts, last_error, sent_at FROM notification WHERE id = $1`,
    [id],
  );
  return rows[0];
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
