import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../../support/a11y';
import { useLocale } from '../../support/locale';
import { ROOT } from '../../support/system';

/** Every page of the shell, as a first-time visitor reaches it. */
const PAGES = [
  { name: 'landing', path: '/' },
  { name: 'contacts', path: '/kontakt' },
  { name: 'sign-in', path: '/anmelden' },
  { name: 'sign-up', path: '/registrieren' },
  { name: 'forgot-password', path: '/passwort-vergessen' },
  { name: 'verify-email-without-link', path: '/e-mail-bestaetigen' },
  { name: 'reset-password-without-link', path: '/passwort-neu' },
  { name: 'not-found', path: '/diese-seite-gibt-es-nicht' },
];

const LOCALES = [
  { locale: 'de', dir: 'ltr' },
  { locale: 'en', dir: 'ltr' },
  { locale: 'ar', dir: 'rtl' },
  { locale: 'uk', dir: 'ltr' },
  { locale: 'fa', dir: 'rtl' },
];

const SCREENS = join(ROOT, 'dist/e2e/screens');
mkdirSync(SCREENS, { recursive: true });

for (const { locale, dir } of LOCALES) {
  for (const { name, path } of PAGES) {
    test(`${name} in ${locale}: landmarks, one h1, direction and no axe violations`, async ({
      page,
    }) => {
      await useLocale(page, locale);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('banner')).toBeVisible();
      await expect(page.getByRole('contentinfo')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page).toHaveTitle(/\S/);
      await expectNoAxeViolations(page);
      if (locale === 'de' || locale === 'ar') {
        await page.screenshot({
          path: join(SCREENS, `${name}-${locale}-desktop.png`),
          fullPage: true,
        });
      }
    });
  }
}

test('pages fit a phone screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const { locale } of [LOCALES[0], LOCALES[2]]) {
    for (const { name, path } of PAGES) {
      // `?lang=` wins over whatever the app stored while it started (setting localStorage and reloading raced
      // with the app writing its own start-up choice back)
      await page.goto(`${path}?lang=${locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `${path} in ${locale} scrolls sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SCREENS, `${name}-${locale}-phone.png`), fullPage: true });
    }
  }
});
