import type { BookingRequest, SeriesRuleInput } from '@zusammen/shared/contracts';
import {
  addDays,
  daysInMonth,
  isLocalDate,
  isWallTime,
  isoWeekday,
  minutesOf,
} from './berlin-calendar';

/** Weekday codes of RFC 5545, Monday first (ISO weekday − 1 is the index). */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

export type RepeatKind = 'none' | 'daily' | 'weekly' | 'monthly';
/** Monthly on the n-th weekday (e.g. the 2nd Tuesday) or on a day of the month (e.g. the 12th). */
export type MonthlyMode = 'weekday' | 'monthDay';
export type SeriesEnd = 'until' | 'count';

/** Limits the API checks as well (shared/util series-rule). */
export const MAX_SERIES_COUNT = 400;
export const MAX_SERIES_INTERVAL = 52;
export const MAX_SERIES_YEARS = 2;
export const MAX_TITLE_LENGTH = 200;

/** The booking form as typed (strings as the inputs hold them). */
export interface BookingDraft {
  roomId: string;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  repeat: RepeatKind;
  interval: string;
  weekdays: WeekdayCode[];
  monthlyMode: MonthlyMode;
  end: SeriesEnd;
  until: string;
  count: string;
}

export type BookingDraftField =
  | 'roomId'
  | 'title'
  | 'date'
  | 'startTime'
  | 'endTime'
  | 'interval'
  | 'weekdays'
  | 'until'
  | 'count';

/** Why a field cannot be sent, as a key the page translates. */
export type BookingDraftProblem =
  'required' | 'tooLong' | 'past' | 'beforeStart' | 'range' | 'tooFar';

export type BookingDraftProblems = Partial<Record<BookingDraftField, BookingDraftProblem>>;

/** The order of the fields on the page (the error summary lists problems in this order). */
export const BOOKING_DRAFT_FIELDS: readonly BookingDraftField[] = [
  'roomId',
  'title',
  'date',
  'startTime',
  'endTime',
  'interval',
  'weekdays',
  'until',
  'count',
];

export function weekdayCodeOf(date: string): WeekdayCode {
  return WEEKDAY_CODES[isoWeekday(date) - 1];
}

/** The date's weekday within its month: 1…4, or −1 for the fifth (= the last) one. */
export function weekdayOrdinalOf(date: string): number {
  const day = Number(date.slice(8, 10));
  const ordinal = Math.ceil(day / 7);
  return ordinal >= 5 ? -1 : ordinal;
}

/** A draft to start from: the calendar may give a room, a date and times. */
export function newBookingDraft(values: Partial<BookingDraft> = {}): BookingDraft {
  const date = values.date ?? '';
  return {
    roomId: '',
    title: '',
    date,
    startTime: '',
    endTime: '',
    repeat: 'none',
    interval: '1',
    weekdays: isLocalDate(date) ? [weekdayCodeOf(date)] : [],
    monthlyMode: 'weekday',
    end: 'count',
    until: '',
    count: '10',
    ...values,
  };
}

function wholeNumber(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

/** Problems of the draft before anything is sent; empty when the request can go. */
export function bookingDraftProblems(draft: BookingDraft, today: string): BookingDraftProblems {
  const problems: BookingDraftProblems = {};
  if (!draft.roomId) problems.roomId = 'required';
  const title = draft.title.trim();
  if (!title) problems.title = 'required';
  else if (title.length > MAX_TITLE_LENGTH) problems.title = 'tooLong';
  if (!isLocalDate(draft.date)) problems.date = 'required';
  else if (draft.date < today) problems.date = 'past';
  if (!isWallTime(draft.startTime)) problems.startTime = 'required';
  if (!isWallTime(draft.endTime)) problems.endTime = 'required';
  else if (isWallTime(draft.startTime) && minutesOf(draft.endTime) <= minutesOf(draft.startTime)) {
    problems.endTime = 'beforeStart';
  }
  if (draft.repeat === 'none') return problems;

  const interval = wholeNumber(draft.interval);
  if (interval === null || interval < 1 || interval > MAX_SERIES_INTERVAL)
    problems.interval = 'range';
  if (draft.repeat === 'weekly' && draft.weekdays.length === 0) problems.weekdays = 'required';
  if (draft.end === 'count') {
    const count = wholeNumber(draft.count);
    if (count === null || count < 1 || count > MAX_SERIES_COUNT) problems.count = 'range';
  } else if (!isLocalDate(draft.until)) {
    problems.until = 'required';
  } else if (isLocalDate(draft.date)) {
    if (draft.until < draft.date) problems.until = 'beforeStart';
    else if (draft.until > addYearsTo(draft.date, MAX_SERIES_YEARS)) problems.until = 'tooFar';
  }
  return problems;
}

function addYearsTo(date: string, years: number): string {
  const target = `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4, 7)}-01`;
  return addDays(target, Math.min(Number(date.slice(8, 10)), daysInMonth(target)) - 1);
}

/** The recurrence rule of the draft, or undefined for a single date. */
export function seriesRuleOf(draft: BookingDraft): SeriesRuleInput | undefined {
  if (draft.repeat === 'none') return undefined;
  const rule: SeriesRuleInput = {
    frequency:
      draft.repeat === 'daily' ? 'DAILY' : draft.repeat === 'weekly' ? 'WEEKLY' : 'MONTHLY',
    interval: Number(draft.interval) || 1,
  };
  if (draft.repeat === 'weekly') {
    rule.byWeekday = WEEKDAY_CODES.filter((code) => draft.weekdays.includes(code));
  } else if (draft.repeat === 'monthly') {
    if (draft.monthlyMode === 'weekday') {
      rule.byWeekday = [`${weekdayOrdinalOf(draft.date)}${weekdayCodeOf(draft.date)}`];
    } else {
      rule.byMonthDay = Number(draft.date.slice(8, 10));
    }
  }
  if (draft.end === 'count') rule.count = Number(draft.count);
  else rule.until = draft.until;
  return rule;
}

/** What the API gets for the draft; `skipDates` are the dates the organizer chose to leave out. */
export function bookingRequestOf(
  draft: BookingDraft,
  skipDates: readonly string[] = [],
): BookingRequest {
  const request: BookingRequest = {
    roomId: draft.roomId,
    title: draft.title.trim(),
    date: draft.date,
    startTime: draft.startTime,
    endTime: draft.endTime,
  };
  const rule = seriesRuleOf(draft);
  if (rule) {
    request.rule = rule;
    if (skipDates.length > 0) request.skipDates = [...skipDates].sort();
  }
  return request;
}

/** Which draft field a field name of the API's 422 details belongs to (`rule.until` → `until`). */
export function draftFieldOfApiField(field: string): BookingDraftField | null {
  const last = field.split('.').pop() ?? field;
  const map: Record<string, BookingDraftField> = {
    roomId: 'roomId',
    title: 'title',
    date: 'date',
    startTime: 'startTime',
    endTime: 'endTime',
    interval: 'interval',
    byWeekday: 'weekdays',
    until: 'until',
    count: 'count',
  };
  return map[last] ?? null;
}

/**
 * One idempotency key per form attempt: the same key while the same request is sent again (a lost answer,
 * a retry), a new one as soon as the request differs or the last one succeeded.
 */
export class AttemptKey {
  private key: string | null = null;
  private body: string | null = null;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  for(request: unknown): string {
    const body = JSON.stringify(request);
    if (this.key === null || body !== this.body) {
      this.key = this.newKey();
      this.body = body;
    }
    return this.key;
  }

  /** After a success: the next send is a new attempt. */
  reset(): void {
    this.key = null;
    this.body = null;
  }
}
