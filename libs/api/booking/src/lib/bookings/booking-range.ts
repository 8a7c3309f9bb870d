import { ValidationFailedException } from '@zusammen/api/core';
import { BOOKING_TIME_ZONE } from '@zusammen/shared/contracts';
import { addDays, isLocalDate, localDateOf, zonedInstant } from '@zusammen/shared/util';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A half-open range of instants `[from, to)`. */
export interface InstantRange {
  from: Date;
  to: Date;
}

function parseBound(
  value: string,
  field: 'from' | 'to',
  problems: Record<string, string[]>,
): Date | null {
  if (isLocalDate(value)) {
    // a local date: `from` starts at its midnight, `to` includes the whole day
    return zonedInstant(field === 'from' ? value : addDays(value, 1), '00:00', BOOKING_TIME_ZONE);
  }
  if (ISO_INSTANT.test(value)) {
    const instant = new Date(value);
    if (!Number.isNaN(instant.getTime())) return instant;
  }
  problems[field] = [`${field} must be a date (YYYY-MM-DD) or an ISO 8601 instant with offset`];
  return null;
}

/**
 * `from`/`to` of a list or calendar query: local dates in Europe/Berlin (`to` inclusive) or ISO instants (`to`
 * exclusive). Defaults: from today's midnight, `defaultDays` long. At most `maxDays` long, else 422.
 */
export function resolveRange(
  query: { from?: string; to?: string },
  defaultDays: number,
  maxDays: number,
  now = new Date(),
): InstantRange {
  const problems: Record<string, string[]> = {};
  const from =
    query.from === undefined
      ? zonedInstant(localDateOf(now, BOOKING_TIME_ZONE), '00:00', BOOKING_TIME_ZONE)
      : parseBound(query.from, 'from', problems);
  const to =
    query.to === undefined
      ? from &&
        zonedInstant(
          addDays(localDateOf(from, BOOKING_TIME_ZONE), defaultDays),
          '00:00',
          BOOKING_TIME_ZONE,
        )
      : parseBound(query.to, 'to', problems);
  if (from && to) {
    if (to.getTime() <= from.getTime()) problems['to'] = ['to must be after from'];
    else if (to.getTime() - from.getTime() > maxDays * DAY_MS + 2 * 60 * 60 * 1000)
      problems['to'] = [`the range may span at most ${maxDays} days`];
  }
  if (Object.keys(problems).length > 0 || !from || !to)
    throw new ValidationFailedException(problems);
  return { from, to };
}
