import { expect, test } from '@playwright/test';
import { checkAndCapture } from '../admin/admin-support';
import { borkenDate, registerVolunteerProfile, staffPage } from './staff-support';

// Heinz Schulte (volunteer@demo) registers online; Martina Terhorst (staff) vets and approves him.
const NAME = 'Heinz Schulte';
// Names inside translated sentences are wrapped in Unicode isolates (FSI … PDI) for right-to-left pages.
const IN_TEXT = `\u2068${NAME}\u2069`;

test('staff record the vetting steps and the § 72a check of a volunteer, then approve them', async ({
  browser,
}) => {
  await registerVolunteerProfile(browser, 'volunteer', {
    languages: [
      { code: 'de', level: 'native' },
      { code: 'ar', level: 'basic' },
    ],
    district: 'gemen',
    maxDistanceKm: 10,
    availability: ['tue-evening', 'sat-morning'],
    supportAreas: ['school', 'authorities'],
    capacity: 2,
    acceptsFamiliesWithChildren: true,
    genderPreference: 'none',
    gender: 'male',
    about: 'Früher Lehrer, fährt gern Rad.',
  });

  const page = await staffPage(browser, 'de');
  const main = page.getByRole('main');
  const live = main.getByTestId('detail-live');

  await test.step('find the volunteer in the list', async () => {
    await page.goto('/verwaltung/patenschaften');
    await expect(page).toHaveURL(/\/verwaltung\/patenschaften\/paten$/);
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Paten und Patinnen');
    await main.getByLabel('Name', { exact: true }).fill('Heinz');
    await main.getByRole('button', { name: 'Suchen', exact: true }).click();
    const row = main.getByTestId('volunteer-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('angemeldet');
    await expect(row).toContainText('0 von 3 Schritten');
    await checkAndCapture(page, 'sponsorship-staff-volunteers-de');
    await row.getByRole('link', { name: NAME }).click();
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(NAME);
    // his own statement, which families wishing for a Pate need (H5)
    await expect(main.getByTestId('detail-gender')).toHaveText('männlich');
  });

  const recordStep = async (kind: string): Promise<void> => {
    await main.getByLabel('Schritt', { exact: true }).selectOption(kind);
    await main.getByLabel('Erledigt am').fill(borkenDate(7));
    await main.getByRole('button', { name: 'Schritt speichern' }).click();
    await expect(live).toHaveText(`Der Prüfschritt von ${IN_TEXT} ist gespeichert.`);
  };

  await test.step('the first step starts vetting; approval names what is missing', async () => {
    await recordStep('info_event');
    await expect(main.getByTestId('detail-status')).toHaveText('in Prüfung');
    await main.getByLabel('Neuer Status').selectOption('approved');
    await main.getByRole('button', { name: 'Status ändern' }).click();
    const problem = main.getByRole('alert').filter({ hasText: 'noch nicht freigegeben' });
    await expect(problem).toBeVisible();
    await expect(problem.getByTestId('missing-steps')).toHaveText(/Gespräch\s*Schulung/);
    await recordStep('interview');
    await recordStep('training');
    await expect(main.getByTestId('vetting-missing')).toHaveText(
      'Alle nötigen Schritte sind erledigt.',
    );
  });

  await test.step('the certificate check: the 3-month rule shows at its field', async () => {
    await expect(main.getByText('Machen Sie keine Kopie und kein Foto.')).toBeVisible();
    await main.getByLabel('Ausgestellt am').fill(borkenDate(200));
    await main.getByLabel('Eingesehen am').fill(borkenDate(1));
    await main.getByLabel('nein, kein Eintrag').check();
    await main.getByRole('button', { name: 'Einsicht speichern' }).click();
    await expect(main.getByLabel('Ausgestellt am')).toHaveAttribute('aria-invalid', 'true');
    await expect(main.getByText('älter als 3 Monate')).toBeVisible();

    await main.getByLabel('Ausgestellt am').fill(borkenDate(20));
    await main.getByRole('button', { name: 'Einsicht speichern' }).click();
    await expect(live).toHaveText(
      `Die Einsicht ins Führungszeugnis von ${IN_TEXT} ist gespeichert.`,
    );
    await expect(main.getByTestId('certificate')).toContainText('nein, kein Eintrag');
  });

  await test.step('approve', async () => {
    await main.getByLabel('Neuer Status').selectOption('approved');
    await main.getByRole('button', { name: 'Status ändern' }).click();
    await expect(live).toHaveText(`Der Status von ${IN_TEXT} ist geändert.`);
    await expect(main.getByTestId('detail-status')).toHaveText('freigegeben');
    // From approved only pausing and ending are offered.
    await expect(main.getByLabel('Neuer Status').locator('option')).toHaveText([
      'Bitte wählen',
      'pausieren',
      'beenden (nicht mehr aktiv)',
    ]);
    await checkAndCapture(page, 'sponsorship-staff-volunteer-de');
  });

  await test.step('the same pages in Arabic', async () => {
    const url = page.url();
    const arabic = await staffPage(browser, 'ar');
    const arMain = arabic.getByRole('main');
    await arabic.goto(url);
    await expect(arMain.getByRole('heading', { level: 1 })).toHaveText(NAME);
    await expect(arabic.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(arMain.getByTestId('detail-status')).toHaveText(/\S/);
    await checkAndCapture(arabic, 'sponsorship-staff-volunteer-ar');
    await arMain.getByRole('navigation').getByRole('link').first().click();
    await expect(arMain.getByTestId('volunteer-row').first()).toBeVisible();
    await checkAndCapture(arabic, 'sponsorship-staff-volunteers-ar');
    await arabic.context().close();
  });
});
