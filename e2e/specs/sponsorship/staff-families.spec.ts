import { expect, test } from '@playwright/test';
import { checkAndCapture, uniqueSuffix } from '../admin/admin-support';
import { staffPage } from './staff-support';

test('staff enter a family with a child at the desk, record consent and find it in the list', async ({
  browser,
}) => {
  const page = await staffPage(browser, 'de');
  const main = page.getByRole('main');
  const name = `Amal ${uniqueSuffix()}`;

  await test.step('the form says what is missing', async () => {
    await page.goto('/verwaltung/patenschaften/familien');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Familien');
    await main.getByRole('link', { name: 'Neue Familie eintragen' }).click();
    await expect(page).toHaveURL(/\/familien\/neu$/);
    await main.getByRole('button', { name: 'Familie speichern' }).click();
    const summary = main.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie diese Angaben' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Bitte wählen Sie den Ortsteil.');
  });

  await test.step('enter the family with two members', async () => {
    await main.getByLabel('Name der Kontaktperson').fill(name);
    await main.getByLabel('Erreichbar über').selectOption('messenger');
    await main.getByLabel('Telefonnummer').fill('+49 2861 90 12 34');
    await main.getByLabel('Sprache für Nachrichten').selectOption('ar');
    await main.getByLabel('Ortsteil').selectOption('gemen');
    await main.getByLabel('Vorname oder Spitzname').first().fill('Amal');
    await main.getByRole('button', { name: 'Weitere Person' }).click();
    await expect(main.getByLabel('Vorname oder Spitzname').nth(1)).toBeFocused();
    await main.getByLabel('Vorname oder Spitzname').nth(1).fill('Sami');
    await main.getByLabel('Alter').nth(1).selectOption('6-11');
    await main.getByLabel('Geschlecht (freiwillig)').nth(1).selectOption('male');
    await main.getByLabel('Sprache 1', { exact: true }).selectOption('ar');
    await main.getByLabel('Schule und Hausaufgaben').check();
    await main.getByLabel('Dienstag, Nachmittag').check();
    await main.getByLabel('Dringend').check();
    await expect(main.getByText('Jedes Lesen wird protokolliert.')).toBeVisible();
    await main.getByLabel('Notiz für die Koordination (freiwillig)').fill('Termin beim Jobcenter.');
    await main.getByRole('button', { name: 'Familie speichern' }).click();
    await expect(page).toHaveURL(/\/familien\/[0-9a-f-]{36}$/);
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(main.getByTestId('family-live')).toContainText('Die Familie ist gespeichert.');
    await expect(main.getByTestId('member-row')).toHaveCount(2);
  });

  await test.step('record consent', async () => {
    await expect(main.getByTestId('consent-state')).toHaveText('Noch keine Einwilligung');
    await main.getByRole('button', { name: 'Einwilligung speichern' }).click();
    await expect(main.getByTestId('consent-live')).toHaveText('Die Einwilligung ist gespeichert.');
    await expect(main.getByTestId('consent-state')).toHaveText('Einwilligung liegt vor');
    await checkAndCapture(page, 'sponsorship-staff-family-de');
  });

  await test.step('suggestions: computed on request, explained, and why others are not proposed', async () => {
    await main.getByTestId('candidates-compute').click();
    await expect(main.getByTestId('candidates-why-not')).toBeVisible();
    await expect(main.getByTestId('candidates-status')).toContainText('Vorschläge berechnet');
    const first = main.getByTestId('candidate').first();
    if (await first.isVisible()) {
      await first.getByRole('button', { name: /Bewertung/ }).click();
      await expect(first.getByRole('table')).toContainText('Gemeinsame Sprache');
    }
    await checkAndCapture(page, 'sponsorship-staff-candidates-de');
  });

  const familyUrl = page.url();

  await test.step('find it in the list: urgent, with a child, consent given', async () => {
    await main.getByRole('navigation').getByRole('link', { name: 'Familien' }).click();
    await main.getByLabel('Name der Kontaktperson').fill(name);
    await main.getByRole('button', { name: 'Suchen', exact: true }).click();
    const row = main.getByTestId('family-row');
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('family-urgent')).toHaveText('dringend');
    await expect(row.getByTestId('family-consent')).toHaveText('Einwilligung liegt vor');
    await expect(row).toContainText('mit Kindern unter 18');
    await checkAndCapture(page, 'sponsorship-staff-families-de');
  });

  await test.step('withdrawing consent asks first', async () => {
    await page.goto(familyUrl);
    await main.getByRole('button', { name: 'Einwilligung widerrufen …' }).click();
    await expect(
      main.getByRole('heading', { name: 'Einwilligung wirklich widerrufen?' }),
    ).toBeFocused();
    await main.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(main.getByTestId('consent-state')).toHaveText('Einwilligung liegt vor');
  });

  await test.step('the same pages in Arabic', async () => {
    const arabic = await staffPage(browser, 'ar');
    const arMain = arabic.getByRole('main');
    await arabic.goto(familyUrl);
    await expect(arMain.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(arMain.getByTestId('consent-state')).toHaveText('الموافقة موجودة');
    await checkAndCapture(arabic, 'sponsorship-staff-family-ar');
    await arMain.getByTestId('candidates-compute').click();
    await expect(arMain.getByTestId('candidates-why-not')).toBeVisible();
    await checkAndCapture(arabic, 'sponsorship-staff-candidates-ar');
    await arabic.goto('/verwaltung/patenschaften/familien');
    await expect(arMain.getByTestId('family-row').first()).toBeVisible();
    await checkAndCapture(arabic, 'sponsorship-staff-families-ar');
    await arabic.context().close();
  });
});
