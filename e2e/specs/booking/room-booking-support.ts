import { expect, type Locator, type Page } from '@playwright/test';
import { textsOf } from '../account/account-support';
import { borkenDate } from '../sponsorship/staff-support';

/**
 * Steps and helpers of room-booking.spec.ts: dates in Borken, the booking form filled the way a person fills
 * it, the calendar's cells by date.
 */

export const DE = textsOf('de');
export const AR = textsOf('ar');

/** ISO weekday (1 = Monday) of a local date. */
export function weekdayOf(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The first date with the ISO weekday at least `daysAhead` days from today in Borken. */
export function weekdayAhead(daysAhead: number, weekday: number): string {
  const from = borkenDate(-daysAhead);
  return addDays(from, (weekday - weekdayOf(from) + 7) % 7);
}

/** "Mittwoch, 10. Juni 2026": how the pages write a local date (with the year). */
export function dayInWords(date: string, locale: 'de' | 'ar'): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** The day column (week and day views) of a local date. */
export function dayColumn(main: Locator, date: string): Locator {
  return main.locator(`section[data-date="${date}"]`);
}

/** The calendar of a room in a view, through the address (as a shared link opens it). */
export async function openCalendar(
  page: Page,
  view: 'week' | 'day' | 'timeline' | 'month',
  date: string,
  roomId = '',
): Promise<void> {
  const room = roomId ? `&room=${roomId}` : '';
  await page.goto(`/raeume?view=${view}&date=${date}${room}`);
  const grid = {
    week: 'time-grid',
    day: 'time-grid',
    timeline: 'room-timeline',
    month: 'month-grid',
  };
  await expect(page.getByRole('main').getByTestId(grid[view])).toBeVisible();
}

/** Fills the times, the title and optionally a weekly series with `count` dates, in German. */
export async function fillBooking(
  main: Locator,
  booking: { title: string; date?: string; start: string; end: string; weeklyCount?: number },
): Promise<void> {
  await main.getByLabel(DE('rooms.form.labels.title'), { exact: true }).fill(booking.title);
  if (booking.date) {
    await main.locator('#booking-date').fill(booking.date);
  }
  await main.getByLabel(DE('rooms.form.labels.startTime'), { exact: true }).fill(booking.start);
  await main.getByLabel(DE('rooms.form.labels.endTime'), { exact: true }).fill(booking.end);
  if (booking.weeklyCount) {
    await main.getByRole('radio', { name: DE('rooms.form.repeat.weekly'), exact: true }).check();
    await main
      .getByLabel(DE('rooms.form.labels.count'), { exact: true })
      .fill(String(booking.weeklyCount));
  }
}

/** "My bookings" shows eight weeks at a time: asks for more until every booking is listed. */
export async function showAllBookings(main: Locator): Promise<void> {
  const more = main.getByRole('button', { name: DE('rooms.mine.more'), exact: true });
  await expect(main.getByTestId('my-bookings-status')).not.toHaveText(DE('rooms.mine.loading'));
  // Loading more re-renders the list, so the button can vanish between counting and clicking: each round clicks
  // with a short timeout and the whole step retries until no button is left (it once hung for 10 minutes).
  await expect(async () => {
    if ((await more.count()) > 0) await more.click({ timeout: 2_000 });
    await expect(more).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
}
