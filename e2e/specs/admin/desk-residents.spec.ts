import { expect, test } from '@playwright/test';
import { useLocale } from '../../support/locale';
import { signInAs } from '../../support/notifications';
import { checkAndCapture, DESKTOP, downloadedJson, uniqueSuffix } from './admin-support';

test('staff register a resident without email at the desk, find and correct them; the log says so', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await useLocale(page, 'de');
  await signInAs(page, 'staff2', 'de');
  const main = page.getByRole('main');
  const name = `Amina Yousef ${uniqueSuffix()}`;

  await test.step('register', async () => {
    await page
      .getByRole('banner')
      .getByRole('link', { name: 'Schalter: Personen ohne E-Mail' })
      .click();
    await expect(page).toHaveURL(/\/verwaltung\/schalter$/);
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(
      'Schalter: Personen ohne E-Mail',
    );
    await main.getByLabel('Name', { exact: true }).fill(name);
    await main.getByLabel('Sprache der Person').selectOption('fa');
    await main.getByRole('button', { name: 'Registrieren' }).click();
    await expect(main.getByTestId('desk-live')).toHaveText(`${name} ist registriert.`);
  });

  await test.step('find them by name and add a phone number', async () => {
    await main.getByLabel('Name oder Telefonnummer').fill(name);
    await main.getByRole('button', { name: 'Suchen', exact: true }).click();
    const row = main.getByTestId('desk-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('فارسی');
    await expect(row).toContainText('Kein Telefon');
    await checkAndCapture(page, 'desk-residents-de');

    await row.getByRole('button', { name: `${name} bearbeiten` }).click();
    await expect(main.getByRole('heading', { name: `${name} bearbeiten` })).toBeFocused();
    await main.getByLabel('Telefon (freiwillig)').fill('+49 2861 55501');
    await main.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect(main.getByTestId('desk-live')).toHaveText(
      `Die Angaben von ${name} sind gespeichert.`,
    );
    await expect(main.getByTestId('desk-row')).toContainText('+49 2861 55501');
  });

  await test.step('the log names what staff did at the desk', async () => {
    await page.getByRole('banner').getByRole('link', { name: 'Protokoll' }).click();
    await main.getByLabel('Was').selectOption('resident.created');
    await main.getByRole('button', { name: 'Filter anwenden' }).click();
    await expect(main.getByTestId('audit-entry').first()).toContainText('Olena Kovalenko hat');
    await expect(main.getByTestId('audit-entry').first()).toContainText('am Schalter registriert');
    // A known action never falls back to the generic wording.
    await expect(main.getByText('Andere Aktion')).toHaveCount(0);
  });
});

test('an admin downloads and erases the data of a desk-registered resident on request', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await useLocale(page, 'de');
  await signInAs(page, 'admin', 'de');
  const main = page.getByRole('main');
  const name = `Karim Nassar ${uniqueSuffix()}`;

  await page.goto('/verwaltung/schalter');
  await main.getByLabel('Name', { exact: true }).fill(name);
  await main.getByRole('button', { name: 'Registrieren' }).click();
  await expect(main.getByTestId('desk-live')).toHaveText(`${name} ist registriert.`);
  await main.getByRole('link', { name: `Konto von ${name} verwalten` }).click();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(main.getByTestId('detail-status')).toHaveText('Aktiv');

  const downloading = page.waitForEvent('download');
  await main.getByTestId('detail-export').click();
  const data = await downloadedJson(await downloading);
  expect((data['account'] as { displayName: string }).displayName).toBe(name);

  await main.getByRole('button', { name: `Konto von ${name} löschen …` }).click();
  const confirm = main.getByRole('form', { name: `Konto von ${name} löschen?` });
  await expect(confirm.getByRole('heading')).toBeFocused();
  await expect(confirm).toContainText('Das Protokoll, wer wann was getan hat');
  await confirm.getByRole('button', { name: `Konto von ${name} endgültig löschen` }).click();
  await expect(confirm.getByText('Bitte geben Sie genau „LÖSCHEN“ ein.')).toBeVisible();
  await checkAndCapture(page, 'admin-user-erase-de');

  await confirm.getByLabel('Zur Bestätigung bitte „LÖSCHEN“ eingeben').fill('LÖSCHEN');
  await confirm.getByRole('button', { name: `Konto von ${name} endgültig löschen` }).click();
  await expect(main.getByTestId('detail-live')).toHaveText(`Das Konto von ${name} ist gelöscht.`);

  await page.goto('/verwaltung/schalter');
  await main.getByLabel('Name oder Telefonnummer').fill(name);
  await main.getByRole('button', { name: 'Suchen', exact: true }).click();
  await expect(main.getByTestId('desk-list-status')).toHaveText('Keine Personen gefunden.');
});
