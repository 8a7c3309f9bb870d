import { expect, test } from '@playwright/test';
import { checkAndCapture, PHONE } from '../admin/admin-support';
import {
  csvValue,
  DEMO_NAMES,
  downloadedText,
  figure,
  numberOf,
  pairingsInState,
  PROPOSALS,
  REPORTS,
  SETTINGS,
  tabTo,
  TANDEMS,
} from './staff-pairing-pages-support';
import { staffPage } from './staff-support';

// The staff pages of the Patenmodell on the demo data (pairing-demo.ts): one pairing in every state.

test('tandems: demo pairings with attention flags, filtered by keyboard, one opened with its history', async ({
  browser,
}) => {
  const page = await staffPage(browser, 'de');
  const main = page.getByRole('main');
  const rows = main.getByTestId('pairing-row');

  await test.step('the open demo pairings are listed; the long-silent active one needs attention', async () => {
    await page.goto(TANDEMS);
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Tandems (Patenschaften)');
    await expect(main.getByTestId('pairings-status')).toContainText('Angezeigt:');
    // offered, accepted, first meeting arranged, trial, active, paused; ended and declined only on request
    expect(await rows.count()).toBeGreaterThanOrEqual(6);
    for (const state of [
      'angeboten',
      'zugesagt',
      'Kennenlernen vereinbart',
      'Probephase',
      'pausiert',
    ]) {
      await expect(
        rows.getByTestId('pairing-state').filter({ hasText: state }).first(),
      ).toBeVisible();
    }
    await expect(
      rows.getByTestId('pairing-state').filter({ hasText: /beendet|abgesagt/ }),
    ).toHaveCount(0);
    const silent = rows.filter({ hasText: 'Hiba Khalil' });
    await expect(silent.getByTestId('pairing-state')).toHaveText('aktiv');
    await expect(silent.getByTestId('pairing-attention')).toContainText(
      'lange kein Kontakt eingetragen',
    );
    const waiting = rows.filter({ hasText: 'Fatima Rahimi' }).filter({ hasText: 'angeboten' });
    await expect(waiting.getByTestId('pairing-attention')).toContainText(
      'das Angebot wartet auf Antwort',
    );
    await expect(
      rows.filter({ hasText: 'Svitlana Moroz' }).getByTestId('pairing-attention'),
    ).toHaveCount(0);
    await checkAndCapture(page, 'sponsorship-staff-tandems-de');
  });

  await test.step('filter by state and "needs attention" with the keyboard alone', async () => {
    const stateSelect = main.getByLabel('Stand', { exact: true });
    await main.getByLabel('Name der Familie oder der Patin / des Paten').focus();
    await tabTo(page, stateSelect);
    // Alle → angeboten → zugesagt → Kennenlernen vereinbart → Probephase → aktiv
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    await expect(stateSelect).toHaveValue('active');
    await page.keyboard.press('Tab');
    await expect(main.getByLabel('Nur Tandems, die Aufmerksamkeit brauchen')).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(main.getByRole('button', { name: 'Suchen', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/state=active/);
    await expect(page).toHaveURL(/attention=1/);
    await expect(rows.filter({ hasText: 'Hiba Khalil' })).toHaveCount(1);
    for (const state of await rows.getByTestId('pairing-state').allTextContents()) {
      expect(state.trim()).toBe('aktiv');
    }
    await expect(rows.filter({ hasNot: page.getByTestId('pairing-attention') })).toHaveCount(0);
  });

  await test.step('open the pairing with the keyboard and read its history', async () => {
    const link = rows.filter({ hasText: 'Hiba Khalil' }).getByRole('link');
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/tandems\/[0-9a-f-]{36}$/);
    await expect(main.getByRole('heading', { level: 1 })).toContainText('Hiba Khalil');
    await expect(main.getByRole('heading', { level: 1 })).toContainText('Bernd Wessendorf');
    await expect(main.getByTestId('detail-state')).toHaveText('Stand: aktiv');
    await expect(main.getByTestId('detail-attention')).toContainText(
      'lange kein Kontakt eingetragen',
    );
    const history = main.getByTestId('detail-history').getByRole('listitem');
    await expect(history).toHaveCount(5);
    await expect(history.first()).toContainText('Neu: angeboten');
    await expect(history.last()).toContainText('bestätigt');
    await expect(history.last()).toContainText('Beide möchten weitermachen; Termine dienstags.');
  });

  await test.step('the list in Arabic, on a desktop and on a phone', async () => {
    const arabic = await staffPage(browser, 'ar');
    await arabic.goto(TANDEMS);
    await expect(arabic.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(arabic.getByRole('main').getByTestId('pairing-row').first()).toBeVisible();
    await checkAndCapture(arabic, 'sponsorship-staff-tandems-ar');
    await arabic.setViewportSize(PHONE);
    // all six areas of the staff navigation stay reachable on a phone: inside the screen, none cut off
    const navLinks = arabic.getByRole('main').getByRole('navigation').getByRole('link');
    await expect(navLinks).toHaveCount(6);
    for (const box of await navLinks.evaluateAll((links) =>
      links.map((link) => link.getBoundingClientRect()),
    )) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(PHONE.width);
    }
    await arabic.context().close();
  });
});

test('proposals: a run for every waiting family, one offered and one rejected with a reason', async ({
  browser,
}) => {
  const page = await staffPage(browser, 'de');
  const main = page.getByRole('main');
  const proposals = main.getByTestId('proposal');

  await test.step('compute proposals for all waiting families', async () => {
    await page.goto(PROPOSALS);
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(
      'Vorschläge für wartende Familien',
    );
    await main.getByTestId('match-run-start').click();
    await expect(main.getByTestId('match-run-status')).toContainText('Neue Vorschläge berechnet.');
    await expect(main.getByRole('heading', { name: 'Letzte Berechnung' })).toBeFocused();
    expect(numberOf(await main.getByTestId('match-run-families').innerText())).toBeGreaterThan(0);
    await expect(main.getByTestId('match-run-weights-version')).toContainText('Version');
    expect(await proposals.count()).toBeGreaterThanOrEqual(2);
    await checkAndCapture(page, 'sponsorship-staff-proposals-de');
  });

  // decide on demo families that waited weeks (other specs may add families waiting since today)
  const demo = proposals.filter({ hasText: /Iryna Melnyk|Amal Al-Hassan|Zahra Hosseini/ });
  const title = async (index: number) =>
    (await demo.nth(index).getByRole('heading', { level: 3 }).innerText()).trim();
  const offeredTitle = await title(0);
  const rejectedTitle = await title(1);
  const first = proposals.filter({ hasText: offeredTitle });
  const second = proposals.filter({ hasText: rejectedTitle });

  await test.step('each proposal shows its score, the breakdown names the waiting-time bonus', async () => {
    await expect(first.getByTestId('proposal-status')).toHaveText('offen');
    await expect(first.getByTestId('proposal-score')).toHaveText(/\d+\s?%/);
    await first.getByRole('button', { name: /Bewertung des Vorschlags für/ }).click();
    const waitingBonus = first
      .getByTestId('breakdown-row')
      .filter({ hasText: 'Wartezeit der Familie' });
    await expect(waitingBonus).toHaveCount(1);
    // the family waited weeks: the waiting-time bonus is met in part
    await expect(waitingBonus.locator('td').first()).toHaveText(/\d+\s?%/);
    await expect(waitingBonus.locator('td').first()).not.toHaveText(/^\s*0\s?%\s*$/);
    await expect(first.getByTestId('breakdown-total')).toHaveText(
      (await first.getByTestId('proposal-score').locator('strong').innerText()).trim(),
    );
  });

  await test.step('offer the first proposal for six months', async () => {
    await first.getByTestId('proposal-offer').click();
    await first.getByLabel('6 Monate').check();
    await first.getByRole('button', { name: 'Angebot senden' }).click();
    await expect(first.getByTestId('proposal-live')).toContainText('Angeboten.');
    await expect(first.getByTestId('proposal-status')).toHaveText('angeboten');
    await expect(first.getByTestId('proposal-pairing')).toBeVisible();
  });

  await test.step('reject the second, which needs a reason', async () => {
    await second.getByTestId('proposal-reject').click();
    const reason = second.getByLabel('Warum passt dieser Vorschlag nicht?');
    await expect(reason).toBeFocused();
    await second.getByRole('button', { name: 'Vorschlag ablehnen' }).click();
    await expect(second.getByText('Bitte schreiben Sie kurz, warum')).toBeVisible();
    await expect(reason).toBeFocused();
    await reason.fill('Die Familie wünscht eine Patin aus Gemen.');
    await second.getByRole('button', { name: 'Vorschlag ablehnen' }).click();
    await expect(second.getByTestId('proposal-live')).toContainText('Vorschlag abgelehnt.');
    await expect(second.getByTestId('proposal-status')).toHaveText('abgelehnt');
    await expect(second).toContainText('Die Familie wünscht eine Patin aus Gemen.');
    await expect(second.getByTestId('proposal-offer')).toHaveCount(0);
  });

  await test.step('the offer is a pairing in the tandems list, the rejection is not', async () => {
    await first.getByTestId('proposal-pairing').click();
    await expect(main.getByTestId('detail-state')).toHaveText('Stand: angeboten');
    await page.goto(`${TANDEMS}?state=offered`);
    const rows = main.getByTestId('pairing-row');
    await expect(rows.filter({ hasText: offeredTitle })).toHaveCount(1);
    await expect(rows.filter({ hasText: rejectedTitle })).toHaveCount(0);
  });

  await test.step('the page in Arabic', async () => {
    const arabic = await staffPage(browser, 'ar');
    await arabic.goto(PROPOSALS);
    await expect(arabic.getByRole('main').getByTestId('proposal').first()).toBeVisible();
    await checkAndCapture(arabic, 'sponsorship-staff-proposals-ar');
    await arabic.context().close();
  });
});

test('reports: figures match the tandems list, the CSV has its header and no personal data', async ({
  browser,
}) => {
  const page = await staffPage(browser, 'de');
  const main = page.getByRole('main');

  // what the list counts now, per state (a pairing "runs" from the trial on)
  const running =
    (await pairingsInState(page, 'trial')) +
    (await pairingsInState(page, 'active')) +
    (await pairingsInState(page, 'paused'));
  const ended = await pairingsInState(page, 'ended');

  await test.step('the key figures agree with the pairings by state', async () => {
    await page.goto(REPORTS);
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Berichte zum Patenmodell');
    await expect(main.getByTestId('report-status')).toContainText('Bericht für die Zeit vom');
    expect(running).toBeGreaterThanOrEqual(3);
    expect(await figure(page, 'activeNow')).toBe(running);
    expect(await figure(page, 'ended')).toBe(ended);
    // the two demo endings of the last year: one as planned, one where contact faded
    const reasons = main.getByTestId('report-ended-reason').getByTestId('report-row');
    await expect(reasons.filter({ hasText: 'Wie vereinbart abgeschlossen' })).toContainText('1');
    await expect(reasons.filter({ hasText: 'Kontakt eingeschlafen' })).toContainText('1');
    await expect(
      main.getByRole('img', { name: /^Patinnen und Paten nach Stand\. .*freigegeben: \d/ }),
    ).toBeVisible();
    await checkAndCapture(page, 'sponsorship-staff-reports-de');
  });

  await test.step('the CSV: sections with their headers, the same figures, no names or addresses', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      main.getByTestId('report-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^patenschaften-bericht-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = await downloadedText(download);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('metric;value');
    for (const header of ['month;count', 'reason;count', 'kind;count', 'status;count']) {
      expect(lines).toContain(header);
    }
    expect(csvValue(lines, 'activeNow')).toBe(String(running));
    expect(csvValue(lines, 'ended')).toBe(String(ended));
    expect(csvValue(lines, 'completed')).toBe('1');
    expect(csvValue(lines, 'contact_faded')).toBe('1');
    for (const name of DEMO_NAMES) expect(csv, `the CSV names ${name}`).not.toContain(name);
    expect(csv).not.toMatch(/@|demo\.zusammenleben/);
    expect(csv).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/);
  });

  await test.step('the page in Arabic, on a desktop and on a phone', async () => {
    const arabic = await staffPage(browser, 'ar');
    await arabic.goto(REPORTS);
    await expect(arabic.getByRole('main').getByTestId('figure-activeNow')).toBeVisible();
    await checkAndCapture(arabic, 'sponsorship-staff-reports-ar');
    await arabic.context().close();
  });
});

test('settings: a changed weight and no-contact days make a new version; invalid days save nothing', async ({
  browser,
}) => {
  const page = await staffPage(browser, 'de');
  const main = page.getByRole('main');
  const version = main.getByTestId('settings-version');
  const days = main.getByLabel('Hinweis nach so vielen Tagen ohne Kontakt');
  const waitingWeight = main.getByLabel('Wartezeit der Familie');
  const save = main.getByTestId('settings-save');

  await page.goto(SETTINGS);
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(
    'Einstellungen für Vorschläge und Begleitung',
  );
  await expect(version).toHaveText(/\d/);
  const before = numberOf(await version.innerText());
  const originalDays = await days.inputValue();
  const originalWeight = await waitingWeight.inputValue();

  await test.step('invalid days: an error summary that takes the focus, nothing saved', async () => {
    await days.fill('0');
    await save.click();
    const summary = main.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie diese Angaben' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(
      'Tage ohne Kontakt: Bitte eine ganze Zahl von 7 bis 90 eingeben.',
    );
    await expect(days).toHaveAttribute('aria-invalid', 'true');
    await checkAndCapture(page, 'sponsorship-staff-settings-errors-de');
    await summary.getByRole('link').click();
    await expect(days).toBeFocused();
    await page.reload();
    await expect(version).toHaveText(String(before));
    await expect(days).toHaveValue(originalDays);
  });

  await test.step('a higher waiting-time weight and 30 days without contact: new version', async () => {
    await waitingWeight.fill('0.3');
    await days.fill('30');
    await save.click();
    await expect(main.getByTestId('settings-live')).toHaveText(
      `Gespeichert. Neue Version: ${before + 1}.`,
    );
    await expect(version).toHaveText(String(before + 1));
    await page.reload();
    await expect(version).toHaveText(String(before + 1));
    await expect(days).toHaveValue('30');
    await expect(waitingWeight).toHaveValue('0.3');
    await checkAndCapture(page, 'sponsorship-staff-settings-de');
  });

  await test.step('with 30 days, the pairing silent for 25 days no longer needs attention', async () => {
    await page.goto(TANDEMS);
    await expect(
      main
        .getByTestId('pairing-row')
        .filter({ hasText: 'Hiba Khalil' })
        .getByTestId('pairing-attention'),
    ).toHaveCount(0);
  });

  await test.step('the page in Arabic', async () => {
    const arabic = await staffPage(browser, 'ar');
    await arabic.goto(SETTINGS);
    await expect(arabic.getByRole('main').getByTestId('settings-version')).toBeVisible();
    await checkAndCapture(arabic, 'sponsorship-staff-settings-ar');
    await arabic.context().close();
  });

  await test.step('restore the demo settings for the other specs', async () => {
    await page.goto(SETTINGS);
    await waitingWeight.fill(originalWeight);
    await days.fill(originalDays);
    await save.click();
    await expect(version).toHaveText(String(before + 2));
  });
});
