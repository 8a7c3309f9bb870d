import type { BorkenDistrict } from '@zusammen/shared/contracts';
import { pageUrl } from './account-links';
import type { TemplateContext } from './notification-template';

/** Pages of the web app the Patenmodell mails link to (apps/web routes; only the mails and the web app use them). */
export const SPONSORSHIP_MAIL_PATHS = {
  /** The volunteer's own profile with the § 72a ledger entry. */
  volunteerProfile: '/patenschaft',
  volunteerPairing: (pairingId: string) => `/patenschaft/tandems/${encodeURIComponent(pairingId)}`,
  staffPairing: (pairingId: string) =>
    `/verwaltung/patenschaften/tandems/${encodeURIComponent(pairingId)}`,
  staffAttention: '/verwaltung/patenschaften/tandems?attention=1',
  staffVolunteer: (volunteerId: string) =>
    `/verwaltung/patenschaften/paten/${encodeURIComponent(volunteerId)}`,
} as const;

export function sponsorshipUrl(context: Pick<TemplateContext, 'publicUrl'>, path: string): string {
  return pageUrl(context, path);
}

/**
 * Official German names of Borken's districts. Mails show them in every language: they are place names on signs
 * and letters (the web app adds a transliteration; the mail catalogs have no district vocabulary).
 */
export const BORKEN_DISTRICT_NAMES: Readonly<Record<BorkenDistrict, string>> = {
  innenstadt: 'Innenstadt',
  gemen: 'Gemen',
  weseke: 'Weseke',
  burlo: 'Burlo',
  borkenwirthe: 'Borkenwirthe',
  marbeck: 'Marbeck',
  hoxfeld: 'Hoxfeld',
  rhedebruegge: 'Rhedebrügge',
  gruetlohn: 'Grütlohn',
  westenborken: 'Westenborken',
  gemenwirthe: 'Gemenwirthe',
  hovesath: 'Hovesath',
};

/** The district's official name; an unknown code (a payload from a newer version) is shown as it is. */
export function districtName(code: string): string {
  return (BORKEN_DISTRICT_NAMES as Readonly<Record<string, string>>)[code] ?? code;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date (YYYY-MM-DD) as an instant that `{x, date, …}` prints as that day in Europe/Berlin: noon UTC is
 * the same date there in summer and winter. Null for anything that is not a real date.
 */
export function calendarDateValue(text: string | undefined): Date | null {
  const match = text === undefined ? null : ISO_DATE.exec(text);
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? date
    : null;
}

/** An ISO date-time (e.g. `2026-05-04T16:00:00.000Z`) as a Date; null when absent or unreadable. */
export function instantValue(text: string | undefined): Date | null {
  if (text === undefined || text.trim() === '') return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Monday and Sunday of an ISO week (`2026-W48`) as calendar-date values (see {@link calendarDateValue}); null for
 * anything else. ISO week 1 is the week with the year's first Thursday.
 */
export function isoWeekDays(week: string): { monday: Date; sunday: Date } | null {
  const match = ISO_WEEK.exec(week);
  if (!match) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (number < 1 || number > 53) return null;
  const january4 = new Date(Date.UTC(year, 0, 4, 12));
  const mondayOfWeek1 = january4.getTime() - ((january4.getUTCDay() + 6) % 7) * DAY_MS;
  const monday = new Date(mondayOfWeek1 + (number - 1) * 7 * DAY_MS);
  // week 53 exists only in years whose week 1 of the next year starts a week later
  if (number === 53 && isoWeekYear(monday) !== year) return null;
  return { monday, sunday: new Date(monday.getTime() + 6 * DAY_MS) };
}

function isoWeekYear(day: Date): number {
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * DAY_MS);
  return thursday.getUTCFullYear();
}
