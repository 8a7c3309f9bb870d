import { expect, test } from '@playwright/test';
import { useLocale } from '../../support/locale';
import { linkIn, waitForMail } from '../../support/mail';
import { uniqueEmail } from '../account/account-support';
import { checkAndCapture, DESKTOP, uniqueSuffix } from '../admin/admin-support';
import {
  AR,
  DE,
  enterFamilyWithConsent,
  fillProfileInArabic,
  pairingIdOf,
  signUpInArabic,
  vetAndApprove,
} from './pairing-flow-support';
import { borkenDate, staffPage } from './staff-support';

// Subject of the offer mail in Arabic (libs/api/notifications/src/lib/templates/messages/ar.ts).
const OFFER_MAIL_SUBJECT = /يقترح عليك فريق التنسيق عائلة/;

// Nour, new in the app, signs up in Arabic as a volunteer; Martina Terhorst (staff) vets her, enters the
// Arabic-speaking family of Rania in Marbeck and offers it to her; Nour accepts, the first meeting takes
// place, and Nour logs her first contact, which the coordination office sees.
test('a new volunteer is vetted, paired with a family, accepts and logs a contact', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const volunteerName = `Nour Haddad ${suffix}`;
  const email = uniqueEmail('nour');
  const familyName = `Rania ${suffix}`;
  const note = 'ذهبنا معًا إلى المدرسة وتحدثنا مع المعلمة عن الواجبات.';

  const volunteerContext = await browser.newContext({ viewport: DESKTOP });
  const volunteer = await volunteerContext.newPage();
  await useLocale(volunteer, 'ar');
  const vMain = volunteer.getByRole('main');
  const staff = await staffPage(browser, 'de');
  const sMain = staff.getByRole('main');
  const staffLive = sMain.getByTestId('detail-live');
  const volunteerState = (locale: typeof AR, state: string): string =>
    locale('volunteerPairings.detail.stateHeading', {
      state: locale(`volunteerPairings.states.${state}`),
    });

  await test.step('the volunteer signs up in Arabic and fills in the Patenschaft profile', async () => {
    await signUpInArabic(volunteer, volunteerName, email);
    await fillProfileInArabic(volunteer);
  });

  await test.step('staff record the vetting steps and the certificate, then approve', async () => {
    await vetAndApprove(staff, volunteerName);
  });

  let offeredAt = new Date();
  await test.step('staff enter a family, find the volunteer among the suggestions and offer', async () => {
    await enterFamilyWithConsent(staff, familyName);
    await sMain.getByTestId('candidates-compute').click();
    await expect(sMain.getByTestId('candidates-status')).toContainText('Vorschläge berechnet');
    const candidates = sMain.getByTestId('candidate');
    const ours = candidates.filter({
      has: staff.getByRole('link', { name: volunteerName, exact: true }),
    });
    await expect(ours).toHaveCount(1);
    await expect(ours).toContainText('Marbeck');
    await expect(ours).toContainText('Arabisch (Muttersprache)');

    // The best suggestion needs no reason; anyone else does (other runs may have added volunteers).
    const isFirst = (await candidates.first().getByRole('heading').innerText()) === volunteerName;
    await ours.getByTestId('candidate-offer').click();
    const form = ours.getByTestId('offer-form');
    await expect(form.getByLabel('6 Monate')).toBeFocused();
    await form.getByLabel('12 Monate').check();
    if (!isFirst) {
      await form
        .getByLabel('Warum nicht der erste Vorschlag?')
        .fill('Wohnt im selben Ortsteil und spricht Arabisch wie die Familie.');
    }
    offeredAt = new Date();
    await form.getByTestId('offer-submit').click();
    await expect(staff).toHaveURL(/\/verwaltung\/patenschaften\/tandems\/[0-9a-f-]{36}$/);
    await expect(staffLive).toHaveText('Das Angebot ist verschickt. Stand jetzt: angeboten.');
    await expect(sMain.getByRole('heading', { level: 1 })).toContainText(volunteerName);
  });
  const pairingId = pairingIdOf(staff);

  await test.step('the offer mail arrives in Arabic and links to the offer', async () => {
    const mail = await waitForMail(email, { since: offeredAt, subject: OFFER_MAIL_SUBJECT });
    // Place names stay as they are on the signs (Marbeck), also in Arabic mails.
    expect(mail.text).toContain('Marbeck');
    expect(mail.text).toContain(AR('sponsorshipVocabulary.supportAreas.authorities'));
    expect(linkIn(mail, `/patenschaft/tandems/${pairingId}`).pathname).toBe(
      `/patenschaft/tandems/${pairingId}`,
    );
  });

  await test.step('the volunteer finds the offer on /patenschaft and opens it (Arabic)', async () => {
    await volunteer.goto('/patenschaft');
    const offers = vMain.getByTestId('my-pairings-offers');
    await expect(offers).toContainText(AR('volunteerPairings.overview.offerTitle'));
    await offers.getByRole('link', { name: AR('volunteerPairings.overview.offerLink') }).click();
    await expect(volunteer).toHaveURL(new RegExp(`/patenschaft/tandems/${pairingId}$`));
    await expect(vMain.getByTestId('pairing-state').getByRole('heading', { level: 2 })).toHaveText(
      volunteerState(AR, 'offered'),
    );
    const family = vMain.getByTestId('pairing-family');
    await expect(family).toContainText(AR('sponsorshipVocabulary.districts.marbeck'));
    await expect(family).toContainText(AR('sponsorshipVocabulary.supportAreas.school'));
    await expect(
      vMain.getByRole('button', { name: AR('volunteerPairings.actions.accept.button') }),
    ).toBeVisible();
    await checkAndCapture(volunteer, 'sponsorship-pairing-offer-ar');
  });

  await test.step('the same offer in German', async () => {
    await volunteer.goto(`/patenschaft/tandems/${pairingId}?lang=de`);
    await expect(volunteer.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(vMain.getByTestId('pairing-state').getByRole('heading', { level: 2 })).toHaveText(
      volunteerState(DE, 'offered'),
    );
    await expect(
      vMain.getByRole('button', { name: DE('volunteerPairings.actions.accept.button') }),
    ).toBeVisible();
    await checkAndCapture(volunteer, 'sponsorship-pairing-offer-de');
  });

  await test.step('the volunteer accepts (Arabic)', async () => {
    await volunteer.goto(`/patenschaft/tandems/${pairingId}?lang=ar`);
    await expect(volunteer.locator('html')).toHaveAttribute('dir', 'rtl');
    await vMain
      .getByRole('button', { name: AR('volunteerPairings.actions.accept.button') })
      .click();
    await expect(vMain.getByTestId('pairing-live')).toHaveText(AR('volunteerPairings.done.accept'));
    const heading = vMain.getByTestId('pairing-state').getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(volunteerState(AR, 'accepted'));
    await expect(heading).toBeFocused();
  });

  await test.step('staff arrange the first meeting, then record it as held: the trial starts', async () => {
    await staff.reload();
    await expect(sMain.getByTestId('detail-state')).toHaveText('Stand: zugesagt');
    await sMain.getByRole('button', { name: 'Kennenlernen vereinbaren' }).click();
    const form = sMain.getByTestId('action-form');
    await form.getByLabel('Tag', { exact: true }).fill(borkenDate(-1));
    await form.getByLabel('Uhrzeit', { exact: true }).fill('17:30');
    await form.getByLabel('Ort', { exact: true }).fill('Haus der Begegnung, Raum 2');
    await form.getByRole('button', { name: 'Kennenlernen speichern' }).click();
    await expect(staffLive).toHaveText(
      'Das Kennenlernen ist vereinbart. Stand jetzt: Kennenlernen vereinbart.',
    );
    await expect(sMain.getByTestId('detail-intro')).toContainText('Haus der Begegnung, Raum 2');

    await sMain.getByRole('button', { name: 'Kennenlernen hat stattgefunden' }).click();
    await expect(staffLive).toHaveText(
      'Das Kennenlernen ist eingetragen. Stand jetzt: Probephase.',
    );
    await expect(sMain.getByTestId('detail-state')).toHaveText('Stand: Probephase');
    await expect(sMain.getByTestId('no-check-ins')).toBeVisible();
    await checkAndCapture(staff, 'sponsorship-pairing-staff-trial-de');
  });

  await test.step('the volunteer logs the first contact (Arabic)', async () => {
    await volunteer.reload();
    await expect(vMain.getByTestId('pairing-state').getByRole('heading', { level: 2 })).toHaveText(
      volunteerState(AR, 'trial'),
    );
    await expect(vMain.getByTestId('pairing-contact')).toContainText(familyName);
    const form = vMain.getByTestId('check-in-form');
    const text = (key: string): string => AR(`volunteerPairings.${key}`);
    await expect(form.getByLabel(text('checkIn.date'), { exact: true })).toHaveValue(borkenDate());
    await form.getByLabel(text('kinds.meeting'), { exact: true }).check();
    await form.getByLabel(text('checkIn.duration'), { exact: true }).fill('90');
    await form.getByLabel(AR('sponsorshipVocabulary.supportAreas.school'), { exact: true }).check();
    await form.getByLabel(text('pulses.4'), { exact: true }).check();
    await form.getByLabel(text('checkIn.note'), { exact: true }).fill(note);
    await checkAndCapture(volunteer, 'sponsorship-pairing-contact-form-ar');

    await form.getByRole('button', { name: text('checkIn.submit'), exact: true }).click();
    await expect(form.getByTestId('check-in-saved')).toBeVisible();
    await expect(form.getByLabel(text('checkIn.note'), { exact: true })).toHaveValue('');
    const entry = vMain.getByTestId('check-in-list').getByRole('listitem');
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText(text('kinds.meeting'));
    await expect(entry).toContainText(AR('sponsorshipVocabulary.supportAreas.school'));
    await expect(entry).toContainText(text('pulses.4'));
    await expect(entry.getByText(note)).toBeVisible();
    await checkAndCapture(volunteer, 'sponsorship-pairing-contact-logged-ar');
  });

  await test.step('staff see the contact on the pairing page', async () => {
    await staff.reload();
    const checkIn = sMain.getByTestId('check-in');
    await expect(checkIn).toHaveCount(1);
    await expect(checkIn.getByRole('heading', { level: 3 })).toContainText('Treffen');
    await expect(checkIn).toContainText('90 Minuten');
    await expect(checkIn).toContainText('Schule und Hausaufgaben');
    await expect(checkIn).toContainText('4 – gut');
    await expect(checkIn).toContainText(`vom Paten/von der Patin (\u2068${volunteerName}\u2069)`);
    await expect(checkIn.getByText(note)).toBeVisible();
    await expect(sMain.getByTestId('detail-trial-meetings')).toHaveText(/^\s*1 von \d+\s*$/);
    await checkAndCapture(staff, 'sponsorship-pairing-staff-contact-de');
  });

  await test.step('the staff pairing page in Arabic', async () => {
    const arabic = await staffPage(browser, 'ar');
    const arMain = arabic.getByRole('main');
    await arabic.goto(`/verwaltung/patenschaften/tandems/${pairingId}`);
    await expect(arabic.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(arMain.getByTestId('detail-state')).toContainText(
      AR('staffPairings.states.trial'),
    );
    await expect(arMain.getByTestId('check-in').getByText(note)).toBeVisible();
    await checkAndCapture(arabic, 'sponsorship-pairing-staff-ar');
    await arabic.context().close();
  });

  await volunteerContext.close();
  await staff.context().close();
});
