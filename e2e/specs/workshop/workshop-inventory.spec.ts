import { expect, test, type Page } from '@playwright/test';
import { checkAndCapture, DESKTOP, uniqueSuffix } from '../admin/admin-support';
import { signInAs } from '../../support/notifications';
import {
  AR,
  DE,
  PHOTO_PNG,
  answerChecklist,
  bikeAction,
  main,
  passChecklistByKeyboard,
} from './workshop-inventory-support';

const W = (key: string, params?: Record<string, string | number>) =>
  DE(`workshopInventory.${key}`, params);

async function createPartAndWorker(page: Page, suffix: string): Promise<void> {
  await page.goto('/werkstatt/teile');
  await expect(main(page).getByRole('heading', { level: 1, name: W('parts.title') })).toBeVisible();
  await page.locator('#part-sku').fill(`BZ-${suffix}`);
  await page.locator('#part-name').fill(`Bremszug ${suffix}`);
  await page.locator('#part-reorder').fill('2');
  await page.locator('#part-cost').fill('3,50');
  await main(page)
    .getByRole('button', { name: W('parts.create') })
    .click();
  const card = page.locator(`[data-sku="BZ-${suffix}"]`);
  await expect(card).toBeVisible();
  await expect(card.getByTestId('part-on-hand')).toContainText(W('parts.low'));
  await card.getByRole('button', { name: W('parts.receipt') }).click();
  await page.locator('#movement-quantity').fill('3');
  await page.getByTestId('movement-save').click();
  await expect(card.getByTestId('part-on-hand')).toContainText('3');
  await expect(card.getByTestId('part-on-hand')).not.toContainText(W('parts.low'));
  await checkAndCapture(page, 'workshop-inventory-parts-de');

  await page.goto('/werkstatt/stunden');
  await page.locator('#worker-name').fill(`Yusuf ${suffix}`);
  await page.locator('#worker-programme').selectOption('asylblg_5');
  await page.locator('#worker-safety').fill('2026-01-12');
  await main(page)
    .getByRole('button', { name: W('hours.addWorker') })
    .click();
  await expect(page.getByTestId('workers')).toContainText(`Yusuf ${suffix}`);
  await checkAndCapture(page, 'workshop-inventory-hours-de');
}

async function takeInDonatedBike(page: Page, suffix: string): Promise<string> {
  await page.goto('/werkstatt');
  await checkAndCapture(page, 'workshop-inventory-overview-de');
  await page.getByTestId('overview-intake').click();
  await expect(page).toHaveURL(/\/werkstatt\/fahrraeder\/neu$/);
  // Sending the empty form lists what is missing, and focuses the summary.
  await page.getByTestId('intake-submit').click();
  await expect(page.locator('#intake-errors')).toBeFocused();
  await expect(page.locator('#intake-errors')).toContainText(W('intake.errors.required'));
  await checkAndCapture(page, 'workshop-inventory-intake-errors-de');

  await page.locator('#intake-donor').fill('Familie Tenhagen');
  await page.getByLabel(W('intake.receiptIssued')).check();
  await page.locator('#intake-frame-no').fill(`WAZ${suffix.toUpperCase()}`);
  await page.locator('#intake-make').fill(`Gazelle ${suffix}`);
  await page.locator('#intake-model').fill('Esprit');
  await page.locator('#intake-type').selectOption('city');
  await page.getByLabel(W('intake.colour.blue')).check();
  await page.getByLabel(W('intake.colour.white')).check();
  await page.locator('#intake-frame-size').fill('53');
  await page.locator('#intake-etrto').fill('37-622');
  await page.locator('#intake-inches').fill('28');
  await page.locator('#intake-propulsion').selectOption('s_pedelec');
  await expect(page.getByTestId('unlendable-warning')).toBeVisible();
  await page.locator('#intake-propulsion').selectOption('pedal');
  await expect(page.getByTestId('unlendable-warning')).toHaveCount(0);
  await page.locator('#intake-condition').selectOption('fair');
  await page.getByTestId('photo-input').setInputFiles({
    name: 'fahrrad.png',
    mimeType: 'image/png',
    buffer: PHOTO_PNG,
  });
  await expect(
    main(page).getByRole('img', { name: DE('workshopInventory.shared.photoAlt', { n: 1 }) }),
  ).toBeVisible();
  await checkAndCapture(page, 'workshop-inventory-intake-de');
  await page.getByTestId('intake-submit').click();

  await expect(page).toHaveURL(/\/werkstatt\/fahrraeder\/[0-9a-f-]{36}$/);
  const label = (await page.getByTestId('bike-label').textContent())?.trim() ?? '';
  expect(label).toMatch(/^FR-\d{4,}$/);
  await expect(page.getByTestId('notice-intakeDone')).toContainText(label);
  await expect(page.getByTestId('bike-provenance')).toContainText('Familie Tenhagen');
  await expect(page.getByTestId('bike-photos').getByRole('img')).toHaveCount(1);
  await expect(page.getByTestId('bike-technical-state')).toContainText(
    DE('workshopEnum.technicalState.intake'),
  );
  await expect(page.getByTestId('bike-availability')).toContainText(
    DE('workshopEnum.availability.not_lendable'),
  );
  await checkAndCapture(page, 'workshop-inventory-bike-de');
  return page.url().split('/').pop() ?? '';
}

async function repair(page: Page, suffix: string): Promise<void> {
  await bikeAction(page, 'start_assessment', 'assessment');
  await bikeAction(page, 'start_repair', 'in_repair');
  await page.getByTestId('new-work-order').click();
  await page.locator('#order-problem').fill('Bremse hinten schleift');
  await page.locator('#order-tasks').fill('Bremszug tauschen\nBremse einstellen');
  await page.getByTestId('create-work-order').click();
  await expect(page).toHaveURL(/\/werkstatt\/auftraege\/[0-9a-f-]{36}$/);
  // A new work order is queued; starting it is the next step.
  await expect(page.getByTestId('order-status')).toContainText(
    DE('workshopEnum.workOrderStatus.queued'),
  );
  await main(page).locator('button[data-status="in_progress"]').click();
  await expect(page.getByTestId('order-status')).toContainText(
    DE('workshopEnum.workOrderStatus.in_progress'),
  );
  // More than is on hand: the page says how many there are.
  await page
    .locator('#use-part')
    .selectOption({ label: `Bremszug ${suffix} (${W('order.onHand', { count: 3 })})` });
  await page.locator('#use-quantity').fill('9');
  await page.getByTestId('use-part').click();
  await expect(page.getByTestId('parts-error')).toContainText(
    W('order.outOfStock', { onHand: 3, requested: 9 }),
  );
  await page.locator('#use-quantity').fill('1');
  await page.getByTestId('use-part').click();
  await expect(page.getByTestId('order-parts')).toContainText(`Bremszug ${suffix}`);
  await page.locator('#time-worker').selectOption({ label: `Yusuf ${suffix}` });
  await page.locator('#time-minutes').fill('1:30');
  await page.getByTestId('log-time').click();
  await expect(page.getByTestId('order-time')).toContainText(`Yusuf ${suffix}`);
  await expect(page.getByTestId('order-totals')).toContainText('3,50');
  for (const task of ['Bremszug tauschen', 'Bremse einstellen']) {
    await page.getByLabel(task).check();
    await expect(page.getByLabel(task)).toBeChecked();
  }
  await checkAndCapture(page, 'workshop-inventory-order-de');
  await main(page).locator('button[data-status="done"]').click();
  await expect(page.getByTestId('order-status')).toContainText(
    DE('workshopEnum.workOrderStatus.done'),
  );
  await page.getByTestId('order-bike').click();
}

async function inspect(page: Page): Promise<void> {
  // Done with the last open work order, the bike waits for its inspection by itself.
  await expect(page.getByTestId('bike-technical-state')).toContainText(
    DE('workshopEnum.technicalState.inspection'),
  );
  await page.getByTestId('start-inspection').click();
  await expect(page.getByTestId('inspection-form')).toBeVisible();
  await answerChecklist(page, 'rear_light');
  await expect(page.getByTestId('inspection-result')).toHaveAttribute('data-result', 'failed');
  await expect(page.getByTestId('inspection-result')).toContainText(DE('workshopCheck.rear_light'));
  await checkAndCapture(page, 'workshop-inventory-inspection-de');
  await page.getByTestId('inspection-save').click();
  await expect(page.getByTestId('notice-inspectionFailed')).toBeVisible();
  await expect(page.getByTestId('bike-technical-state')).toContainText(
    DE('workshopEnum.technicalState.in_repair'),
  );

  await bikeAction(page, 'send_to_inspection', 'inspection');
  await page.getByTestId('start-inspection').click();
  await expect(page.getByTestId('inspection-form')).toBeVisible();
  await passChecklistByKeyboard(page);
  await expect(page.getByTestId('notice-inspectionPassed')).toBeVisible();
  await expect(page.getByTestId('bike-technical-state')).toContainText(
    DE('workshopEnum.technicalState.roadworthy'),
  );
  await expect(page.getByTestId('bike-inspections').locator('li')).toHaveCount(2);
}

test('a donated bike: intake with photo, work order with part and time, failed then passed inspection, label', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const suffix = uniqueSuffix();
  await page.setViewportSize(DESKTOP);
  await signInAs(page, 'workshop', 'de');
  await createPartAndWorker(page, suffix);
  const bikeId = await takeInDonatedBike(page, suffix);
  await repair(page, suffix);
  await inspect(page);

  await page.getByTestId('print-label').click();
  await expect(page).toHaveURL(new RegExp(`/werkstatt/fahrraeder/${bikeId}/etikett$`));
  const image = page.getByTestId('bike-label-image');
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  await checkAndCapture(page, 'workshop-inventory-label-de');

  // Found again from the overview by the number on its label, typed without the prefix.
  const number = Number(
    (await page.getByTestId('bike-label-image').getAttribute('alt'))?.match(/FR-(\d+)/)?.[1],
  );
  await page.goto('/werkstatt');
  await page.getByLabel(W('overview.findLabel')).fill(String(number));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/werkstatt/fahrraeder/${bikeId}$`));
  await page.goto('/werkstatt');
  await page.getByLabel(W('overview.findLabel')).fill('FR-99999');
  await page.keyboard.press('Enter');
  await expect(page.locator('#overview-find-status')).toContainText(
    W('overview.findNotFound', { label: 'FR-99999' }),
  );

  for (const [path, name] of [
    ['/werkstatt/fahrraeder', 'bikes'],
    ['/werkstatt/auftraege', 'orders'],
    ['/werkstatt/berichte', 'reports'],
    ['/werkstatt/einstellungen', 'settings'],
  ] as const) {
    await page.goto(path);
    await expect(main(page).getByRole('heading', { level: 1 })).toBeVisible();
    await expect(main(page).locator('.status--error')).toHaveCount(0);
    await checkAndCapture(page, `workshop-inventory-${name}-de`);
  }

  // Arabic, right to left: every page of the workshop once more.
  await page.goto(`/werkstatt?lang=ar`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(
    main(page).getByRole('heading', { level: 1, name: AR('workshopInventory.overview.title') }),
  ).toBeVisible();
  for (const [path, name] of [
    ['/werkstatt', 'overview'],
    ['/werkstatt/fahrraeder', 'bikes'],
    ['/werkstatt/fahrraeder/neu', 'intake'],
    [`/werkstatt/fahrraeder/${bikeId}`, 'bike'],
    [`/werkstatt/fahrraeder/${bikeId}/pruefung`, 'inspection'],
    [`/werkstatt/fahrraeder/${bikeId}/etikett`, 'label'],
    ['/werkstatt/auftraege', 'orders'],
    ['/werkstatt/teile', 'parts'],
    ['/werkstatt/stunden', 'hours'],
    ['/werkstatt/berichte', 'reports'],
    ['/werkstatt/einstellungen', 'settings'],
  ] as const) {
    await page.goto(path);
    await expect(main(page).getByRole('heading', { level: 1 })).toBeVisible();
    await expect(main(page).locator('[role="status"]:has-text("…")')).toHaveCount(0);
    await checkAndCapture(page, `workshop-inventory-${name}-ar`);
  }
});
