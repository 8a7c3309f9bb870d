import {
  SERIES_FREQUENCIES,
  type SeriesFrequency,
  type SeriesRuleInput,
} from '@zusammen/shared/contracts';
import { addYears, isLocalDate } from './wall-time';

/**
 * Recurrence rules of room-booking series: the supported subset of RFC 5545 RRULE (booking.md § 6).
 * The stored value carries no DTSTART and a date-only UNTIL (the last local date, inclusive), e.g.
 * `FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20270630`; the start comes from the series' local start date.
 */

export type SeriesRuleErrorCode =
  'SERIES_RULE_INVALID' | 'SERIES_TOO_MANY_DATES' | 'SERIES_TIME_RANGE_INVALID';

/** A rule, a series expansion or its wall times cannot be used; `problems` lists what is wrong. */
export class SeriesRuleError extends Error {
  override readonly name = 'SeriesRuleError';
  constructor(
    readonly code: SeriesRuleErrorCode,
    message: string,
    readonly problems: readonly string[] = [message],
  ) {
    super(message);
  }
}

/** Most dates one series may have (COUNT, and dates produced by one expansion). */
export const MAX_SERIES_DATES = 400;
/** UNTIL lies at most this many years after the start date. */
export const MAX_SERIES_YEARS = 2;
export const MAX_SERIES_INTERVAL = 52;

export const RRULE_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type RRuleWeekday = (typeof RRULE_WEEKDAYS)[number];

const ORDINAL_DAY = /^([+-]?)([1-5])(MO|TU|WE|TH|FR|SA|SU)$/;

const isInt = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value);

/**
 * Problems of a rule, empty when it is usable. With `startDate` (the series' first local date) UNTIL is
 * also checked against it: not before the start, at most two years after it.
 */
export function validateSeriesRule(rule: SeriesRuleInput, startDate?: string): string[] {
  const problems: string[] = [];
  if (rule === null || typeof rule !== 'object') return ['The rule is missing.'];
  const frequency = rule.frequency as SeriesFrequency;
  if (!SERIES_FREQUENCIES.includes(frequency)) {
    problems.push('frequency must be DAILY, WEEKLY or MONTHLY.');
  }
  if (
    rule.interval !== undefined &&
    rule.interval !== null &&
    (!isInt(rule.interval) || rule.interval < 1 || rule.interval > MAX_SERIES_INTERVAL)
  ) {
    problems.push(`interval must be a whole number from 1 to ${MAX_SERIES_INTERVAL}.`);
  }

  const days = rule.byWeekday ?? [];
  const hasDays = days.length > 0;
  const hasMonthDay = rule.byMonthDay !== undefined && rule.byMonthDay !== null;
  if (!Array.isArray(days) || days.some((d) => typeof d !== 'string')) {
    problems.push('byWeekday must be a list of weekday codes.');
  } else if (frequency === 'DAILY') {
    if (hasDays) problems.push('A daily rule takes no weekdays.');
    if (hasMonthDay) problems.push('A daily rule takes no day of the month.');
  } else if (frequency === 'WEEKLY') {
    const bad = days.filter((d) => !RRULE_WEEKDAYS.includes(d as RRuleWeekday));
    if (bad.length)
      problems.push(`Weekly weekdays must be MO…SU without ordinals: ${bad.join(', ')}.`);
    if (hasMonthDay) problems.push('A weekly rule takes no day of the month.');
  } else if (frequency === 'MONTHLY') {
    if (hasDays && hasMonthDay) {
      problems.push('A monthly rule takes either weekdays with ordinals or a day of the month.');
    }
    const bad = days.filter((d) => !ORDINAL_DAY.test(d));
    if (bad.length) {
      problems.push(
        `Monthly weekdays need an ordinal (1…5 or -1…-5, e.g. 2TU, -1FR): ${bad.join(', ')}.`,
      );
    }
    if (hasMonthDay && (!isInt(rule.byMonthDay) || rule.byMonthDay < 1 || rule.byMonthDay > 31)) {
      problems.push('byMonthDay must be a whole number from 1 to 31.');
    }
  }

  const hasCount = rule.count !== undefined && rule.count !== null;
  const hasUntil = rule.until !== undefined && rule.until !== null;
  if (hasCount === hasUntil) {
    problems.push('Give either a number of dates (count) or a last date (until).');
  }
  if (hasCount && (!isInt(rule.count) || rule.count < 1 || rule.count > MAX_SERIES_DATES)) {
    problems.push(`count must be a whole number from 1 to ${MAX_SERIES_DATES}.`);
  }
  if (hasUntil) {
    if (!isLocalDate(rule.until)) {
      problems.push('until must be a date (YYYY-MM-DD).');
    } else if (startDate !== undefined) {
      if (!isLocalDate(startDate)) problems.push('The start date is not a date (YYYY-MM-DD).');
      else if (rule.until < startDate) problems.push('until lies before the start date.');
      else if (rule.until > addYears(startDate, MAX_SERIES_YEARS)) {
        problems.push(`until lies more than ${MAX_SERIES_YEARS} years after the start date.`);
      }
    }
  }
  return problems;
}

function canonicalDays(days: readonly string[], frequency: SeriesFrequency): string[] {
  const unique = [...new Set(days)];
  const weekdayIndex = (d: string) => RRULE_WEEKDAYS.indexOf(d.slice(-2) as RRuleWeekday);
  if (frequency === 'WEEKLY') return unique.sort((a, b) => weekdayIndex(a) - weekdayIndex(b));
  // monthly: normalise "+2TU" to "2TU", order by ordinal then weekday
  return unique
    .map((d) => d.replace(/^\+/, ''))
    .filter((d, i, all) => all.indexOf(d) === i)
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || weekdayIndex(a) - weekdayIndex(b));
}

/**
 * The RRULE value (without DTSTART) of a rule, e.g. `FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20270630`.
 * Throws `SeriesRuleError` ('SERIES_RULE_INVALID') listing the problems of an unsupported rule.
 */
export function toRRule(rule: SeriesRuleInput, startDate?: string): string {
  const problems = validateSeriesRule(rule, startDate);
  if (problems.length) {
    throw new SeriesRuleError(
      'SERIES_RULE_INVALID',
      `Unsupported series rule: ${problems.join(' ')}`,
      problems,
    );
  }
  const parts = [`FREQ=${rule.frequency}`, `INTERVAL=${rule.interval ?? 1}`];
  if (rule.byWeekday?.length)
    parts.push(`BYDAY=${canonicalDays(rule.byWeekday, rule.frequency).join(',')}`);
  if (rule.byMonthDay !== undefined && rule.byMonthDay !== null)
    parts.push(`BYMONTHDAY=${rule.byMonthDay}`);
  if (rule.count !== undefined && rule.count !== null) parts.push(`COUNT=${rule.count}`);
  else parts.push(`UNTIL=${(rule.until as string).replace(/-/g, '')}`);
  return parts.join(';');
}

/** Reads back a value written by `toRRule` (throws `SeriesRuleError` for anything else). */
export function fromRRule(rrule: string): SeriesRuleInput {
  const fields = new Map<string, string>();
  for (const part of rrule
    .trim()
    .replace(/^RRULE:/i, '')
    .split(';')) {
    const [key, value, ...rest] = part.split('=');
    if (!key || value === undefined || rest.length || fields.has(key.toUpperCase())) {
      throw new SeriesRuleError('SERIES_RULE_INVALID', `Malformed RRULE: ${rrule}`);
    }
    fields.set(key.toUpperCase(), value.toUpperCase());
  }
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL']);
  const unknown = [...fields.keys()].filter((k) => !known.has(k));
  if (unknown.length) {
    throw new SeriesRuleError(
      'SERIES_RULE_INVALID',
      `Unsupported RRULE parts: ${unknown.join(', ')}`,
    );
  }
  const num = (v: string | undefined) =>
    v === undefined ? undefined : /^\d+$/.test(v) ? Number(v) : NaN;
  const until = fields.get('UNTIL');
  const rule: SeriesRuleInput = {
    frequency: fields.get('FREQ') as SeriesFrequency,
    interval: num(fields.get('INTERVAL')),
    byWeekday: fields.get('BYDAY')?.split(','),
    byMonthDay: num(fields.get('BYMONTHDAY')),
    count: num(fields.get('COUNT')),
    until:
      until === undefined
        ? undefined
        : /^\d{8}$/.test(until)
          ? `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6)}`
          : until,
  };
  for (const key of Object.keys(rule) as (keyof SeriesRuleInput)[]) {
    if (rule[key] === undefined) delete rule[key];
  }
  const problems = validateSeriesRule(rule);
  if (problems.length) {
    throw new SeriesRuleError(
      'SERIES_RULE_INVALID',
      `Unsupported series rule: ${problems.join(' ')}`,
      problems,
    );
  }
  return rule;
}

/**
 * The same rule ending on `lastDate` (inclusive) instead of its COUNT or UNTIL: the old half when a series
 * is split at a date ("this and following").
 */
export function withUntil(rrule: string, lastDate: string): string {
  const rule = fromRRule(rrule);
  delete rule.count;
  return toRRule({ ...rule, until: lastDate });
}
