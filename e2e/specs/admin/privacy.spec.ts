import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, demoEmail } from '../../support/identity';
import { useLocale } from '../../support/locale';
import { signInAs } from '../../support/notifications';
import { checkAndCapture, DESKTOP, downloadedJson } from './admin-support';

// workshop2 is used by no other spec. Erasing a demo account would break reruns, so the own-erase UI
// is exercised up to the final confirmation with a wrong password; the erasure itself is covered by
// the admin spec (desk resident) and the API integration specs.
test('a user downloads their data and cannot delete the account with a wrong password', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await useLocale(page, 'de');
  await signInAs(page, 'workshop2', 'de');
  const main = page.getByRole('main');
  await page.goto('/konto');
  const privacy = main.getByRole('region', { name: 'Ihre Daten und Ihre Rechte' });
  await expect(privacy).toBeVisible();

  await test.step('download my data', async () => {
    const downloading = page.waitForEvent('download');
    await privacy.getByRole('link', { name: 'Meine Daten herunterladen' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const data = await downloadedJson(download);
    expect((data['account'] as { email: string }).email).toBe(demoEmail('workshop2'));
  });

  await test.step('delete: password, final question, wrong password → nothing deleted', async () => {
    await privacy.getByRole('button', { name: 'Mein Konto löschen …' }).click();
    await expect(privacy.getByLabel('Passwort', { exact: true })).toBeFocused();
    await privacy.getByLabel('Passwort', { exact: true }).fill(`${DEMO_PASSWORD}-falsch`);
    await privacy.getByRole('button', { name: 'Weiter' }).click();
    const question = privacy.getByRole('group', { name: 'Wollen Sie Ihr Konto wirklich löschen?' });
    await expect(question.getByRole('heading')).toBeFocused();
    await checkAndCapture(page, 'account-privacy-confirm-de');
    await question.getByRole('button', { name: 'Ja, mein Konto jetzt löschen' }).click();

    const password = privacy.getByLabel('Passwort', { exact: true });
    await expect(password).toBeFocused();
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(
      privacy.getByText('Das Passwort stimmt nicht. Ihr Konto wurde nicht gelöscht.'),
    ).toBeVisible();
    await expect(page.getByRole('banner').getByTestId('session-user')).toBeVisible();
    await checkAndCapture(page, 'account-privacy-wrong-password-de');
  });
});
