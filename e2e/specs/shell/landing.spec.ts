import { expect, test } from '@playwright/test';
import { useLocale } from '../../support/locale';

test('the landing page explains the three programmes and lists the rooms from the database', async ({
  page,
}) => {
  await useLocale(page, 'de');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /patenmodell|paten/i }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /haus der begegnung/i }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /fahrrad/i }).first()).toBeVisible();
  await expect(page.getByText('Großer Saal').first()).toBeVisible();
});
