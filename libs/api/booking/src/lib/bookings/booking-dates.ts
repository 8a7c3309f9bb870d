import { BOOKING_TIME_ZONE, type BookingRequest } from '@zusammen/shared/contracts';
import {
  addDays,
  addYears,
  expandSeries,
  fromRRule,
  isLocalDate,
  minutesOfDay,
  toRRule,
  type SeriesDate,
} from '@zusammen/shared/util';

/** Series dates are materialised this far ahead of today (booking.md § 6); the daily job moves the horizon. */
export const SERIES_HORIZON_YEARS = 1;
/** The RRULE of a single date, so single bookings take the same DST path as series dates. */
const SINGLE_DATE_RULE = 'FREQ=DAILY;INTERVAL=1;COUNT=1';

/** A request turned into dates: what to book, what the caller skipped, and the series fields to store. */
export interface ExpandedRequest {
  /** Null for a single booking. */
  rrule: string | null;
  /** Dates to book (skipped ones left out), in order. */
  dates: SeriesDate[];
  /** Dates of the rule the caller skipped (`skipDates`), stored as the series' exdates. */
  skipped: SeriesDate[];
  /** Last local date whose dates exist as rows (series only). */
  materialisedUntil: string | null;
}

/** Problems of the request's own fields (dates that do not exist, end before start), by field. */
export function requestFieldProblems(request: BookingRequest): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (!isLocalDate(request.date)) problems['date'] = ['date is not a calendar date'];
  if (minutesOfDay(request.endTime) <= minutesOfDay(request.startTime))
    problems['endTime'] = ['endTime must be after startTime (on the same day)'];
  const badSkips = (request.skipDates ?? []).filter((d) => !isLocalDate(d));
  if (badSkips.length > 0) problems['skipDates'] = [`not calendar dates: ${badSkips.join(', ')}`];
  return problems;
}

/**
 * The last local date a series materialises now: 12 months after today, but never before its first date
 * (a series that starts later still gets its first date).
 */
export function seriesHorizon(today: string, firstDate: string): string {
  const horizon = addYears(today, SERIES_HORIZON_YEARS);
  return horizon < firstDate ? firstDate : horizon;
}

/**
 * Expands a request into its dates (booking.md § 6: local dates from the rule, wall times attached, instants in
 * Europe/Berlin). Series are expanded up to {@link seriesHorizon} or the rule's end; `materialisedUntil` is the
 * rule's last date when it ends before the horizon. Throws `SeriesRuleError` for an unusable rule.
 */
export function expandRequest(request: BookingRequest, today: string): ExpandedRequest {
  const common = {
    localStartDate: request.date,
    startTime: request.startTime,
    endTime: request.endTime,
    tzid: BOOKING_TIME_ZONE,
  };
  if (!request.rule) {
    const dates = [singleDate(request.date, request.startTime, request.endTime)];
    return { rrule: null, dates, skipped: [], materialisedUntil: null };
  }
  const rrule = toRRule(request.rule, request.date);
  const horizon = seriesHorizon(today, request.date);
  const all = expandSeries({ ...common, rrule, until: horizon });
  const skip = new Set(request.skipDates ?? []);
  return {
    rrule,
    dates: all.filter((d) => !skip.has(d.date)),
    skipped: all.filter((d) => skip.has(d.date)),
    materialisedUntil: ruleEndsBy(rrule, horizon, all) ?? horizon,
  };
}

/**
 * The rule's last date when it ends on or before `horizon` (UNTIL, or COUNT reached by `datesUpToHorizon`, the
 * expansion from the first date up to the horizon without exdates), else null.
 */
export function ruleEndsBy(
  rrule: string,
  horizon: string,
  datesUpToHorizon: readonly SeriesDate[],
): string | null {
  const rule = fromRRule(rrule);
  if (rule.until !== undefined) return rule.until <= horizon ? rule.until : null;
  if (rule.count !== undefined && datesUpToHorizon.length >= rule.count)
    return datesUpToHorizon[rule.count - 1]?.date ?? horizon;
  return null;
}

/** One local date with wall times as instants (the same DST rules as series dates). */
export function singleDate(date: string, startTime: string, endTime: string): SeriesDate {
  const [one] = expandSeries({
    rrule: SINGLE_DATE_RULE,
    localStartDate: date,
    startTime,
    endTime,
    tzid: BOOKING_TIME_ZONE,
    until: date,
  });
  return one;
}

/** The day before a local date (the UNTIL of the old half when a series is split). */
export const dayBefore = (date: string): string => addDays(date, -1);
