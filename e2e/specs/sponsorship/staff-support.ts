import { expect, type Browser, type Page } from '@playwright/test';
import type { VolunteerProfileRequest } from '@zusammen/shared/contracts';
import { CSRF_COOKIE, CSRF_HEADER, SPONSORSHIP_ROUTES } from '@zusammen/shared/contracts';
import { useLocale } from '../../support/locale';
import { signInAs } from '../../support/notifications';
import { DESKTOP } from '../admin/admin-support';

/** A date `daysAgo` days before today in Borken, as `YYYY-MM-DD` (what `<input type=date>` takes). */
export function borkenDate(daysAgo = 0): string {
  const day = new Date(Date.now() - daysAgo * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(day);
}

/**
 * Registers a demo volunteer's Patenschaft profile through the API, as the volunteer (own browser context,
 * so the staff session of the test stays untouched). State-changing requests repeat the CSRF cookie.
 */
export async function registerVolunteerProfile(
  browser: Browser,
  account: string,
  profile: VolunteerProfileRequest,
): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signInAs(page, account, 'de');
    const csrf = (await context.cookies()).find((cookie) => cookie.name === CSRF_COOKIE)?.value;
    expect(csrf, 'CSRF cookie after sign-in').toBeTruthy();
    const response = await page.request.put(SPONSORSHIP_ROUTES.myProfile, {
      data: profile,
      headers: { [CSRF_HEADER]: csrf ?? '' },
    });
    expect(response.status(), await response.text()).toBeLessThan(300);
  } finally {
    await context.close();
  }
}

/** Staff signed in on a desktop-sized page in `locale`. */
export async function staffPage(browser: Browser, locale: 'de' | 'ar'): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await useLocale(page, locale);
  await signInAs(page, 'staff', locale);
  return page;
}
