import { expect, test } from '@playwright/test';
import { useLocale } from '../../support/locale';
import { signInAs } from '../../support/notifications';
import { expectNoAxeViolations } from '../../support/a11y';
import { checkAndCapture, DESKTOP, PHONE, screenshot, uniqueSuffix } from '../admin/admin-support';
import { staffPage } from '../sponsorship/staff-support';
import {
  AR,
  DE,
  addDays,
  dayColumn,
  dayInWords,
  fillBooking,
  openCalendar,
  showAllBookings,
  weekdayAhead,
} from './room-booking-support';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Ahmad (organizer) wants the Großer Saal for a parents' café on Wednesday mornings. The hall needs the house
// management's approval. A first talk two weeks in is already requested, so the weekly series collides with it:
// the preview marks that date, and when he insists the server refuses with the conflict and offers free slots.
// He leaves the date out, sends the request and sees it waiting. Staff approve the series as one request on
// /verwaltung/raeume; his bookings and the calendar then say "bestätigt". Every page is checked with axe and
// captured in German and Arabic, on a desktop and a phone.
test('an organizer books a weekly series that needs approval, sees the conflict handling, staff approve it', async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const suffix = uniqueSuffix();
  const seriesTitle = `Elterncafé ${suffix}`;
  const talkTitle = `Vorbesprechung ${suffix}`;
  // Wednesdays 5 to 8 weeks ahead, 10:00–11:30: the demo data leaves the hall free then.
  const first = weekdayAhead(35, 3);
  const taken = addDays(first, 14);

  const context = await browser.newContext({ viewport: DESKTOP });
  const organizer = await context.newPage();
  await useLocale(organizer, 'de');
  const main = organizer.getByRole('main');
  await signInAs(organizer, 'organizer', 'de');

  let hallId = '';
  await test.step('the calendar shows the week; free time in the Großer Saal starts a booking', async () => {
    await organizer
      .getByRole('banner')
      .getByRole('link', { name: DE('nav.rooms'), exact: true })
      .click();
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(DE('rooms.calendar.title'));
    await expect(main.getByRole('radio', { name: DE('rooms.calendar.views.week') })).toBeChecked();
    await checkAndCapture(organizer, 'rooms-calendar-week-de');

    await main.getByLabel(DE('rooms.calendar.date'), { exact: true }).fill(first);
    await main
      .getByLabel(DE('rooms.calendar.room'), { exact: true })
      .selectOption({ label: 'Großer Saal' });
    await expect(organizer).toHaveURL(new RegExp(`date=${first}.*room=`));
    hallId = new URL(organizer.url()).searchParams.get('room') ?? '';
    expect(hallId).not.toBe('');
    await expect(main.getByTestId('calendar-heading')).toContainText('Großer Saal');

    // From the keyboard: the first free time of that Wednesday, then Enter.
    const free = dayColumn(main, first).getByTestId('calendar-free').first();
    await expect(free).toHaveAttribute('aria-label', /Großer Saal.*Mittwoch.*frei/);
    await free.focus();
    await organizer.keyboard.press('Enter');
    await expect(organizer).toHaveURL(
      new RegExp(`/raeume/buchen\\?room=${hallId}&date=${first}&start=`),
    );
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(DE('rooms.form.title'));
    await expect(main.getByLabel(DE('rooms.form.labels.roomId'), { exact: true })).toHaveValue(
      hallId,
    );
    await expect(main.getByTestId('room-info')).toContainText(DE('rooms.form.roomInfo.approval'));
  });

  await test.step('a first talk two weeks later is requested on its own', async () => {
    await fillBooking(main, { title: talkTitle, date: taken, start: '10:00', end: '11:30' });
    await expect(main.getByTestId('booking-submit')).toHaveText(DE('rooms.form.submitRequest'));
    await main.getByTestId('booking-submit').click();
    await expect(main.getByTestId('booking-live')).toContainText(
      DE('rooms.form.done.titlePending'),
    );
    await expect(main.getByTestId('booking-done-date')).toHaveCount(1);
    await expect(main.getByTestId('booking-done-date')).toContainText(DE('rooms.status.pending'));
    await main.getByRole('button', { name: DE('rooms.form.done.another') }).click();
  });

  let conflicts = 0;
  await test.step('the weekly series: the preview marks the taken date to be left out', async () => {
    // Missing details are listed at the top, each linked to its field.
    await main.getByLabel(DE('rooms.form.labels.title'), { exact: true }).fill('');
    await main.getByTestId('booking-submit').click();
    const summary = main.getByRole('alert').filter({ hasText: DE('rooms.form.errorsTitle') });
    await expect(summary).toBeFocused();
    await expect(
      summary.getByRole('link', { name: DE('rooms.form.errors.title.required') }),
    ).toBeVisible();
    await checkAndCapture(organizer, 'rooms-form-errors-de');

    await fillBooking(main, {
      title: seriesTitle,
      date: first,
      start: '10:00',
      end: '11:30',
      weeklyCount: 4,
    });
    await expect(main.getByRole('checkbox', { name: 'Mittwoch', exact: true })).toBeChecked();
    await main.getByTestId('booking-check').click();
    const preview = main.getByTestId('booking-preview');
    await expect(preview.getByTestId('preview-date')).toHaveCount(4);
    const takenRow = preview
      .getByTestId('preview-date')
      .filter({ hasText: dayInWords(taken, 'de') });
    await expect(takenRow).toContainText(talkTitle);
    await expect(takenRow.getByRole('checkbox')).toBeChecked();
    conflicts = await preview.locator('.preview__date--conflict').count();
    expect(conflicts).toBeGreaterThanOrEqual(1);
    await expect(preview.getByTestId('preview-count')).toHaveText(
      DE('rooms.form.preview.willBook', { count: 4 - conflicts }),
    );
    await checkAndCapture(organizer, 'rooms-form-preview-de');
  });

  await test.step('insisting on the taken date: the server refuses and offers free slots', async () => {
    const preview = main.getByTestId('booking-preview');
    const takenRow = preview
      .getByTestId('preview-date')
      .filter({ hasText: dayInWords(taken, 'de') });
    await takenRow.getByRole('checkbox').uncheck();
    await main.getByTestId('booking-submit').click();
    const problem = main.getByTestId('booking-problem');
    await expect(problem).toBeFocused();
    await expect(problem).toContainText(DE('rooms.form.conflict.title'));
    await expect(problem).toContainText(talkTitle);
    await expect(main.getByTestId('free-slots').getByRole('button').first()).toBeVisible();
    // the conflict is marked to be left out again
    await expect(takenRow.getByRole('checkbox')).toBeChecked();
    await checkAndCapture(organizer, 'rooms-form-conflict-de');

    await main.getByTestId('booking-submit').click();
    const live = main.getByTestId('booking-live');
    await expect(live).toContainText(DE('rooms.form.done.titlePending'));
    await expect(live).toContainText(DE('rooms.form.done.skipped', { count: conflicts }));
    await expect(main.getByTestId('booking-done-date')).toHaveCount(4 - conflicts);
    await checkAndCapture(organizer, 'rooms-form-done-de');
  });

  await test.step('his bookings list the requested dates', async () => {
    await main
      .getByTestId('booking-done')
      .getByRole('link', { name: DE('rooms.form.done.toMine') })
      .click();
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(DE('rooms.mine.title'));
    await showAllBookings(main);
    const dates = main.getByTestId('my-booking').filter({ hasText: seriesTitle });
    await expect(dates).toHaveCount(4 - conflicts);
    await expect(dates.first().getByTestId('booking-status')).toHaveText(
      DE('rooms.status.pending'),
    );
    await checkAndCapture(organizer, 'rooms-mine-de');
  });

  const staff = await staffPage(browser, 'de');
  const sMain = staff.getByRole('main');
  await test.step('staff approve the series as one request', async () => {
    await staff
      .getByRole('banner')
      .getByRole('link', { name: DE('nav.roomsStaff'), exact: true })
      .click();
    await expect(staff).toHaveURL(/\/verwaltung\/raeume\/anfragen$/);
    await expect(sMain.getByRole('heading', { level: 1 })).toHaveText(DE('rooms.requests.title'));
    const request = sMain.getByTestId('request').filter({ hasText: seriesTitle });
    await expect(request).toHaveCount(1);
    await expect(request.getByTestId('request-count')).toContainText(
      DE('rooms.requests.dates', { count: 4 - conflicts }),
    );
    await checkAndCapture(staff, 'rooms-requests-de');
    await request
      .getByRole('button', { name: new RegExp(`^${escape(DE('rooms.requests.approve'))}`) })
      .click();
    await expect(sMain.getByTestId('requests-live')).toContainText(seriesTitle);
    await expect(sMain.getByTestId('request').filter({ hasText: seriesTitle })).toHaveCount(0);
    // The single talk is still waiting.
    await expect(sMain.getByTestId('request').filter({ hasText: talkTitle })).toHaveCount(1);
  });

  await test.step('staff keep the rooms: settings, a closure, a quota, the utilisation', async () => {
    await sMain.getByRole('link', { name: DE('rooms.staffNav.settings'), exact: true }).click();
    await expect(sMain.getByRole('heading', { level: 1 })).toHaveText(DE('rooms.settings.title'));
    await sMain
      .getByLabel(DE('rooms.fields.room'), { exact: true })
      .selectOption({ label: 'Kreativraum' });
    await sMain
      .getByLabel(DE('rooms.settings.keyLocation'), { exact: true })
      .fill('Empfang, Schlüsselkasten 3');
    await sMain.getByRole('button', { name: DE('rooms.settings.save') }).click();
    await expect(sMain.getByTestId('settings-live')).toContainText('Kreativraum');
    await checkAndCapture(staff, 'rooms-settings-de');

    // A closure on a Sunday far ahead (no bookings then), listed and lifted again.
    const closed = weekdayAhead(120, 7);
    await sMain.getByRole('link', { name: DE('rooms.staffNav.closures'), exact: true }).click();
    await expect(sMain.getByRole('heading', { level: 1 })).toHaveText(DE('rooms.closures.title'));
    await sMain
      .getByLabel(DE('rooms.fields.room'), { exact: true })
      .selectOption({ label: 'Kreativraum' });
    await sMain.getByLabel(DE('rooms.closures.from'), { exact: true }).fill(closed);
    await sMain.getByLabel(DE('rooms.closures.to'), { exact: true }).fill(closed);
    await sMain.getByLabel(DE('rooms.closures.reason'), { exact: true }).fill(`Inventur ${suffix}`);
    await sMain.getByRole('button', { name: DE('rooms.closures.create') }).click();
    await expect(sMain.getByTestId('closures-live')).toContainText('Kreativraum');
    const closure = sMain.getByTestId('closure').filter({ hasText: `Inventur ${suffix}` });
    await expect(closure).toHaveCount(1);
    await checkAndCapture(staff, 'rooms-closures-de');
    await closure.getByRole('button').click();
    await expect(sMain.getByTestId('closures-live')).toContainText('Kreativraum');
    await expect(closure).toHaveCount(0);

    await sMain.getByRole('link', { name: DE('rooms.staffNav.quotas'), exact: true }).click();
    const quota = sMain.getByTestId('quota-row').filter({ hasText: 'Anna Böing' });
    await quota.getByRole('spinbutton').fill('8');
    await quota.getByRole('button').click();
    await expect(sMain.getByTestId('quotas-live')).toContainText('Anna Böing');
    await checkAndCapture(staff, 'rooms-quotas-de');

    await sMain.getByRole('link', { name: DE('rooms.staffNav.utilisation'), exact: true }).click();
    await expect(sMain.getByTestId('utilisation-table')).toBeVisible();
    await expect(sMain.getByTestId('utilisation-csv')).toHaveAttribute(
      'href',
      /\/api\/booking\/reports\/utilisation\.csv\?from=\d{4}-\d{2}&to=\d{4}-\d{2}$/,
    );
    const csv = await staff.request.get(
      (await sMain.getByTestId('utilisation-csv').getAttribute('href')) ?? '',
    );
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    await checkAndCapture(staff, 'rooms-utilisation-de');
  });

  await test.step('his bookings and the calendar now say "bestätigt"', async () => {
    await organizer.goto('/raeume/meine');
    await showAllBookings(main);
    const dates = main.getByTestId('my-booking').filter({ hasText: seriesTitle });
    await expect(dates.first().getByTestId('booking-status')).toHaveText(
      DE('rooms.status.confirmed'),
    );
    await openCalendar(organizer, 'week', first, hallId);
    const booking = dayColumn(main, first).getByRole('button', {
      name: new RegExp(escape(seriesTitle)),
    });
    await expect(booking).toHaveAccessibleName(
      new RegExp(
        `Großer Saal.*Mittwoch.*10:00.*11:30.*${escape(seriesTitle)}.*${DE('rooms.status.confirmed')}`,
      ),
    );
    await checkAndCapture(organizer, 'rooms-calendar-series-de');
    await openCalendar(organizer, 'timeline', first);
    await checkAndCapture(organizer, 'rooms-timeline-de');
    await openCalendar(organizer, 'month', first);
    await checkAndCapture(organizer, 'rooms-month-de');
  });

  await test.step('in Arabic the pages read right to left', async () => {
    await organizer.goto(`/raeume?view=week&date=${first}&room=${hallId}&lang=ar`);
    await expect(organizer.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(AR('rooms.calendar.title'));
    const booking = dayColumn(main, first).getByRole('button', {
      name: new RegExp(escape(seriesTitle)),
    });
    await expect(booking).toContainText(AR('rooms.status.confirmed'));
    await checkAndCapture(organizer, 'rooms-calendar-series-ar');
    await openCalendar(organizer, 'timeline', first);
    await checkAndCapture(organizer, 'rooms-timeline-ar');
    await openCalendar(organizer, 'month', first);
    await checkAndCapture(organizer, 'rooms-month-ar');
    await organizer.goto(`/raeume/buchen?room=${hallId}&date=${first}&start=12:00&end=13:00`);
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(AR('rooms.form.title'));
    await main.getByRole('radio', { name: AR('rooms.form.repeat.monthly'), exact: true }).check();
    await checkAndCapture(organizer, 'rooms-form-ar');
    await organizer.goto('/raeume/meine');
    await expect(main.getByTestId('my-booking').first()).toBeVisible();
    await checkAndCapture(organizer, 'rooms-mine-ar');

    await staff.goto('/verwaltung/raeume/anfragen?lang=ar');
    await expect(sMain.getByRole('heading', { level: 1 })).toHaveText(AR('rooms.requests.title'));
    await expect(sMain.getByTestId('request').filter({ hasText: talkTitle })).toHaveCount(1);
    await checkAndCapture(staff, 'rooms-requests-ar');
    for (const [path, name] of [
      ['einstellungen', 'rooms-settings'],
      ['sperrzeiten', 'rooms-closures'],
      ['kontingente', 'rooms-quotas'],
      ['auslastung', 'rooms-utilisation'],
    ] as const) {
      await staff.goto(`/verwaltung/raeume/${path}`);
      await expect(sMain.getByRole('status').first()).not.toContainText('…');
      await checkAndCapture(staff, `${name}-ar`);
    }
  });

  await test.step('on a phone the calendar starts with the day view, in Arabic too', async () => {
    const phone = await browser.newContext({ viewport: PHONE });
    const page = await phone.newPage();
    await useLocale(page, 'ar');
    await signInAs(page, 'organizer', 'ar');
    await page.goto(`/raeume?date=${first}&room=${hallId}`);
    const pMain = page.getByRole('main');
    await expect(pMain.getByRole('radio', { name: AR('rooms.calendar.views.day') })).toBeChecked();
    await expect(pMain.getByTestId('time-grid')).toBeVisible();
    await expect(
      pMain.getByRole('button', { name: new RegExp(escape(seriesTitle)) }),
    ).toContainText(AR('rooms.status.confirmed'));
    await expectNoAxeViolations(page);
    await screenshot(page, 'rooms-calendar-day-ar-phone');
    await phone.close();
  });

  await context.close();
  await staff.context().close();
});
