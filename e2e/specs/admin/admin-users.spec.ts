import { expect, test } from '@playwright/test';
import { useLocale } from '../../support/locale';
import { signInAs } from '../../support/notifications';
import { checkAndCapture, DESKTOP, downloadedJson, uniqueSuffix } from './admin-support';

// volunteer2 (Leyla Haddad) is changed here and nowhere else; the spec puts her roles back.
test('an admin finds a user, changes roles, deactivates and reactivates, and sees it in the log', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await useLocale(page, 'de');
  await signInAs(page, 'admin', 'de');
  const main = page.getByRole('main');
  const live = main.getByTestId('detail-live');

  await test.step('the user list is in the navigation and finds Leyla by name', async () => {
    await page.getByRole('banner').getByRole('link', { name: 'Benutzer verwalten' }).click();
    await expect(page).toHaveURL(/\/verwaltung\/benutzer$/);
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Benutzer verwalten');
    await expect(main.getByTestId('users-table')).toBeVisible();
    await checkAndCapture(page, 'admin-users-de');

    await main.getByLabel('Name oder E-Mail-Adresse').fill('Leyla');
    await main.getByRole('button', { name: 'Suchen', exact: true }).click();
    await expect(main.getByTestId('user-row')).toHaveCount(1);
    await expect(main.getByTestId('user-row')).toContainText('Patin oder Pate');
    await expect(main.getByTestId('user-row')).toContainText('Aktiv');
    await main.getByRole('link', { name: 'Leyla Haddad' }).click();
  });

  await test.step('roles: add staff with the checkbox group', async () => {
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Leyla Haddad');
    const roles = main.getByRole('group', { name: 'Rollen von Leyla Haddad' });
    await roles.getByRole('checkbox', { name: 'Koordinierungsstelle' }).check();
    await main.getByRole('button', { name: 'Rollen speichern' }).click();
    await expect(live).toHaveText('Die Rollen von Leyla Haddad sind gespeichert.');
    await expect(main.getByTestId('detail-roles')).toHaveText(
      'Koordinierungsstelle, Patin oder Pate',
    );
  });

  await test.step('deactivate after the confirm step, then reactivate', async () => {
    await main.getByRole('button', { name: 'Leyla Haddad sperren' }).click();
    const confirm = main.getByRole('group', { name: 'Leyla Haddad wirklich sperren?' });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('heading')).toBeFocused();
    await checkAndCapture(page, 'admin-user-detail-confirm-de');
    await confirm.getByRole('button', { name: 'Ja, sperren' }).click();
    await expect(live).toHaveText('Leyla Haddad ist gesperrt und auf allen Geräten abgemeldet.');
    await expect(main.getByTestId('detail-status')).toHaveText('Gesperrt');
    await expect(main.getByTestId('detail-sessions')).toHaveText('Zurzeit: 0');

    await main.getByRole('button', { name: 'Leyla Haddad wieder freigeben' }).click();
    await expect(live).toHaveText('Leyla Haddad ist wieder freigegeben.');
    await expect(main.getByTestId('detail-status')).toHaveText('Aktiv');
  });

  await test.step('the data export downloads as JSON', async () => {
    const downloading = page.waitForEvent('download');
    await main.getByTestId('detail-export').click();
    const data = await downloadedJson(await downloading);
    expect((data['account'] as { email: string }).email).toBe(
      'volunteer2@demo.zusammenleben.invalid',
    );
  });

  await test.step('the log shows the changes about Leyla in words', async () => {
    await main.getByRole('link', { name: 'Protokoll-Einträge zu Leyla Haddad zeigen' }).click();
    await expect(page).toHaveURL(/\/verwaltung\/protokoll\?person=/);
    await expect(main.getByTestId('audit-person-filter')).toContainText('Leyla Haddad');
    const entries = main.getByTestId('audit-entry');
    await expect(
      entries.filter({
        hasText:
          'Sabine Hüsing hat die Rollen von Leyla Haddad geändert (Patin oder Pate → Koordinierungsstelle, Patin oder Pate).',
      }),
    ).toHaveCount(1);
    await expect(
      entries.filter({ hasText: 'Sabine Hüsing hat Leyla Haddad gesperrt.' }),
    ).toHaveCount(1);
    await expect(
      entries.filter({ hasText: 'Sabine Hüsing hat Leyla Haddad wieder freigegeben.' }),
    ).toHaveCount(1);
    await checkAndCapture(page, 'audit-log-de');
  });

  await test.step('put the demo roles back', async () => {
    await page.goBack();
    const roles = main.getByRole('group', { name: 'Rollen von Leyla Haddad' });
    await roles.getByRole('checkbox', { name: 'Koordinierungsstelle' }).uncheck();
    await main.getByRole('button', { name: 'Rollen speichern' }).click();
    await expect(main.getByTestId('detail-roles')).toHaveText('Patin oder Pate');
  });
});

test('an admin creates a staff account; the address cannot be used twice', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await useLocale(page, 'de');
  await signInAs(page, 'admin', 'de');
  const main = page.getByRole('main');
  const email = `e2e-staff-${uniqueSuffix()}@borken.invalid`;

  await page.goto('/verwaltung/benutzer');
  const form = main.getByRole('region', { name: 'Neues Konto anlegen' });
  await form.getByLabel('E-Mail-Adresse').fill(email);
  await form.getByLabel('Name', { exact: true }).fill('Nina Neumann');
  await form.getByLabel('Sprache der Person').selectOption('uk');
  await expect(form.getByRole('checkbox', { name: 'Koordinierungsstelle' })).toBeChecked();
  await form.getByRole('button', { name: 'Konto anlegen' }).click();
  await expect(main.getByTestId('create-user-status')).toContainText(
    'Das Konto von Nina Neumann ist angelegt. Eine Einladung wurde per E-Mail gesendet.',
  );
  await expect(main.getByRole('link', { name: 'Konto von Nina Neumann öffnen' })).toHaveAttribute(
    'href',
    /^\/verwaltung\/benutzer\/[0-9a-f-]{36}$/,
  );

  await form.getByLabel('E-Mail-Adresse').fill(email);
  await form.getByLabel('Name', { exact: true }).fill('Nina Doppelt');
  await form.getByRole('button', { name: 'Konto anlegen' }).click();
  await expect(form.getByText('Diese E-Mail-Adresse gehört schon zu einem Konto.')).toBeVisible();
  await expect(form.getByLabel('E-Mail-Adresse')).toHaveAttribute('aria-invalid', 'true');

  await page.goto('/verwaltung/benutzer');
  await main.getByLabel('Name oder E-Mail-Adresse').fill(email);
  await main.getByRole('button', { name: 'Suchen', exact: true }).click();
  await main.getByRole('link', { name: 'Nina Neumann', exact: true }).click();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Nina Neumann');
  await expect(main.getByTestId('detail-status')).toHaveText('E-Mail nicht bestätigt');
  await expect(main.getByTestId('detail-roles')).toHaveText('Koordinierungsstelle');
});
