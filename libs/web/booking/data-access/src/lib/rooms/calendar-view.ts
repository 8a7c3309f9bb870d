import {
  addDays,
  dayBounds,
  daysInMonth,
  firstOfMonth,
  isLocalDate,
  isoWeekday,
  startOfIsoWeek,
} from './berlin-calendar';

/** The four calendar views of /raeume. */
export const CALENDAR_VIEWS = ['week', 'day', 'timeline', 'month'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export function isCalendarView(value: unknown): value is CalendarView {
  return typeof value === 'string' && (CALENDAR_VIEWS as readonly string[]).includes(value);
}

/** The instants a view asks the API for: local midnight of its first day to local midnight after its last. */
export interface ViewRange {
  from: string;
  to: string;
}

/**
 * The local dates a view shows: a week Monday to Sunday; one day (day view and the rooms timeline); the month
 * as whole weeks (Monday first), so the month grid has no holes.
 */
export function viewDates(view: CalendarView, anchor: string): string[] {
  switch (view) {
    case 'week': {
      const monday = startOfIsoWeek(anchor);
      return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
    }
    case 'day':
    case 'timeline':
      return [anchor];
    case 'month': {
      const first = firstOfMonth(anchor);
      const last = addDays(first, daysInMonth(first) - 1);
      const start = startOfIsoWeek(first);
      const end = addDays(last, 7 - isoWeekday(last));
      const dates: string[] = [];
      for (let date = start; date <= end; date = addDays(date, 1)) dates.push(date);
      return dates;
    }
  }
}

/** One request per view: from the first shown day's start to the end of the last shown day. */
export function viewRange(view: CalendarView, anchor: string): ViewRange {
  const dates = viewDates(view, anchor);
  return {
    from: dayBounds(dates[0]).start.toISOString(),
    to: dayBounds(dates[dates.length - 1]).end.toISOString(),
  };
}

/** The anchor after "previous" (-1) or "next" (+1): a week, a day or a month on. */
export function shiftAnchor(view: CalendarView, anchor: string, step: -1 | 1): string {
  switch (view) {
    case 'week':
      return addDays(anchor, 7 * step);
    case 'day':
    case 'timeline':
      return addDays(anchor, step);
    case 'month': {
      // Keep the day of the month where possible (31 March → 30 April).
      const first = firstOfMonth(anchor, step);
      const day = Math.min(Number(anchor.slice(8, 10)), daysInMonth(first));
      return addDays(first, day - 1);
    }
  }
}

/** A date typed into the address bar, or today when it is missing or no real day. */
export function anchorOrToday(value: string | null | undefined, today: string): string {
  return value && isLocalDate(value) ? value : today;
}

/** The view to start with: asked for in the address, else the day view on a narrow screen, else the week. */
export function initialView(asked: string | null | undefined, narrow: boolean): CalendarView {
  if (isCalendarView(asked)) return asked;
  return narrow ? 'day' : 'week';
}
