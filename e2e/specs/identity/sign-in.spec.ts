import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../../support/a11y';
import {
  DEMO_PASSWORD,
  demoEmail,
  expectSessionKnown,
  SIGN_IN_LABELS,
  submitSignIn,
} from '../../support/identity';
import { useLocale } from '../../support/locale';
import { ROOT } from '../../support/system';

const SCREENS = join(ROOT, 'dist/e2e/screens');
mkdirSync(SCREENS, { recursive: true });

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
  const notes = process.env['E2E_SCREENS_COPY_TO'];
  if (notes) {
    mkdirSync(notes, { recursive: true });
    copyFileSync(join(SCREENS, `${name}.png`), join(notes, `${name}.png`));
  }
}

test('staff sign in in German, see their roles on /konto and sign out', async ({ page }) => {
  await useLocale(page, 'de');
  await page.goto('/anmelden');
  await expectSessionKnown(page);
  await expectNoAxeViolations(page);

  await test.step('sign in', async () => {
    await submitSignIn(page, SIGN_IN_LABELS.de, demoEmail('staff'), DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/konto$/);
    const header = page.getByRole('banner');
    await expect(header.getByTestId('session-user')).toHaveText('Martina Terhorst');
    await expect(header.getByRole('link', { name: 'Mein Konto' })).toBeVisible();
    await expect(header.getByRole('link', { name: 'Anmelden' })).toHaveCount(0);
  });

  await test.step('/konto shows name, email and roles', async () => {
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Mein Konto');
    await expect(main.getByTestId('account-email')).toHaveText(demoEmail('staff'));
    await expect(main.getByTestId('account-roles')).toHaveText('Koordinierungsstelle');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expectNoAxeViolations(page);
    await screenshot(page, 'account-de-desktop');
  });

  await test.step('the session survives a reload', async () => {
    await page.reload();
    await expect(page.getByRole('banner').getByTestId('session-user')).toHaveText(
      'Martina Terhorst',
    );
  });

  await test.step('sign out', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Abmelden' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();
    await page.goto('/konto');
    await expect(page).toHaveURL(/\/anmelden\?zurueck=%2Fkonto$/);
  });
});

test('a wrong password is explained in an alert the fields point to', async ({ page }) => {
  await useLocale(page, 'de');
  await page.goto('/anmelden');
  await submitSignIn(page, SIGN_IN_LABELS.de, demoEmail('volunteer'), 'falsch-falsch-falsch');

  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toHaveText(/E-Mail-Adresse oder das Passwort stimmt nicht/);
  const password = page.getByLabel('Passwort', { exact: true });
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAttribute('aria-describedby', 'sign-in-error');
  await expect(password).toBeFocused();
  await expect(page).toHaveURL(/\/anmelden$/);
  await expectNoAxeViolations(page);
  await screenshot(page, 'sign-in-de-error-desktop');

  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'sign-in-de-error-phone');
});

test('a resident signs in in Arabic, right to left', async ({ page }) => {
  await useLocale(page, 'de');
  await page.goto('/anmelden?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectSessionKnown(page);
  await expectNoAxeViolations(page);
  await screenshot(page, 'sign-in-ar-desktop');

  await test.step('a wrong password, explained in Arabic', async () => {
    await submitSignIn(page, SIGN_IN_LABELS.ar, demoEmail('resident'), 'كلمة-خاطئة-123');
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      /البريد الإلكتروني أو كلمة المرور غير صحيحة/,
    );
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await screenshot(page, 'sign-in-ar-error-phone');
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  await test.step('the right password; Arabic stays, as chosen this visit', async () => {
    await submitSignIn(page, SIGN_IN_LABELS.ar, demoEmail('resident'), DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/konto$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('banner').getByTestId('session-user')).toHaveText('Maryam Ahmadi');
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('حسابي');
    await expect(page.getByTestId('account-roles')).toHaveText('المشاركة في الخدمات');
    await expectNoAxeViolations(page);
    await screenshot(page, 'account-ar-desktop');
  });

  await test.step('sign out', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'تسجيل الخروج' }).click();
    await expect(
      page.getByRole('banner').getByRole('link', { name: 'تسجيل الدخول' }),
    ).toBeVisible();
  });
});

test('without a choice this visit, signing in switches to the account language', async ({
  page,
}) => {
  await useLocale(page, 'de');
  await page.goto('/anmelden');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  await submitSignIn(page, SIGN_IN_LABELS.de, demoEmail('admin2'), DEMO_PASSWORD);

  await expect(page).toHaveURL(/\/konto$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('after the session ends, signing in again returns to the page', async ({ page, context }) => {
  await useLocale(page, 'de');
  await page.goto('/anmelden');
  await submitSignIn(page, SIGN_IN_LABELS.de, demoEmail('workshop'), DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/konto$/);

  await context.clearCookies();
  await page.reload();
  await expect(page).toHaveURL(/\/anmelden\?zurueck=%2Fkonto$/);
  await expect(page.getByTestId('sign-in-return-note')).toBeVisible();

  await submitSignIn(page, SIGN_IN_LABELS.de, demoEmail('workshop'), DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/konto$/);
  await expect(page.getByTestId('account-name')).toHaveText('Klaus Wessels');
});

test('signing in works with the keyboard alone', async ({ page }) => {
  await useLocale(page, 'de');
  await page.goto('/anmelden?zurueck=%2Fkontakt');
  await expectSessionKnown(page);
  const email = page.getByLabel('E-Mail-Adresse', { exact: true });
  for (
    let presses = 0;
    presses < 20 && !(await email.evaluate((el) => el === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(email).toBeFocused();
  await page.keyboard.type(demoEmail('organizer'));
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Passwort', { exact: true })).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);

  await test.step('the show-password toggle is a keyboard-operable toggle button', async () => {
    await page.keyboard.press('Tab');
    const toggle = page.getByRole('button', { name: 'Passwort anzeigen' });
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByLabel('Passwort', { exact: true })).toHaveAttribute('type', 'text');
  });

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Anmelden', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kontakt$/);
  await expect(page.getByRole('banner').getByTestId('session-user')).toHaveText('Ahmad Al-Masri');
});
