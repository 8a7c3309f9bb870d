import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../../support/a11y';
import { useLocale } from '../../support/locale';
import { bellCount, signInAs } from '../../support/notifications';

test('staff send themselves a test mail, see it in the bell and mark it read', async ({ page }) => {
  await useLocale(page, 'de');
  await signInAs(page, 'staff', 'de');
  const banner = page.getByRole('banner');
  const main = page.getByRole('main');

  let before = 0;
  await test.step('the staff page is in the navigation and passes axe', async () => {
    await banner.getByRole('link', { name: 'Benachrichtigungen verwalten' }).click();
    await expect(page).toHaveURL(/\/verwaltung\/benachrichtigungen$/);
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(
      'Benachrichtigungen verwalten',
    );
    await expect(main.getByTestId('queue-table')).toBeVisible();
    await expectNoAxeViolations(page);
    before = await bellCount(page);
  });

  await test.step('send the test mail', async () => {
    await main.getByRole('button', { name: 'Mir eine Test-E-Mail senden' }).click();
    await expect(main.getByTestId('mail-check-status')).toHaveText(
      'Gesendet. Bitte sehen Sie in Ihrem Postfach nach.',
    );
  });

  await test.step('the bell count goes up after a reload', async () => {
    await expect
      .poll(
        async () => {
          await page.reload();
          return bellCount(page);
        },
        { timeout: 20_000 },
      )
      .toBeGreaterThan(before);
    await expect(banner.getByTestId('notification-bell')).toHaveAccessibleName(
      /^Benachrichtigungen, \d+ ungelesen$/,
    );
  });

  await test.step('the list shows the test message; mark all read brings the count to 0', async () => {
    await banner.getByTestId('notification-bell').click();
    await expect(page).toHaveURL(/\/benachrichtigungen$/);
    await expect(main.getByTestId('notification-item').first()).toContainText(
      'Testnachricht vom Koordinationsbüro',
    );
    await expect(main.getByTestId('notification-item').first()).toContainText('Ungelesen');
    await expectNoAxeViolations(page);
    await main.getByRole('button', { name: 'Alle als gelesen markieren' }).click();
    await expect(main.getByTestId('notifications-live')).toHaveText(
      'Alle Benachrichtigungen sind als gelesen markiert.',
    );
    await expect.poll(() => bellCount(page)).toBe(0);
  });
});

test('both notification pages pass axe in Arabic', async ({ page }) => {
  await useLocale(page, 'ar');
  await signInAs(page, 'staff', 'ar');
  const main = page.getByRole('main');

  await page.goto('/verwaltung/benachrichtigungen');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('إدارة الإشعارات');
  await expect(main.getByTestId('queue-table')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/benachrichtigungen');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('الإشعارات');
  await expect(
    main.locator('[data-testid="notification-list"], [data-testid="notifications-empty"]'),
  ).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('residents are sent away from the staff page and see no staff link', async ({ page }) => {
  await useLocale(page, 'de');
  await signInAs(page, 'resident', 'de');

  await expect(page.getByRole('banner').getByTestId('nav-staff-notifications')).toHaveCount(0);
  await page.goto('/verwaltung/benachrichtigungen');
  await expect(page).toHaveURL(/\/konto$/);
});

test('anonymous visitors see no bell and must sign in for the list', async ({ page }) => {
  await useLocale(page, 'de');
  await page.goto('/benachrichtigungen');
  await expect(page).toHaveURL(/\/anmelden\?zurueck=%2Fbenachrichtigungen$/);
  await expect(page.getByRole('banner').getByTestId('notification-bell')).toHaveCount(0);
});
