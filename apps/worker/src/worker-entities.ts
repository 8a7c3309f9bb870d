import { BOOKING_ENTITIES } from '@zusammen/api/booking';
import { IDENTITY_ENTITIES } from '@zusammen/api/identity';
import { NOTIFICATION_ENTITIES } from '@zusammen/api/notifications';
import { SPONSORSHIP_ENTITIES } from '@zusammen/api/sponsorship';
import { WORKSHOP_ENTITIES } from '@zusammen/api/workshop';

/**
 * The worker's entities: the same libraries' lists as apps/api's `ALL_ENTITIES` (apps cannot import each other).
 * worker.integration-spec.ts fails when a table of the migrated database has no entity here.
 */
export const WORKER_ENTITIES = [
  ...IDENTITY_ENTITIES,
  ...BOOKING_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...SPONSORSHIP_ENTITIES,
  ...WORKSHOP_ENTITIES,
] as const;
