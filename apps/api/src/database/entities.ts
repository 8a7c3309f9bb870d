import { BOOKING_ENTITIES } from '@zusammen/api/booking';
import { IDENTITY_ENTITIES } from '@zusammen/api/identity';

/** Every entity of the platform: the one explicit list the API, the worker and the CLI use. */
export const ALL_ENTITIES = [...IDENTITY_ENTITIES, ...BOOKING_ENTITIES] as const;
