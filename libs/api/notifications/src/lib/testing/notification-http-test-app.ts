import type { DynamicModule, Type } from '@nestjs/common';
import { ApiCoreModule } from '@zusammen/api/core';
import { IDENTITY_ENTITIES, IdentityModule } from '@zusammen/api/identity';
import { NotificationsModule } from '../notifications.module';
import { NOTIFICATION_ENTITIES } from '../outbox/notification.entity';
import {
  FAST_QUEUE_SETTINGS,
  FAST_RELAY,
  OUTBOX_TABLES,
  OUTBOX_TEST_PROCESSORS,
  TEST_PUBLIC_URL,
} from './outbox-test-harness';

/** Spec helpers of the HTTP routes (not exported from the library; specs pass these to `createTestApp`). */

/** Tables to copy into the spec's own schema (`createIsolatedSchema`): the relay claims every due row. */
export const NOTIFICATION_HTTP_TABLES = [
  ...OUTBOX_TABLES,
  'user_session',
  'sign_in_attempt',
] as const;

/** The API's HTTP stack for these routes: core, identity's guard and sessions, notifications with fast settings. */
export function notificationHttpTestImports(): (Type<unknown> | DynamicModule)[] {
  return [
    ApiCoreModule.forRoot({ entities: [...IDENTITY_ENTITIES, ...NOTIFICATION_ENTITIES] }),
    IdentityModule,
    NotificationsModule.forRoot({
      queueSettings: FAST_QUEUE_SETTINGS,
      schedules: [],
      relay: FAST_RELAY,
      processors: OUTBOX_TEST_PROCESSORS,
    }),
  ];
}

/** Embedded mode (no Redis: relay and send processor run in the API process) on `databaseUrl`, mailing to `smtpUrl`. */
export function notificationHttpTestEnv(
  databaseUrl: string,
  smtpUrl: string,
): Record<string, string | undefined> {
  return {
    DATABASE_URL: databaseUrl,
    REDIS_URL: undefined,
    SMTP_URL: smtpUrl,
    PUBLIC_URL: TEST_PUBLIC_URL,
  };
}
