import { expandSeries, fromRRule, toRRule, type SeriesDate } from '@zusammen/shared/util';
import { utcBasic } from './feed-calendar';

/** A series as stored (booking_series). */
export interface SeriesFeedRule {
  rrule: string;
  localStartDate: string;
  /** `HH:mm` or `HH:mm:ss`. */
  startTime: string;
  endTime: string;
  tzid: string;
}

/** One materialised date of the series (a room_booking row) with what the feed wants to show of it. */
export interface SeriesFeedRow<T> {
  /** The series date the row stands for (RECURRENCE-ID); kept when the date is moved. */
  recurrenceDate: string | null;
  startsAt: Date;
  endsAt: Date;
  isOverride: boolean;
  /** Shown in this feed (e.g. scheduled and confirmed); other rows leave their date out (EXDATE). */
  shown: boolean;
  payload: T;
}

export interface SeriesFeedPlan<T> {
  /** The recurring VEVENT; null when no date of the window is shown. */
  master: { first: SeriesDate; rrule: string; exdates: Date[] } | null;
  /** Shown dates that differ from the rule (moved, other times, marked as changed): RECURRENCE-ID entries. */
  overrides: { recurrence: SeriesDate; row: SeriesFeedRow<T> }[];
  /** Rows that are no date of the rule in the window (rule changed since, no recurrence date): own VEVENTs. */
  strays: SeriesFeedRow<T>[];
}

/**
 * How a series appears in a feed (booking.md § 6, "ICS export"): the rule's dates from `from` to `until`
 * (local dates) are expanded in the series' zone; a date whose row is shown unchanged is an instance of the
 * RRULE, a shown but changed row becomes an override, every other date an EXDATE. UNTIL is the last date of
 * the window as a UTC instant (RFC 5545 for a DTSTART with TZID), so a client never invents dates that have no
 * row yet; the window grows as the series is materialised.
 *
 * Throws `SeriesRuleError` when the rule cannot be expanded (callers fall back to one VEVENT per date).
 */
export function planSeriesFeed<T>(
  rule: SeriesFeedRule,
  rows: readonly SeriesFeedRow<T>[],
  window: { from: string; until: string },
): SeriesFeedPlan<T> {
  const expected = expandSeries({
    rrule: rule.rrule,
    localStartDate: rule.localStartDate,
    startTime: rule.startTime,
    endTime: rule.endTime,
    tzid: rule.tzid,
    from: window.from,
    until: window.until,
  });
  const rowByDate = new Map<string, SeriesFeedRow<T>>();
  const strays: SeriesFeedRow<T>[] = [];
  const expectedDates = new Set(expected.map((d) => d.date));
  for (const row of rows) {
    if (row.recurrenceDate !== null && expectedDates.has(row.recurrenceDate)) {
      rowByDate.set(row.recurrenceDate, row);
    } else {
      strays.push(row);
    }
  }

  const exdates: Date[] = [];
  const overrides: SeriesFeedPlan<T>['overrides'] = [];
  let held = 0;
  for (const date of expected) {
    const row = rowByDate.get(date.date);
    if (!row?.shown) {
      exdates.push(date.startsAt);
      continue;
    }
    held++;
    const unchanged =
      !row.isOverride &&
      row.startsAt.getTime() === date.startsAt.getTime() &&
      row.endsAt.getTime() === date.endsAt.getTime();
    if (!unchanged) overrides.push({ recurrence: date, row });
  }
  if (held === 0) return { master: null, overrides: [], strays };

  const first = expected[0];
  const last = expected[expected.length - 1];
  const { count: _count, until: _until, ...repeat } = fromRRule(rule.rrule);
  const rrule = toRRule({ ...repeat, until: last.date }).replace(
    /UNTIL=\d{8}$/,
    `UNTIL=${utcBasic(last.startsAt)}`,
  );
  return { master: { first, rrule, exdates }, overrides, strays };
}
