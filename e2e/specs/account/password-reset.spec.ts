import { expect, test } from '@playwright/test';
import { AUTH_ROUTES } from '@zusammen/shared/contracts';
import { expectSessionKnown } from '../../support/identity';
import { useLocale } from '../../support/locale';
import { linkIn, waitForMail } from '../../support/mail';
import {
  checkPage,
  NEW_PASSWORD,
  OTHER_PASSWORD,
  signUpThroughApi,
  textsOf,
  uniqueEmail,
  verifyThroughApi,
} from './account-support';

test('forgot password: the mail leads to a new password, which then signs in', async ({ page }) => {
  const t = textsOf('de');
  const email = uniqueEmail('jonas');
  const main = page.getByRole('main');
  await signUpThroughApi(page.request, { email, displayName: 'Jonas Tenbrink' });
  await verifyThroughApi(page.request, email);

  await useLocale(page, 'de');
  await page.goto('/anmelden');
  await expectSessionKnown(page);

  const since = new Date();
  await test.step('ask for a link from the sign-in page', async () => {
    await main.getByRole('link', { name: t('signInHelp.forgotPassword') }).click();
    await expect(page).toHaveURL(/\/passwort-vergessen$/);
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(t('forgotPassword.title'));
    await checkPage(page, 'forgot-password-de');
    await main
      .getByLabel(`${t('forgotPassword.email')} ${t('forgotPassword.required')}`, { exact: true })
      .fill(email);
    await main.getByRole('button', { name: t('forgotPassword.submit'), exact: true }).click();
    const heading = main.getByRole('heading', { level: 2, name: t('forgotPassword.sent.title') });
    await expect(heading).toBeFocused();
    await expect(main.getByTestId('forgot-sent-to')).toHaveText(email);
    await checkPage(page, 'forgot-password-de-sent');
  });

  let resetLink: URL;
  await test.step('the mail carries the link with the token in the fragment', async () => {
    const mail = await waitForMail(email, { since });
    resetLink = linkIn(mail, '/passwort-neu');
    expect(resetLink.hash).toMatch(/^#token=/);
  });

  await test.step('choose a new password', async () => {
    await page.goto(resetLink.toString());
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(t('resetPassword.title'));
    expect(await page.evaluate(() => window.location.hash)).toBe('');
    const field = main.getByLabel(`${t('resetPassword.password')} ${t('resetPassword.required')}`, {
      exact: true,
    });
    await field.fill('zu kurz');
    await main.getByRole('button', { name: t('resetPassword.submit'), exact: true }).click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toBeFocused();
    await checkPage(page, 'reset-password-de-error');

    await field.fill(OTHER_PASSWORD);
    await main.getByRole('button', { name: t('resetPassword.submit'), exact: true }).click();
    const heading = main.getByRole('heading', { level: 2, name: t('resetPassword.success.title') });
    await expect(heading).toBeFocused();
    await checkPage(page, 'reset-password-de-success');
  });

  await test.step('the old password no longer works, the new one does', async () => {
    const old = await page.request.post(AUTH_ROUTES.signIn, {
      data: { email, password: NEW_PASSWORD },
    });
    expect(old.status()).toBe(401);

    await main.getByRole('link', { name: t('resetPassword.success.signIn') }).click();
    await expect(page).toHaveURL(/\/anmelden$/);
    await main.getByLabel(t('signIn.email'), { exact: true }).fill(email);
    await main.getByLabel(t('signIn.password'), { exact: true }).fill(OTHER_PASSWORD);
    await main.getByRole('button', { name: t('signIn.submit'), exact: true }).click();
    await expect(page).toHaveURL(/\/konto$/);
    await expect(page.getByRole('banner').getByTestId('session-user')).toHaveText('Jonas Tenbrink');
  });

  await test.step('the link works only once', async () => {
    await page.goto(resetLink.toString());
    await main
      .getByLabel(`${t('resetPassword.password')} ${t('resetPassword.required')}`, { exact: true })
      .fill('Noch ein ganz anderes Passwort 5');
    await main.getByRole('button', { name: t('resetPassword.submit'), exact: true }).click();
    await expect(
      main.getByRole('heading', { level: 2, name: t('resetPassword.invalid.title') }),
    ).toBeFocused();
    await expect(main.getByRole('link', { name: t('resetPassword.newLink') })).toBeVisible();
  });
});

test('the forgotten-password page in Arabic', async ({ page }) => {
  const t = textsOf('ar');
  const main = page.getByRole('main');
  await useLocale(page, 'de');
  await page.goto('/passwort-vergessen?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectSessionKnown(page);

  await main.getByRole('button', { name: t('forgotPassword.submit'), exact: true }).click();
  await expect(main.getByText(t('forgotPassword.emailMissing'))).toBeVisible();
  await checkPage(page, 'forgot-password-ar-error');

  await main
    .getByLabel(`${t('forgotPassword.email')} ${t('forgotPassword.required')}`, { exact: true })
    .fill(uniqueEmail('nobody'));
  await main.getByRole('button', { name: t('forgotPassword.submit'), exact: true }).click();
  await expect(
    main.getByRole('heading', { level: 2, name: t('forgotPassword.sent.title') }),
  ).toBeFocused();
  await checkPage(page, 'forgot-password-ar-sent');

  await page.goto('/passwort-neu?lang=ar');
  await expect(
    main.getByRole('heading', { level: 2, name: t('resetPassword.invalid.title') }),
  ).toBeVisible();
  await checkPage(page, 'reset-password-ar-invalid');
});
