import { expect, test, type Page } from '@playwright/test';
import type { BikeDetail, DamageCaseView, RentalDetail } from '@zusammen/shared/contracts';
import { WORKSHOP_ROUTES } from '@zusammen/shared/contracts';
import { textsOf } from '../account/account-support';
import { checkAndCapture, DESKTOP, uniqueSuffix } from '../admin/admin-support';
import { apiSession } from '../booking/event-registration-support';
import { borkenDate } from '../sponsorship/staff-support';
import { useLocale } from '../../support/locale';
import { signInAs } from '../../support/notifications';
import { PHOTO_PNG } from './workshop-inventory-support';
import { intakeBike, moveBike, passInspection, repairBike } from './workshop-flow-support';

const DE = textsOf('de');

/** `YYYY-MM-DD` six calendar months after `date` (§ 548 BGB), the 31st clamped to the month's end. */
function sixMonthsAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + 6;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

async function drawSignature(page: Page): Promise<void> {
  const canvas = page.getByTestId('signature-canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no signature canvas');
  const y = box.y + box.height * 0.6;
  await page.mouse.move(box.x + box.width * 0.1, y);
  await page.mouse.down();
  for (let i = 1; i <= 24; i++) {
    await page.mouse.move(
      box.x + box.width * (0.1 + i * 0.03),
      y - Math.sin(i) * box.height * 0.25,
    );
  }
  await page.mouse.up();
}

// A donated bike is taken in, repaired and passes its inspection (API). At the counter Amal, new, asks for a
// bike: the gate refuses (no eligibility, no briefing) and says what to do; the desk records both on her
// page, comes back, hands the bike out with an on-screen signature and opens the contract PDF. Weeks later
// (same day here) the bike comes back with a bent wheel: photo, estimate, the § 548 deadline; the bike goes
// back to repair and a damage case waits for a decision.
test('intake → repair → inspection → refused handout → eligibility and briefing → handout with signature and contract → return with damage', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const suffix = uniqueSuffix();
  const personName = `Amal Haddad ${suffix}`;
  const api = await apiSession(browser, 'workshop');

  let bike: BikeDetail | null = null;
  await test.step('a donated bike is taken in, repaired under a work order and passes its inspection', async () => {
    const taken = await intakeBike(api, `Gazelle ${suffix}`);
    await moveBike(api, taken.id, ['start_assessment', 'start_repair']);
    await repairBike(api, taken.id);
    await moveBike(api, taken.id, ['send_to_inspection']);
    await passInspection(api, taken.id);
    bike = await api.get<BikeDetail>(`${WORKSHOP_ROUTES.bikes}/${taken.id}`);
    expect(bike.technicalState).toBe('roadworthy');
    expect(bike.availability).toBe('available');
  });
  if (!bike) throw new Error('no bike');
  const { id: bikeId, label } = bike as BikeDetail;

  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await useLocale(page, 'de');
  await signInAs(page, 'workshop', 'de');
  const main = page.getByRole('main');

  await test.step('no camera here: the desk is told so and types the number; the desk adds Amal on the spot', async () => {
    await page.goto('/werkstatt/ausgabe');
    await main.getByTestId('scan-open').click();
    await expect(main.getByTestId('scan-problem')).toBeVisible();
    await main
      .getByLabel(DE('workshopCounter.desk.bikeNumber'))
      .fill(String((bike as BikeDetail).inventoryNo));
    await main.getByTestId('bike-find').click();
    await expect(main.getByTestId('counter-bike')).toContainText(label);
    await expect(main.getByTestId('counter-bike')).toContainText(
      DE('workshopEnum.technicalState.roadworthy'),
    );
    await checkAndCapture(page, 'workshop-counter-bike-de');
    await main.getByTestId('new-person').click();
    const form = main.getByTestId('borrower-form');
    await form.getByLabel(DE('workshopCounter.person.name'), { exact: true }).fill(personName);
    await form.getByLabel(DE('workshopCounter.person.phone'), { exact: true }).fill('0151 2345678');
    await form
      .getByLabel(DE('workshopCounter.person.language'), { exact: true })
      .selectOption('ar');
    await form.getByTestId('borrower-submit').click();
    await expect(main.getByTestId('borrower-chosen')).toContainText(personName);
  });

  await test.step('the gate refuses: no eligibility, no briefing – each with what to do', async () => {
    const refusals = main.getByTestId('refusals');
    await expect(refusals.locator('li[data-refusal]')).toHaveCount(2);
    await expect(refusals).toContainText(DE('workshopEnum.handoutRefusal.ELIGIBILITY_MISSING'));
    await expect(refusals).toContainText(DE('workshopEnum.handoutRefusal.BRIEFING_MISSING'));
    await expect(main.getByTestId('step-terms')).toHaveCount(0);
    await checkAndCapture(page, 'workshop-counter-refused-de');
  });

  await test.step('the desk records eligibility (seen, not copied) and the briefing on her page', async () => {
    await main.getByRole('link', { name: DE('workshopCounter.fix.eligibility') }).click();
    await expect(main.getByTestId('person-title')).toContainText(personName);
    await expect(main.getByTestId('no-copy-note')).toBeVisible();
    const eligibility = main.getByTestId('eligibility-form');
    await eligibility.getByLabel(DE('workshopCounter.eligibility.basis')).selectOption('asylblg');
    await eligibility
      .getByLabel(DE('workshopCounter.eligibility.validUntil'))
      .fill(borkenDate(-180));
    await eligibility.getByTestId('eligibility-submit').click();
    await expect(eligibility).toContainText(DE('workshopCounter.eligibility.saved'));
    const briefing = main.getByTestId('briefing-form');
    await briefing.getByLabel(DE('workshopCounter.briefing.interpreter')).check();
    await briefing.getByTestId('briefing-acknowledged').check();
    await briefing.getByTestId('briefing-submit').click();
    await expect(briefing).toContainText(DE('workshopCounter.briefing.saved'));
    await expect(main.getByTestId('gate-status').first()).toContainText(
      DE('workshopCounter.gate.briefed'),
    );
    await checkAndCapture(page, 'workshop-person-de');
  });

  let rentalId = '';
  await test.step('back at the counter the gate allows it: terms, on-screen signature, handout', async () => {
    await main.getByTestId('back-to-handout').click();
    await expect(main.getByTestId('step-terms')).toBeVisible();
    await expect(main.getByTestId('refusals')).toHaveCount(0);
    await main.getByLabel(DE('workshopEnum.accessory.helmet')).check();
    await drawSignature(page);
    await expect(main).toContainText(DE('workshopCounter.signature.captured'));
    await checkAndCapture(page, 'workshop-counter-terms-de');
    await main.getByTestId('hand-out').click();
    await expect(main.getByTestId('handout-done')).toContainText(personName);
    await checkAndCapture(page, 'workshop-counter-done-de');
  });

  await test.step('the contract opens as a PDF', async () => {
    const href = await main.getByTestId('contract-link').getAttribute('href');
    expect(href).toMatch(/\/api\/workshop\/rentals\/[0-9a-f-]+\/contract\.pdf$/);
    rentalId = /rentals\/([0-9a-f-]+)\//.exec(href ?? '')?.[1] ?? '';
    const pdf = await page.request.get(href ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const rental = await api.get<RentalDetail>(`${WORKSHOP_ROUTES.rentals}/${rentalId}`);
    expect(rental.status).toBe('active');
    expect(rental.signatureKind).toBe('on_screen');
    expect(rental.accessoriesOut).toEqual(expect.arrayContaining(['lock', 'lights', 'helmet']));
  });

  await test.step('the open rentals list it with a phone link', async () => {
    await page.goto('/werkstatt/ausleihen');
    const row = main.getByTestId('rental-row').filter({ hasText: personName });
    await expect(row).toContainText(label);
    await expect(row.getByTestId('rental-phone')).toHaveAttribute('href', 'tel:01512345678');
    await checkAndCapture(page, 'workshop-rentals-de');
  });

  await test.step('the bike comes back with a damage: photo, estimate, § 548 deadline; back to repair', async () => {
    await page.goto(`/werkstatt/ausgabe?fahrrad=${label}`);
    await expect(main.getByTestId('bike-on-loan')).toContainText(personName);
    await main.getByTestId('go-return').click();
    const form = main.getByTestId('return-form');
    await form.getByTestId('damage-yes').check();
    await form
      .getByLabel(DE('workshopCounter.return.damageText'))
      .fill('Vorderrad verbogen, Speichen locker');
    await form.getByLabel(DE('workshopCounter.return.estimate')).fill('35,00');
    await form.getByTestId('damage-photo').setInputFiles({
      name: 'schaden.png',
      mimeType: 'image/png',
      buffer: PHOTO_PNG,
    });
    await expect(form.locator('img'), await form.innerText()).toHaveCount(1);
    await expect(form.getByTestId('return-claim-deadline')).toBeVisible();
    await checkAndCapture(page, 'workshop-return-de');
    await form.getByTestId('return-submit').click();
    await expect(main.getByTestId('rental-done')).toContainText(
      DE('workshopCounter.rental.done.returned'),
    );
    await expect(main.getByTestId('rental-damage')).toBeVisible();
    const after = await api.get<BikeDetail>(`${WORKSHOP_ROUTES.bikes}/${bikeId}`);
    expect(after.technicalState).toBe('in_repair');
    expect(after.availability).toBe('not_lendable');
    const cases = await api.get<DamageCaseView[]>(WORKSHOP_ROUTES.damageCases);
    const damage = cases.find((c) => c.rentalId === rentalId);
    expect(damage?.claimDeadline).toBe(sixMonthsAfter(borkenDate(0)));
    expect(damage?.estimateCents).toBe(3500);
    expect(damage?.photos.length).toBe(1);
    await checkAndCapture(page, 'workshop-rental-returned-de');
  });

  await test.step('the damage list shows the case with the days to its deadline', async () => {
    await page.goto('/werkstatt/schaeden');
    const card = main.getByTestId('damage-case').filter({ hasText: personName });
    await expect(card.getByTestId('damage-deadline')).toBeVisible();
    await checkAndCapture(page, 'workshop-damage-de');
    await card.getByLabel(DE('workshopEnum.damageDecision.repair')).check();
    await card.getByRole('button', { name: DE('workshopCounter.damage.decide') }).click();
    await expect(card).toContainText(DE('workshopEnum.damageStatus.decided'));
    await page.goto('/werkstatt/warteliste');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(
      DE('workshopCounter.waitlist.title'),
    );
    await checkAndCapture(page, 'workshop-waitlist-de');
    await page.goto('/werkstatt/personen/neu');
    await checkAndCapture(page, 'workshop-person-new-de');
    await page.goto('/werkstatt/ausleihen?ansicht=overdue');
    await checkAndCapture(page, 'workshop-call-list-de');
  });
  await context.close();

  await test.step('the desk pages in Arabic (right to left), desktop and phone', async () => {
    const arContext = await browser.newContext({ viewport: DESKTOP });
    const ar = await arContext.newPage();
    await useLocale(ar, 'ar');
    await signInAs(ar, 'workshop', 'ar');
    await expect(ar.locator('html')).toHaveAttribute('dir', 'rtl');
    const pages: [string, string][] = [
      [`/werkstatt/ausgabe?fahrrad=${label}`, 'workshop-counter-ar'],
      [`/werkstatt/ausleihen/${rentalId}`, 'workshop-rental-ar'],
      ['/werkstatt/ausleihen?ansicht=returned', 'workshop-rentals-ar'],
      ['/werkstatt/schaeden', 'workshop-damage-ar'],
      ['/werkstatt/warteliste', 'workshop-waitlist-ar'],
      ['/werkstatt/personen/neu', 'workshop-person-new-ar'],
    ];
    for (const [url, name] of pages) {
      await ar.goto(url);
      await expect(ar.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
      await expect(
        ar.getByRole('main').locator('[role="status"]', { hasText: 'جارٍ التحميل' }),
      ).toHaveCount(0);
      await checkAndCapture(ar, name);
    }
    await arContext.close();
  });

  await test.step('a resident sees "my bike" in simple words, German and Arabic', async () => {
    for (const locale of ['de', 'ar'] as const) {
      const residentContext = await browser.newContext({ viewport: DESKTOP });
      const resident = await residentContext.newPage();
      await useLocale(resident, locale);
      await signInAs(resident, 'resident', locale);
      await resident.goto('/mein-fahrrad');
      await expect(resident.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(
        textsOf(locale)('workshopCounter.mine.title'),
      );
      await expect(resident.getByRole('main').locator('.card, .big').first()).toBeVisible();
      await checkAndCapture(resident, `workshop-my-bike-${locale}`);
      await residentContext.close();
    }
  });
  await api.close();
});
