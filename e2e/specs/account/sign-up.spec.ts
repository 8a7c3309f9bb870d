import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../../support/a11y';
import { expectSessionKnown } from '../../support/identity';
import { useLocale } from '../../support/locale';
import { linkIn, waitForMail } from '../../support/mail';
import { checkPage, NEW_PASSWORD, screenshot, textsOf, uniqueEmail } from './account-support';

test('a volunteer signs up in Arabic, confirms the address and signs in', async ({ page }) => {
  const t = textsOf('ar');
  const email = uniqueEmail('layla');
  const name = 'ليلى حداد';
  const main = page.getByRole('main');
  const required = (label: string): string => `${label} ${t('signUp.required')}`;

  await useLocale(page, 'de');
  await page.goto('/registrieren?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectSessionKnown(page);
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(t('signUp.title'));

  await test.step('the empty form explains what is missing', async () => {
    await main.getByRole('button', { name: t('signUp.submit'), exact: true }).click();
    const summary = main.getByTestId('sign-up-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveCount(5);
    await expect(main.getByLabel(required(t('signUp.email')), { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await checkPage(page, 'sign-up-ar-errors');
  });

  const since = new Date();
  await test.step('fill in the form; the account language is preset to Arabic', async () => {
    await expect(main.getByLabel(required(t('signUp.locale')), { exact: true })).toHaveValue('ar');
    await main.getByLabel(required(t('signUp.displayName')), { exact: true }).fill(name);
    await main.getByLabel(required(t('signUp.email')), { exact: true }).fill(email);
    await main.getByLabel(required(t('signUp.password')), { exact: true }).fill(NEW_PASSWORD);
    await main.getByLabel(t('signUp.roles.volunteer.label'), { exact: true }).check();
    await main.getByLabel(t('signUp.privacy'), { exact: true }).check();
    await expect(main.getByTestId('sign-up-summary')).toHaveCount(1);
    await checkPage(page, 'sign-up-ar-filled');
    await main.getByRole('button', { name: t('signUp.submit'), exact: true }).click();
  });

  await test.step('the page says to check the mail', async () => {
    const heading = main.getByRole('heading', { level: 2, name: t('signUp.sent.title') });
    await expect(heading).toBeFocused();
    await expect(main.getByTestId('sign-up-sent-to')).toHaveText(email);
    await checkPage(page, 'sign-up-ar-sent');
  });

  let verifyLink: URL;
  await test.step('the confirmation mail arrives, in Arabic', async () => {
    const mail = await waitForMail(email, { since });
    expect(mail.text).toMatch(/[\u0600-\u06FF]/);
    verifyLink = linkIn(mail, '/e-mail-bestaetigen');
    expect(verifyLink.hash).toMatch(/^#token=/);
  });

  await test.step('the link confirms the address and leaves no token in the address bar', async () => {
    await page.goto(verifyLink.toString());
    const heading = main.getByRole('heading', { level: 2, name: t('verifyEmail.success.title') });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    expect(await page.evaluate(() => window.location.hash)).toBe('');
    await expect(page).toHaveURL(/\/e-mail-bestaetigen$/);
    await checkPage(page, 'verify-email-ar-success');
  });

  await test.step('sign in with the address prefilled and land signed in', async () => {
    await main.getByRole('link', { name: t('verifyEmail.success.signIn') }).click();
    await expect(page).toHaveURL(/\/anmelden\?email=/);
    await expect(main.getByLabel(t('signIn.email'), { exact: true })).toHaveValue(email);
    await main.getByLabel(t('signIn.password'), { exact: true }).fill(NEW_PASSWORD);
    await main.getByRole('button', { name: t('signIn.submit'), exact: true }).click();

    await expect(page).toHaveURL(/\/konto$/);
    await expect(page.getByRole('banner').getByTestId('session-user')).toHaveText(name);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(main.getByTestId('account-email')).toHaveText(email);
    await expect(main.getByTestId('account-roles')).toHaveText(t('roles.volunteer'));
    await expectNoAxeViolations(page);
    await screenshot(page, 'sign-up-ar-signed-in-desktop');
  });

  await test.step('the used link does not work a second time', async () => {
    await page.goto(verifyLink.toString());
    await expect(
      main.getByRole('heading', { level: 2, name: t('verifyEmail.invalid.title') }),
    ).toBeVisible();
    await checkPage(page, 'verify-email-ar-invalid');
  });
});

test('the sign-up form in German, with its explanations and errors', async ({ page }) => {
  const t = textsOf('de');
  const main = page.getByRole('main');
  await useLocale(page, 'de');
  await page.goto('/registrieren');
  await expectSessionKnown(page);
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(t('signUp.title'));
  await expect(main.getByLabel(`${t('signUp.locale')} ${t('signUp.required')}`)).toHaveValue('de');
  await checkPage(page, 'sign-up-de');

  await main.getByLabel(`${t('signUp.password')} ${t('signUp.required')}`).fill('zu kurz');
  await main.getByRole('button', { name: t('signUp.submit'), exact: true }).click();
  await expect(main.getByTestId('sign-up-summary')).toBeFocused();
  await expect(
    main.getByTestId('sign-up-summary').getByRole('link', {
      name: t('signUp.errors.password.tooShort', { min: 12 }),
    }),
  ).toBeVisible();
  await checkPage(page, 'sign-up-de-errors');

  await test.step('a summary link leads to its field', async () => {
    await main.getByTestId('sign-up-summary').getByRole('link').first().click();
    await expect(
      main.getByLabel(`${t('signUp.displayName')} ${t('signUp.required')}`),
    ).toBeFocused();
  });
});
