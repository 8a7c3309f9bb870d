import { RRule } from 'rrule';
import { fromRRule, MAX_SERIES_DATES, SeriesRuleError } from './series-rule';
import { isLocalDate, isWallTime, minutesOfDay, zonedInstant } from './wall-time';

/** One date of a series: its local date and the instants of its wall-clock start and end. */
export interface SeriesDate {
  date: string;
  startsAt: Date;
  endsAt: Date;
}

export interface ExpandSeriesInput {
  /** RRULE value without DTSTART, as written by `toRRule`. */
  rrule: string;
  /** First local date of the series (DTSTART's date). */
  localStartDate: string;
  /** Wall times in `tzid`, `HH:mm`. */
  startTime: string;
  endTime: string;
  tzid: string;
  /** Local dates left out (EXDATE). */
  exdates?: readonly string[];
  /** First local date to return (inclusive); default the start date. */
  from?: string;
  /** Last local date to return (inclusive). */
  until: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A local date as a UTC-midnight Date: rrule computes in UTC, so this is only a carrier of y-m-d. */
function dateCarrier(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function carrierDate(carrier: Date): string {
  return carrier.toISOString().slice(0, 10);
}

/**
 * The dates of a series between `from` and `until` (booking.md § 6): the rule produces local dates (no
 * zone), the wall times are attached, and each date is converted to instants in `tzid` with the RFC 5545
 * gap/fold rules. A weekly 17:00 therefore stays 17:00 local across DST changes.
 *
 * Throws `SeriesRuleError`: 'SERIES_RULE_INVALID' (rule or dates), 'SERIES_TIME_RANGE_INVALID' (end not
 * after start) or 'SERIES_TOO_MANY_DATES' (more than 400 dates in the range).
 */
export function expandSeries(input: ExpandSeriesInput): SeriesDate[] {
  const { localStartDate, startTime, endTime, tzid, until } = input;
  const from = input.from ?? localStartDate;
  for (const [name, value] of [
    ['localStartDate', localStartDate],
    ['from', from],
    ['until', until],
  ] as const) {
    if (!isLocalDate(value)) {
      throw new SeriesRuleError('SERIES_RULE_INVALID', `${name} must be a date (YYYY-MM-DD).`);
    }
  }
  if (!isWallTime(startTime) || !isWallTime(endTime)) {
    throw new SeriesRuleError(
      'SERIES_TIME_RANGE_INVALID',
      'Start and end must be wall times (HH:mm).',
    );
  }
  const startMinutes = minutesOfDay(startTime);
  const endMinutes = minutesOfDay(endTime);
  if (endMinutes <= startMinutes) {
    throw new SeriesRuleError(
      'SERIES_TIME_RANGE_INVALID',
      'The end time must be after the start time.',
    );
  }
  const exdates = new Set(input.exdates ?? []);
  for (const date of exdates) {
    if (!isLocalDate(date)) {
      throw new SeriesRuleError('SERIES_RULE_INVALID', `Excluded date is not a date: ${date}`);
    }
  }

  // validates the rule (supported subset only) before rrule sees it
  fromRRule(input.rrule);
  const options = RRule.parseString(input.rrule.replace(/^RRULE:/i, ''));
  const rule = new RRule({ ...options, dtstart: dateCarrier(localStartDate), tzid: null });

  const lower = from > localStartDate ? from : localStartDate;
  if (until < lower) return [];
  const dates: string[] = [];
  let tooMany = false;
  rule.between(
    dateCarrier(lower),
    new Date(dateCarrier(until).getTime() + DAY_MS - 1),
    true,
    (d) => {
      const date = carrierDate(d);
      if (exdates.has(date)) return true;
      if (dates.length === MAX_SERIES_DATES) {
        tooMany = true;
        return false;
      }
      dates.push(date);
      return true;
    },
  );
  if (tooMany) {
    throw new SeriesRuleError(
      'SERIES_TOO_MANY_DATES',
      `A series may have at most ${MAX_SERIES_DATES} dates in one range.`,
    );
  }

  const durationMs = (endMinutes - startMinutes) * 60_000;
  return dates.map((date) => {
    const startsAt = zonedInstant(date, startTime, tzid);
    let endsAt = zonedInstant(date, endTime, tzid);
    // a start in the spring gap moves one hour later and may pass an end just after the gap: keep the
    // booked length instead of an empty or negative range
    if (endsAt.getTime() <= startsAt.getTime()) endsAt = new Date(startsAt.getTime() + durationMs);
    return { date, startsAt, endsAt };
  });
}
