import { BOOKING_TIME_ZONE } from '@zusammen/shared/contracts';
import { zonedInstant } from '@zusammen/shared/util';

/**
 * A bound of the public programme filter: a plain date is midnight in Borken (not UTC midnight, which would
 * drop or add the dates between 00:00 and 01:00/02:00 local); an instant stays what it is.
 */
export function berlinInstant(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? zonedInstant(value, '00:00', BOOKING_TIME_ZONE)
    : new Date(value);
}
