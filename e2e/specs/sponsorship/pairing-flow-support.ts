import { expect, type Page } from '@playwright/test';
import { expectSessionKnown } from '../../support/identity';
import { linkIn, waitForMail } from '../../support/mail';
import { NEW_PASSWORD, textsOf } from '../account/account-support';
import { borkenDate } from './staff-support';

/**
 * Steps of pairing-flow.spec.ts that real people take in the browser: a volunteer signs up in Arabic and
 * fills in the Patenschaft profile; staff vet them and enter a family. Each step asserts what the page
 * shows afterwards, so a step that silently fails stops the flow where it broke.
 */

export const AR = textsOf('ar');
export const DE = textsOf('de');

/** Where volunteer and family live: Marbeck, where few demo volunteers live, so the new one ranks high. */
export const DISTRICT = 'marbeck';

/** Signs up through /registrieren in Arabic, confirms the address from the mail and signs in. */
export async function signUpInArabic(page: Page, name: string, email: string): Promise<void> {
  const main = page.getByRole('main');
  const required = (label: string): string => `${label} ${AR('signUp.required')}`;

  await page.goto('/registrieren?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectSessionKnown(page);
  const since = new Date();
  await expect(main.getByLabel(required(AR('signUp.locale')), { exact: true })).toHaveValue('ar');
  await main.getByLabel(required(AR('signUp.displayName')), { exact: true }).fill(name);
  await main.getByLabel(required(AR('signUp.email')), { exact: true }).fill(email);
  await main.getByLabel(required(AR('signUp.password')), { exact: true }).fill(NEW_PASSWORD);
  await main.getByLabel(AR('signUp.roles.volunteer.label'), { exact: true }).check();
  await main.getByLabel(AR('signUp.privacy'), { exact: true }).check();
  await main.getByRole('button', { name: AR('signUp.submit'), exact: true }).click();
  await expect(main.getByTestId('sign-up-sent-to')).toHaveText(email);

  const mail = await waitForMail(email, { since });
  await page.goto(linkIn(mail, '/e-mail-bestaetigen').toString());
  await main.getByRole('link', { name: AR('verifyEmail.success.signIn') }).click();
  await expect(main.getByLabel(AR('signIn.email'), { exact: true })).toHaveValue(email);
  await main.getByLabel(AR('signIn.password'), { exact: true }).fill(NEW_PASSWORD);
  await main.getByRole('button', { name: AR('signIn.submit'), exact: true }).click();
  await expect(page).toHaveURL(/\/konto$/);
  await expect(page.getByRole('banner').getByTestId('session-user')).toHaveText(name);
}

/**
 * The volunteer's profile at /patenschaft, in Arabic: Arabic (native) and German, Marbeck within 5 km,
 * Tuesday afternoon and Saturday morning, school, authorities and German, two families, children welcome.
 */
export async function fillProfileInArabic(page: Page): Promise<void> {
  const main = page.getByRole('main');
  const v = (key: string, params?: Record<string, number>): string =>
    AR(`sponsorshipVocabulary.${key}`, params);
  const form = (key: string): string => AR(`volunteerProfile.form.${key}`);

  await page.goto('/patenschaft');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(AR('volunteerProfile.title'));
  await expect(main.getByTestId('volunteer-intro')).toBeVisible();

  const level = main.getByLabel(v('form.level'), { exact: true });
  await main
    .getByLabel(v('form.languageNumber', { number: 1 }), { exact: true })
    .selectOption('ar');
  await level.nth(0).selectOption('native');
  await main.getByRole('button', { name: v('form.addLanguage') }).click();
  const second = main.getByLabel(v('form.languageNumber', { number: 2 }), {
    exact: true,
  });
  await expect(second).toBeFocused();
  await second.selectOption('de');
  await level.nth(1).selectOption('good');

  await main.getByLabel(form('district'), { exact: true }).selectOption(DISTRICT);
  await main.getByLabel(form('maxDistance'), { exact: true }).fill('5');
  for (const slot of ['tue-afternoon', 'sat-morning']) {
    await main.locator(`#vp-slots-${slot}`).check();
  }
  for (const area of ['school', 'authorities', 'german']) {
    await main.getByLabel(v(`supportAreas.${area}`), { exact: true }).check();
  }
  await main.getByLabel(form('capacity'), { exact: true }).selectOption('2');
  await expect(main.getByLabel(form('children'), { exact: true })).toBeChecked();
  await main
    .getByLabel(form('about'), { exact: true })
    .fill('معلمة لغة عربية، أعيش في بوركن منذ عشر سنوات.');
  await main.getByRole('button', { name: form('save'), exact: true }).click();
  await expect(main.getByTestId('volunteer-profile-saved')).toHaveText(
    AR('volunteerProfile.saved.created'),
  );
}

/**
 * Staff (German) vet the volunteer at /verwaltung/patenschaften/paten/:id: information meeting, interview,
 * orientation training, a clear § 72a certificate inspected yesterday, then approval.
 */
export async function vetAndApprove(page: Page, name: string): Promise<void> {
  const main = page.getByRole('main');
  const live = main.getByTestId('detail-live');

  await page.goto('/verwaltung/patenschaften/paten');
  await main.getByLabel('Name', { exact: true }).fill(name);
  await main.getByRole('button', { name: 'Suchen', exact: true }).click();
  const row = main.getByTestId('volunteer-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('angemeldet');
  await row.getByRole('link', { name }).click();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(name);

  for (const kind of ['info_event', 'interview', 'training']) {
    await main.getByLabel('Schritt', { exact: true }).selectOption(kind);
    await main.getByLabel('Erledigt am').fill(borkenDate(3));
    await main.getByRole('button', { name: 'Schritt speichern' }).click();
    await expect(live).toHaveText(`Der Prüfschritt von \u2068${name}\u2069 ist gespeichert.`);
  }
  await expect(main.getByTestId('vetting-missing')).toHaveText(
    'Alle nötigen Schritte sind erledigt.',
  );

  await main.getByLabel('Ausgestellt am').fill(borkenDate(14));
  await main.getByLabel('Eingesehen am').fill(borkenDate(1));
  await main.getByLabel('nein, kein Eintrag').check();
  await main.getByRole('button', { name: 'Einsicht speichern' }).click();
  await expect(main.getByTestId('certificate')).toContainText('nein, kein Eintrag');

  await main.getByLabel('Neuer Status').selectOption('approved');
  await main.getByRole('button', { name: 'Status ändern' }).click();
  await expect(live).toHaveText(`Der Status von \u2068${name}\u2069 ist geändert.`);
  await expect(main.getByTestId('detail-status')).toHaveText('freigegeben');
}

/**
 * Staff (German) enter a waiting family in Marbeck that speaks Arabic, with a child of primary-school age,
 * free on Tuesday afternoons, needing help with school and the authorities, and record its consent.
 * Returns the family page's URL.
 */
export async function enterFamilyWithConsent(page: Page, contactName: string): Promise<string> {
  const main = page.getByRole('main');
  await page.goto('/verwaltung/patenschaften/familien/neu');
  await main.getByLabel('Name der Kontaktperson').fill(contactName);
  await main.getByLabel('Erreichbar über').selectOption('messenger');
  await main.getByLabel('Telefonnummer').fill('+49 2861 90 55 21');
  await main.getByLabel('Sprache für Nachrichten').selectOption('ar');
  await main.getByLabel('Ortsteil').selectOption(DISTRICT);
  await main.getByLabel('Vorname oder Spitzname').first().fill(contactName.split(' ')[0]);
  await main.getByLabel('Alter').first().selectOption('27-64');
  await main.getByRole('button', { name: 'Weitere Person' }).click();
  await main.getByLabel('Vorname oder Spitzname').nth(1).fill('Yusuf');
  await main.getByLabel('Alter').nth(1).selectOption('6-11');
  await main.getByLabel('Sprache 1', { exact: true }).selectOption('ar');
  await main.getByLabel('Schule und Hausaufgaben').check();
  await main.getByLabel('Ämter und Papiere').check();
  await main.getByLabel('Dienstag, Nachmittag').check();
  await main.getByRole('button', { name: 'Familie speichern' }).click();
  await expect(page).toHaveURL(/\/familien\/[0-9a-f-]{36}$/);
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(contactName);

  await main.getByRole('button', { name: 'Einwilligung speichern' }).click();
  await expect(main.getByTestId('consent-state')).toHaveText('Einwilligung liegt vor');
  return page.url();
}

/** The pairing id in the address of a pairing page. */
export function pairingIdOf(page: Page): string {
  const id = /\/tandems\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  if (!id) throw new Error(`no pairing id in ${page.url()}`);
  return id;
}
