import { expect, test } from '@playwright/test';
import { expectSessionKnown } from '../../support/identity';
import { useLocale } from '../../support/locale';
import { mailsTo, waitForMail } from '../../support/mail';
import { checkPage, NEW_PASSWORD, signUpThroughApi, textsOf, uniqueEmail } from './account-support';

test('signing in before confirming the address explains it and sends the mail again', async ({
  page,
}) => {
  const t = textsOf('de');
  const email = uniqueEmail('amir');
  const main = page.getByRole('main');
  await signUpThroughApi(page.request, { email, displayName: 'Amir Rahimi', roles: ['resident'] });
  await waitForMail(email);
  expect(await mailsTo(email)).toHaveLength(1);

  await useLocale(page, 'de');
  await page.goto('/anmelden');
  await expectSessionKnown(page);
  await main.getByLabel(t('signIn.email'), { exact: true }).fill(email);
  await main.getByLabel(t('signIn.password'), { exact: true }).fill(NEW_PASSWORD);
  await main.getByRole('button', { name: t('signIn.submit'), exact: true }).click();

  await expect(main.getByRole('alert').first()).toHaveText(t('signInHelp.emailNotVerified'));
  await expect(page).toHaveURL(/\/anmelden$/);
  const resend = main.getByRole('button', { name: t('signInHelp.resend'), exact: true });
  await expect(resend).toBeFocused();
  await checkPage(page, 'sign-in-de-not-verified');

  const since = new Date();
  await resend.click();
  await expect(main.getByRole('status')).toHaveText(t('signInHelp.resent'));
  await waitForMail(email, { since });
  expect(await mailsTo(email)).toHaveLength(2);
});
