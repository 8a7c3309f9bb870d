import { BOOKING_ENTITIES } from '@zusammen/api/booking';
import { IDENTITY_ENTITIES } from '@zusammen/api/identity';
import { NOTIFICATION_ENTITIES } from '@zusammen/api/notifications';
import { SPONSORSHIP_ENTITIES } from '@zusammen/api/sponsorship';
import { WORKSHOP_ENTITIES } from '@zusammen/api/workshop';

/**
 * Every entity of the platform: the one explicit list the API and the CLI use. apps/worker composes the same
 * libraries' lists (its integration test checks that it maps every table of the migrated database).
 */
export const ALL_ENTITIES = [
  ...IDENTITY_ENTITIES,
  ...BOOKING_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...SPONSORSHIP_ENTITIES,
  ...WORKSHOP_ENTITIES,
] as const;
