import { expect, test } from '@playwright/test';
import { EVENT_ROUTES } from '@zusammen/shared/contracts';
import { SIGN_IN_LABELS } from '../../support/identity';
import { useLocale } from '../../support/locale';
import { waitForMail } from '../../support/mail';
import { signInAs } from '../../support/notifications';
import {
  NEW_PASSWORD,
  signUpThroughApi,
  textsOf,
  uniqueEmail,
  verifyThroughApi,
} from '../account/account-support';
import { checkAndCapture, DESKTOP, screenshot, uniqueSuffix } from '../admin/admin-support';
import { staffPage } from '../sponsorship/staff-support';
import {
  apiSession,
  bookSeminarRoom,
  createEvent,
  registerThroughApi,
} from './event-registration-support';

const AR = textsOf('ar');
const DE = textsOf('de');
/** The words of a text before its first placeholder (`textsOf` leaves placeholders empty). */
const lead = (text: string): string => text.split(/[:(،,]/)[0].trim();
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Ahmad (organizer) puts a language café on his booking of the Seminarraum, in German and Arabic, for three
// people. Amal, new in Borken and reading Arabic, finds it in the public programme, signs in from the event
// page, registers herself and her daughter and gets the confirmation with a calendar entry; a sewing café
// that is already full puts her on the waiting list. She subscribes to her dates in her calendar app. At the
// door, staff register Yusuf (no e-mail) at the desk and check everyone in; the list also prints on paper.
test('a resident registers in Arabic, a full date offers the waiting list, the desk registers a walk-in and checks people in', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const suffix = uniqueSuffix();
  const germanTitle = `Sprachcafé ${suffix}`;
  const arabicTitle = `مقهى اللغة ${suffix}`;
  const fullGermanTitle = `Nähcafé ${suffix}`;
  const fullArabicTitle = `مقهى الخياطة ${suffix}`;
  const residentName = `Amal Haddad ${suffix}`;
  const residentEmail = uniqueEmail('amal');
  const walkInName = `Yusuf Hamdan ${suffix}`;

  const organizerApi = await apiSession(browser, 'organizer');
  const fillerApi = await apiSession(browser, 'volunteer3');

  const organizerContext = await browser.newContext({ viewport: DESKTOP });
  const organizer = await organizerContext.newPage();
  await useLocale(organizer, 'de');
  const oMain = organizer.getByRole('main');

  let eventId = '';
  let occurrenceId = '';
  await test.step('the organizer creates the event on his booking, in German and Arabic', async () => {
    const booking = await bookSeminarRoom(organizerApi, germanTitle, '08:00', '09:30');
    await organizerApi.close();
    await signInAs(organizer, 'organizer', 'de');

    await organizer.goto('/raeume/veranstaltungen/neu');
    await expect(oMain.getByRole('heading', { level: 1 })).toHaveText(DE('events.form.title'));
    await oMain.getByRole('radio', { name: new RegExp(escape(germanTitle)) }).check();
    await oMain.locator('#event-title-de').fill(germanTitle);
    await oMain
      .locator('#event-description-de')
      .fill('Deutsch sprechen üben bei Tee und Kaffee. Alle Niveaus sind willkommen.');
    await oMain.getByLabel(DE('events.form.addLanguageLabel'), { exact: true }).selectOption('ar');
    await oMain.getByTestId('event-add-language').click();
    await expect(oMain.locator('#event-title-ar')).toBeFocused();
    await oMain.locator('#event-title-ar').fill(arabicTitle);
    await oMain
      .getByRole('checkbox', { name: DE('events.vocabulary.languages.ar'), exact: true })
      .check();

    // Without the number of places the form refuses and says why, at the top and at the field.
    await oMain.getByTestId('event-submit').click();
    const summary = oMain
      .getByRole('alert')
      .filter({ hasText: DE('events.form.errors.summaryTitle') });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(DE('events.form.errors.capacity'));
    await expect(oMain.getByLabel(DE('events.form.capacity'), { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await checkAndCapture(organizer, 'events-form-errors-de');

    await oMain.getByLabel(DE('events.form.capacity'), { exact: true }).fill('3');
    await oMain.getByTestId('event-submit').click();
    await expect(organizer).toHaveURL(/\/raeume\/veranstaltungen$/);
    await expect(oMain.getByTestId('organizer-live')).toContainText(germanTitle);

    const card = oMain.getByTestId('organizer-event').filter({ hasText: germanTitle });
    await expect(card.getByTestId('organizer-date')).toHaveCount(1);
    const href = (await card.getByTestId('organizer-check-in').getAttribute('href')) ?? '';
    const match =
      /\/verwaltung\/raeume\/termine\/([0-9a-f-]{36})\?veranstaltung=([0-9a-f-]{36})/.exec(href);
    expect(match, href).not.toBeNull();
    occurrenceId = match?.[1] ?? '';
    eventId = match?.[2] ?? '';
    expect(booking.id).toBeTruthy();
    await checkAndCapture(organizer, 'events-organizer-de');
  });

  let fullEventId = '';
  let fillerRegistrationId = '';
  await test.step('a second event with one place is already full', async () => {
    const organizerApi2 = await apiSession(browser, 'organizer');
    const booking = await bookSeminarRoom(organizerApi2, fullGermanTitle, '10:00', '11:00');
    const full = await createEvent(organizerApi2, {
      bookingId: booking.id,
      title: { de: fullGermanTitle, ar: fullArabicTitle },
      description: { de: 'Gemeinsam nähen und reparieren.' },
      audience: 'women',
      public: true,
      languagesSpoken: ['de', 'ar', 'fa'],
      capacity: 1,
      requiresApproval: false,
      waitlistEnabled: true,
    });
    fullEventId = full.id;
    const result = await registerThroughApi(fillerApi, full.occurrences[0].id, 1);
    expect(result.outcome).toBe('registered');
    fillerRegistrationId = result.registrationId ?? '';
    await organizerApi2.close();
  });

  // Amal's account: signed up in Arabic as a resident (the sign-up form has its own specs).
  await signUpThroughApi(request, {
    email: residentEmail,
    displayName: residentName,
    locale: 'ar',
    roles: ['resident'],
  });
  await verifyThroughApi(request, residentEmail);

  const residentContext = await browser.newContext({ viewport: DESKTOP });
  const resident = await residentContext.newPage();
  await useLocale(resident, 'ar');
  const rMain = resident.getByRole('main');

  await test.step('the public programme shows the event in Arabic, without signing in', async () => {
    await resident.goto('/programm?lang=ar');
    await expect(resident.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(rMain.getByRole('heading', { level: 1 })).toHaveText(AR('events.programme.title'));
    const entry = rMain.getByTestId('programme-entry').filter({ hasText: arabicTitle });
    await expect(entry).toHaveCount(1);
    await expect(entry.locator('[data-state="free"]')).toBeVisible();
    await expect(entry).toContainText(AR('events.vocabulary.languages.ar'));
    // The sewing café has no German-only title: Arabic too; it is full, so the waiting list is open.
    const full = rMain.getByTestId('programme-entry').filter({ hasText: fullArabicTitle });
    await expect(full.locator('[data-state="waitlist"]')).toHaveText(AR('events.seats.waitlist'));
    await expect(rMain.getByTestId('programme-ics')).toHaveAttribute(
      'href',
      '/api/calendar/public.ics?lang=ar',
    );

    // Filtering for women's events leaves the language café out and keeps the sewing café.
    await rMain
      .getByLabel(AR('events.programme.audienceFilter'), { exact: true })
      .selectOption('women');
    await expect(resident).toHaveURL(/fuer=women/);
    await expect(rMain.getByTestId('programme-entry').filter({ hasText: arabicTitle })).toHaveCount(
      0,
    );
    await expect(
      rMain.getByTestId('programme-entry').filter({ hasText: fullArabicTitle }),
    ).toHaveCount(1);
    await rMain.getByLabel(AR('events.programme.audienceFilter'), { exact: true }).selectOption('');
    await expect(entry).toHaveCount(1);
    await checkAndCapture(resident, 'events-programme-ar');

    await resident.goto('/programm?lang=de');
    await expect(rMain.getByTestId('programme-entry').filter({ hasText: germanTitle })).toHaveCount(
      1,
    );
    await checkAndCapture(resident, 'events-programme-de');
    await resident.goto('/programm?lang=ar');
  });

  await test.step('from the event page she signs in and comes back to register two people', async () => {
    await rMain
      .getByTestId('programme-entry')
      .filter({ hasText: arabicTitle })
      .getByRole('link', { name: arabicTitle })
      .click();
    await expect(resident).toHaveURL(new RegExp(`/programm/${eventId}\\?termin=${occurrenceId}$`));
    await expect(rMain.getByTestId('event-title')).toHaveText(arabicTitle);
    // The description exists only in German: shown as German text inside the Arabic page.
    await expect(rMain.getByTestId('event-description')).toHaveAttribute('lang', 'de');
    await rMain
      .getByTestId('event-sign-in')
      .getByRole('link', { name: AR('events.detail.signIn') })
      .click();
    await expect(resident).toHaveURL(/\/anmelden\?zurueck=/);
    await rMain.getByLabel(SIGN_IN_LABELS.ar.email, { exact: true }).fill(residentEmail);
    await rMain.getByLabel(SIGN_IN_LABELS.ar.password, { exact: true }).fill(NEW_PASSWORD);
    await rMain.getByRole('button', { name: SIGN_IN_LABELS.ar.submit, exact: true }).click();
    await expect(resident).toHaveURL(new RegExp(`/programm/${eventId}\\?termin=${occurrenceId}$`));

    const form = rMain.getByTestId('registration-form');
    await expect(form.locator(`#registration-date-${occurrenceId}`)).toBeChecked();
    await form.getByLabel(AR('events.register.partySize'), { exact: true }).selectOption('2');
    const since = new Date();
    await form.getByRole('button', { name: AR('events.register.submit') }).click();
    const done = rMain.getByTestId('registration-done');
    await expect(done).toContainText(lead(AR('events.register.done.registered')));
    await expect(done).toBeFocused();
    await checkAndCapture(resident, 'events-detail-ar');

    const mail = await waitForMail(residentEmail, {
      since,
      subject: new RegExp(escape(arabicTitle)),
    });
    const ics = mail.attachments.find(
      (a) => a.filename.endsWith('.ics') || a.contentType.startsWith('text/calendar'),
    );
    expect(ics, `attachments of "${mail.subject}"`).toBeTruthy();
    expect(ics?.content).toContain('BEGIN:VEVENT');
  });

  await test.step('the full sewing café puts her on the waiting list', async () => {
    await resident.goto(`/programm/${fullEventId}`);
    await expect(rMain.getByTestId('event-title')).toHaveText(fullArabicTitle);
    await expect(rMain.getByTestId('registration-would-wait')).toHaveText(
      AR('events.register.fullNote'),
    );
    await rMain.getByRole('button', { name: AR('events.register.submitWaitlist') }).click();
    await expect(rMain.getByTestId('registration-done')).toContainText(
      lead(AR('events.register.done.waitlisted')),
    );

    await resident.goto(`/programm/${eventId}?lang=de`);
    await expect(rMain.getByTestId('event-title')).toHaveText(germanTitle);
    await checkAndCapture(resident, 'events-detail-de');
  });

  await test.step('“My dates” lists both, and she subscribes in her calendar app', async () => {
    await resident.goto('/meine-termine?lang=ar');
    await expect(rMain.getByRole('heading', { level: 1 })).toHaveText(AR('events.myDates.title'));
    await expect(
      rMain.getByTestId('my-dates-registration').filter({ hasText: arabicTitle }),
    ).toHaveCount(1);
    await expect(
      rMain.getByTestId('my-dates-waitlist').filter({ hasText: fullArabicTitle }),
    ).toHaveCount(1);

    await rMain.getByTestId('feed-create').click();
    const url = rMain.locator('#feed-url');
    await expect(url).toBeFocused();
    const feedUrl = await url.inputValue();
    expect(feedUrl).toMatch(/\/api\/calendar\/feeds\/[^/]+$/);
    const feed = await resident.request.get(feedUrl);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    await checkAndCapture(resident, 'events-my-dates-ar');

    await rMain.getByRole('button', { name: AR('events.feed.revoke') }).click();
    await rMain.getByRole('button', { name: AR('events.feed.revokeYes') }).click();
    await expect(rMain.getByTestId('feed-revoked')).toHaveText(AR('events.feed.revoked'));
    expect((await resident.request.get(feedUrl)).status()).toBeGreaterThanOrEqual(400);

    await resident.goto('/meine-termine?lang=de');
    await expect(
      rMain.getByTestId('my-dates-registration').filter({ hasText: germanTitle }),
    ).toHaveCount(1);
    await checkAndCapture(resident, 'events-my-dates-de');
  });

  await test.step('a place frees up in the sewing café: she gets an offer and accepts it', async () => {
    const { status } = await fillerApi.post(
      `${EVENT_ROUTES.registrations}/${fillerRegistrationId}/cancel`,
      {},
    );
    expect(status).toBe(200);
    await fillerApi.close();

    await resident.goto('/meine-termine?lang=ar');
    const offer = rMain.getByTestId('my-dates-offer').filter({ hasText: fullArabicTitle });
    await expect(offer).toHaveCount(1);
    await expect(offer.getByTestId('offer-expires')).toBeVisible();
    await expect(rMain.getByTestId('my-dates-waitlist')).toHaveCount(0);
    await checkAndCapture(resident, 'events-my-dates-offer-ar');
    await resident.goto('/meine-termine?lang=de');
    await expect(rMain.getByTestId('my-dates-offer')).toHaveCount(1);
    await checkAndCapture(resident, 'events-my-dates-offer-de');
    await resident.goto('/meine-termine?lang=ar');
    await offer.getByRole('button', { name: AR('events.myDates.accept') }).click();
    await expect(rMain.getByTestId('my-dates-live')).toContainText(fullArabicTitle);
    await expect(rMain.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(rMain.getByTestId('my-dates-offer')).toHaveCount(0);
    await expect(
      rMain.getByTestId('my-dates-registration').filter({ hasText: fullArabicTitle }),
    ).toHaveCount(1);
  });

  await test.step('at the door: staff register a walk-in at the desk and check people in', async () => {
    const staff = await staffPage(browser, 'de');
    const sMain = staff.getByRole('main');
    await staff.goto(`/verwaltung/raeume/termine/${occurrenceId}?veranstaltung=${eventId}`);
    await expect(sMain.getByTestId('check-in-title')).toContainText(germanTitle);
    const amal = sMain.getByTestId('check-in-row').filter({ hasText: residentName });
    await expect(amal).toHaveAttribute('data-status', 'confirmed');

    const desk = sMain.getByTestId('desk-form');
    await desk.getByLabel(DE('events.desk.name'), { exact: true }).fill(walkInName);
    await desk.getByLabel(DE('events.desk.phone'), { exact: true }).fill('0151 2345678');
    await desk.getByLabel(DE('events.desk.locale'), { exact: true }).selectOption('ar');
    await desk.getByTestId('desk-submit').click();
    await expect(sMain.getByTestId('desk-live')).toContainText(walkInName);
    await expect(desk.getByLabel(DE('events.desk.name'), { exact: true })).toBeFocused();
    const yusuf = sMain.getByTestId('check-in-row').filter({ hasText: walkInName });
    await expect(yusuf).toContainText(DE('events.checkIn.viaDesk'));

    // Large enough for a finger on the tablet at the door (WCAG 2.5.8).
    const button = amal.getByTestId('check-in-button');
    const box = await button.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    await button.click();
    await expect(amal).toHaveAttribute('data-status', 'checked_in');
    await expect(sMain.getByTestId('check-in-live')).toContainText(residentName);
    await expect(sMain.getByTestId('check-in-arrived')).toHaveText('2');
    await checkAndCapture(staff, 'events-check-in-de');

    await yusuf.getByTestId('check-in-button').click();
    await expect(yusuf).toHaveAttribute('data-status', 'checked_in');
    await expect(sMain.getByTestId('check-in-arrived')).toHaveText('3');

    // On paper: only the list, no site header, navigation or buttons.
    await staff.emulateMedia({ media: 'print' });
    await expect(staff.getByRole('banner')).toBeHidden();
    await expect(sMain.getByTestId('check-in-print')).toBeHidden();
    await expect(sMain.getByTestId('desk-form')).toBeHidden();
    await screenshot(staff, 'events-check-in-print');
    await staff.emulateMedia({ media: 'screen' });

    await staff.goto(`/verwaltung/raeume/termine/${occurrenceId}?veranstaltung=${eventId}&lang=ar`);
    await expect(sMain.getByTestId('check-in-title')).toContainText(arabicTitle);
    await checkAndCapture(staff, 'events-check-in-ar');
  });

  await test.step('the organizer cancels the sewing café date; it no longer offers places', async () => {
    await organizer.goto('/raeume/veranstaltungen?lang=de');
    const card = oMain.getByTestId('organizer-event').filter({ hasText: fullGermanTitle });
    const date = card.getByTestId('organizer-date');
    await expect(date).toContainText('1 von 1 belegt');
    await date
      .getByRole('button', { name: new RegExp(`^${DE('events.organizer.cancel')}`) })
      .click();
    const yes = date.getByRole('button', { name: DE('events.organizer.cancelYes') });
    await expect(date.getByRole('group').locator('p')).toBeFocused();
    await yes.click();
    await expect(oMain.getByTestId('organizer-live')).toContainText(fullGermanTitle);
    await expect(date).toContainText(DE('events.vocabulary.occurrenceStatus.cancelled'));
    await expect(oMain.getByRole('heading', { level: 1 })).toBeFocused();

    await resident.goto(`/programm/${fullEventId}?lang=ar`);
    await expect(rMain.getByText(AR('events.detail.noDates'))).toBeVisible();
  });

  await test.step('the organizer pages in Arabic', async () => {
    await organizer.goto('/raeume/veranstaltungen?lang=ar');
    await expect(oMain.getByTestId('organizer-event').filter({ hasText: arabicTitle })).toHaveCount(
      1,
    );
    await checkAndCapture(organizer, 'events-organizer-ar');
    await organizer.goto('/raeume/veranstaltungen/neu?lang=ar');
    await expect(oMain.getByRole('heading', { level: 1 })).toHaveText(AR('events.form.title'));
    await checkAndCapture(organizer, 'events-form-ar');
  });
});
