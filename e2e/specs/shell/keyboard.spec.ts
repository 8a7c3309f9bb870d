import { expect, test } from '@playwright/test';
import { useLocale } from '../../support/locale';

test('the first Tab reaches the skip link, which moves focus to the main content', async ({
  page,
}) => {
  await useLocale(page, 'de');
  await page.goto('/');
  const skip = page.getByRole('link', { name: /zum inhalt/i });
  // A visitor tabs once the page is there: the shell renders after its translations have loaded.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(skip).toBeAttached();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('the contacts page is reachable from the navigation by keyboard', async ({ page }) => {
  await useLocale(page, 'de');
  await page.goto('/');
  const link = page
    .getByRole('navigation')
    .first()
    .getByRole('link', { name: /kontakt/i });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kontakt$/);
  await expect(page.getByText('Im Piepershagen 17').first()).toBeVisible();
});
