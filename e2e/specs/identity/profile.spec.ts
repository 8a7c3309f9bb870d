import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../../support/a11y';
import {
  DEMO_PASSWORD,
  demoEmail,
  expectSessionKnown,
  SIGN_IN_LABELS,
  submitSignIn,
} from '../../support/identity';
import { useLocale } from '../../support/locale';

// Never changes a demo password: other specs sign in with it. The password form is covered by
// the unit specs of the web app.
test('a volunteer renames themselves and switches their language to Arabic', async ({ page }) => {
  await useLocale(page, 'de');
  await page.goto('/anmelden');
  await expectSessionKnown(page);
  await submitSignIn(page, SIGN_IN_LABELS.de, demoEmail('volunteer'), DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/konto$/);

  const main = page.getByRole('main');
  const name = main.getByLabel('Anzeigename', { exact: true });
  await expect(name).not.toHaveValue('');
  const originalName = await name.inputValue();
  await expectNoAxeViolations(page);

  const newName = `${originalName.split(' (')[0]} (e2e)`;
  await test.step('save a new name and Arabic', async () => {
    await name.fill(newName);
    await main.getByLabel('Bevorzugte Sprache', { exact: true }).selectOption('ar');
    await main.getByRole('button', { name: 'Profil speichern', exact: true }).click();

    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(main.getByRole('status').filter({ hasText: 'تم حفظ ملفك الشخصي.' })).toBeVisible();
    await expect(page.getByRole('banner').getByTestId('session-user')).toHaveText(newName);
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('حسابي');
    await expectNoAxeViolations(page);
  });

  await test.step('the account keeps both after a reload', async () => {
    await page.reload();
    await expect(page.getByRole('banner').getByTestId('session-user')).toHaveText(newName);
    await expect(main.getByLabel('الاسم المعروض', { exact: true })).toHaveValue(newName);
  });

  await test.step('restore the demo profile for other specs', async () => {
    await main.getByLabel('الاسم المعروض', { exact: true }).fill(originalName);
    await main.getByLabel('اللغة المفضّلة', { exact: true }).selectOption('de');
    await main.getByRole('button', { name: 'حفظ الملف الشخصي', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('banner').getByTestId('session-user')).toHaveText(originalName);
  });
});
