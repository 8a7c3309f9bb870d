import { BOOKING_TIME_ZONE, type QuotaWeekExcess } from '@zusammen/shared/contracts';
import { isoWeekBounds, localDateOf, type SeriesDate } from '@zusammen/shared/util';
import type { EntityManager } from 'typeorm';

const MINUTE = 60_000;

/** The requested minutes per ISO week (Europe/Berlin) of some dates. */
export interface QuotaWeek {
  start: Date;
  end: Date;
  requestedMinutes: number;
}

/** Groups dates by the ISO week they start in (a booking ends on the day it starts, so never spans two weeks). */
export function minutesPerWeek(
  dates: readonly Pick<SeriesDate, 'startsAt' | 'endsAt'>[],
): QuotaWeek[] {
  const weeks = new Map<number, QuotaWeek>();
  for (const date of dates) {
    const bounds = isoWeekBounds(date.startsAt, BOOKING_TIME_ZONE);
    const key = bounds.start.getTime();
    const week = weeks.get(key) ?? { ...bounds, requestedMinutes: 0 };
    week.requestedMinutes += Math.round((date.endsAt.getTime() - date.startsAt.getTime()) / MINUTE);
    weeks.set(key, week);
  }
  return [...weeks.values()].sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * Locks the organizer's quota for the rest of the transaction and returns their weekly limit. Every booking
 * command of the organizer that counts the quota takes this lock first, so two concurrent requests count one
 * after the other and cannot both slip under the limit (a transaction-scoped advisory lock: nothing else waits
 * for it, and it ends with the transaction).
 */
export async function lockOrganizerQuota(
  manager: EntityManager,
  organizerId: string,
  defaultWeeklyMinutes: number,
): Promise<number> {
  const [row]: { weekly_minutes: number | null }[] = await manager.query(
    `SELECT (SELECT q.weekly_minutes FROM organizer_quota q WHERE q.organizer_id = $1::uuid) AS weekly_minutes
       FROM (SELECT pg_advisory_xact_lock(hashtext('room-booking-quota'), hashtext($1::text))) AS locked`,
    [organizerId],
  );
  return row?.weekly_minutes ?? defaultWeeklyMinutes;
}

/**
 * The weeks in which the organizer's pending and confirmed bookings (clipped to the week) plus the requested
 * minutes exceed `weeklyMinutes`. One query for all weeks; rows in `ignoreIds` (being moved) do not count.
 * Call after {@link lockOrganizerQuota} so the count cannot go stale before the insert commits.
 */
export async function quotaExcess(
  manager: EntityManager,
  organizerId: string,
  weeks: readonly QuotaWeek[],
  weeklyMinutes: number,
  ignoreIds: readonly string[] = [],
): Promise<QuotaWeekExcess[]> {
  if (weeks.length === 0) return [];
  const used = await usedMinutesPerWeek(manager, organizerId, weeks, ignoreIds);
  return weeks
    .map((week, i) => ({
      weekStart: localDateOf(week.start, BOOKING_TIME_ZONE),
      usedMinutes: used[i],
      requestedMinutes: week.requestedMinutes,
      weeklyMinutes,
    }))
    .filter((w) => w.usedMinutes + w.requestedMinutes > weeklyMinutes);
}

/** Pending and confirmed minutes of the organizer in each week, in the order given. */
export async function usedMinutesPerWeek(
  manager: EntityManager,
  organizerId: string,
  weeks: readonly Pick<QuotaWeek, 'start' | 'end'>[],
  ignoreIds: readonly string[] = [],
): Promise<number[]> {
  const rows: { ord: string; used: number }[] = await manager.query(
    `SELECT w.ord::text AS ord,
            coalesce(round(sum(extract(epoch FROM least(b.ends_at, w.ends) - greatest(b.starts_at, w.starts)) / 60)
                           FILTER (WHERE b.id IS NOT NULL)), 0)::int AS used
       FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS w(starts, ends, ord)
       LEFT JOIN room_booking b
         ON b.organizer_id = $1 AND b.kind = 'booking' AND b.status IN ('pending', 'confirmed')
        AND b.starts_at < w.ends AND b.ends_at > w.starts AND NOT (b.id = ANY($4::uuid[]))
      GROUP BY w.ord
      ORDER BY w.ord`,
    [
      organizerId,
      weeks.map((w) => w.start.toISOString()),
      weeks.map((w) => w.end.toISOString()),
      ignoreIds,
    ],
  );
  return rows.map((row) => row.used);
}
