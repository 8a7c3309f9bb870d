import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../../support/a11y';
import { useLocale } from '../../support/locale';

test('a visitor switches to Arabic: the layout turns right-to-left and the choice survives a reload', async ({
  page,
}) => {
  await useLocale(page, 'de');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const germanHeading = await page.getByRole('heading', { level: 1 }).innerText();

  await test.step('choose العربية in the language switcher', async () => {
    await page.getByRole('combobox', { name: /sprache/i }).selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(germanHeading);
  });

  await test.step('the choice is kept after reloading', async () => {
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  });

  await test.step('the main navigation sits on the right in RTL', async () => {
    const header = await page.getByRole('banner').boundingBox();
    const brand = await page.getByRole('banner').getByRole('link').first().boundingBox();
    expect(header && brand).toBeTruthy();
    if (header && brand)
      expect(brand.x + brand.width / 2).toBeGreaterThan(header.x + header.width / 2);
  });
  await expectNoAxeViolations(page);
});

test('the language can be chosen with the keyboard alone', async ({ page }) => {
  await useLocale(page, 'de');
  await page.goto('/');
  const select = page.getByRole('combobox', { name: /sprache/i });
  await select.focus();
  await select.selectOption('uk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
});
