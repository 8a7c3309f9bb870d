import { expect, test } from '@playwright/test';
import { useLocale } from '../../support/locale';
import { signInAs } from '../../support/notifications';
import { checkPage, textsOf } from './account-support';

test('email notification settings are saved and still there after a reload', async ({ page }) => {
  const t = textsOf('de');
  const main = page.getByRole('main');
  await useLocale(page, 'de');
  await signInAs(page, 'organizer', 'de');

  await test.step('reach the settings from the account page', async () => {
    await page.goto('/konto');
    await main.getByRole('link', { name: t('notificationSettings.accountLink') }).click();
    await expect(page).toHaveURL(/\/einstellungen\/benachrichtigungen$/);
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(
      t('notificationSettings.title'),
    );
    await expect(main.getByText(t('notificationSettings.alwaysNote'))).toBeVisible();
  });

  const events = main.getByRole('switch', {
    name: t('notificationSettings.categories.events.label'),
  });
  const bikes = main.getByRole('switch', {
    name: t('notificationSettings.categories.bikes.label'),
  });
  const save = main.getByRole('button', { name: t('notificationSettings.save'), exact: true });
  const initialEvents = await events.isChecked();
  const initialBikes = await bikes.isChecked();

  await test.step('switch two topics and save', async () => {
    await events.setChecked(!initialEvents);
    await bikes.setChecked(!initialBikes);
    await save.click();
    await expect(main.getByRole('status')).toHaveText(t('notificationSettings.saved'));
    await checkPage(page, 'notification-settings-de');
  });

  await test.step('the choice is still there after a reload', async () => {
    await page.reload();
    await expect(events).toBeChecked({ checked: !initialEvents });
    await expect(bikes).toBeChecked({ checked: !initialBikes });
  });

  await test.step('restore the demo account for other specs', async () => {
    await events.setChecked(initialEvents);
    await bikes.setChecked(initialBikes);
    await save.click();
    await expect(main.getByRole('status')).toHaveText(t('notificationSettings.saved'));
  });
});

test('the notification settings in Arabic', async ({ page }) => {
  const t = textsOf('ar');
  const main = page.getByRole('main');
  await useLocale(page, 'de');
  await signInAs(page, 'volunteer', 'ar');
  await page.goto('/einstellungen/benachrichtigungen');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(
    main.getByRole('switch', { name: t('notificationSettings.categories.sponsorship.label') }),
  ).toBeVisible();
  await checkPage(page, 'notification-settings-ar');
});
