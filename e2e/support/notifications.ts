import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoEmail, SIGN_IN_LABELS, submitSignIn } from './identity';

/**
 * Signs a demo account in through the form of /anmelden in `locale` (chosen this visit via `?lang=`,
 * so it stays after sign-in) and waits until the header shows them.
 */
export async function signInAs(page: Page, account: string, locale: 'de' | 'ar'): Promise<void> {
  await page.goto(`/anmelden?lang=${locale}`);
  await submitSignIn(page, SIGN_IN_LABELS[locale], demoEmail(account), DEMO_PASSWORD);
  await expect(page.getByRole('banner').getByTestId('session-user')).toBeVisible();
}

/** The unread number the header bell shows (0 when it shows no badge). */
export async function bellCount(page: Page): Promise<number> {
  const bell = page.getByRole('banner').getByTestId('notification-bell');
  await expect(bell).toBeVisible();
  const badge = bell.getByTestId('notification-badge');
  return (await badge.count()) === 0 ? 0 : Number((await badge.textContent())?.trim());
}
