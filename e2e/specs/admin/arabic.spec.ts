import { expect, test } from '@playwright/test';
import { useLocale } from '../../support/locale';
import { signInAs } from '../../support/notifications';
import { checkAndCapture, DESKTOP } from './admin-support';

test('the admin, desk, log and privacy pages read right to left in Arabic', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await useLocale(page, 'ar');
  await signInAs(page, 'admin', 'ar');
  const main = page.getByRole('main');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await page.goto('/verwaltung/benutzer');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('إدارة المستخدمين');
  await expect(main.getByTestId('users-table')).toBeVisible();
  await checkAndCapture(page, 'admin-users-ar');

  await main.getByLabel('الاسم أو البريد الإلكتروني').fill('Leyla');
  await main.getByRole('button', { name: 'بحث', exact: true }).click();
  await expect(main.getByTestId('user-row')).toHaveCount(1);
  await main.getByRole('link', { name: 'Leyla Haddad' }).click();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Leyla Haddad');
  await main.getByRole('button', { name: 'إيقاف Leyla Haddad' }).click();
  await expect(main.getByTestId('confirm-deactivate')).toBeVisible();
  await checkAndCapture(page, 'admin-user-detail-ar');
  await main.getByRole('button', { name: 'إلغاء' }).click();

  await page.goto('/verwaltung/schalter');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(
    'المكتب: أشخاص بدون بريد إلكتروني',
  );
  await expect(main.getByTestId('desk-list-status')).not.toHaveText('جارٍ تحميل الأشخاص …');
  await checkAndCapture(page, 'desk-residents-ar');

  await page.goto('/verwaltung/protokoll');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('سجل التدقيق');
  await expect(main.getByTestId('audit-entry').first()).toBeVisible();
  await checkAndCapture(page, 'audit-log-ar');

  await page.goto('/konto');
  await expect(main.getByRole('heading', { name: 'بياناتك وحقوقك' })).toBeVisible();
  await main.getByRole('button', { name: 'حذف حسابي …' }).click();
  await checkAndCapture(page, 'account-privacy-ar');
});

test('volunteers and residents are kept away from the admin and staff pages', async ({ page }) => {
  await useLocale(page, 'de');
  await signInAs(page, 'volunteer', 'de');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('link', { name: 'Benutzer verwalten' })).toHaveCount(0);
  await expect(banner.getByRole('link', { name: 'Protokoll' })).toHaveCount(0);
  for (const path of ['/verwaltung/benutzer', '/verwaltung/schalter', '/verwaltung/protokoll']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/konto$/);
  }
});
