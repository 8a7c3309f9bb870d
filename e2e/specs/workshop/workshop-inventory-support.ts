import { expect, type Page } from '@playwright/test';
import { textsOf } from '../account/account-support';

/**
 * Steps of workshop-inventory.spec.ts done the way the workshop team does them on the pages: the intake
 * form, the bike's action buttons, the checklist.
 */

export const DE = textsOf('de');
export const AR = textsOf('ar');

/** A 40 × 30 PNG (a real image the browser decodes and the page scales into a JPEG). */
export const PHOTO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAACgAAAAeCAIAAADRv8uKAAAALElEQVR4nO3NMQ0AAAgDsMlBBP6DLGTA0aR/M10nIhaLxWKxWCwWi8Xiv/ECXGd+jLiIbqkAAAAASUVORK5CYII=',
  'base64',
);

/** The page's main region (the shell has its own landmarks). */
export const main = (page: Page) => page.getByRole('main');

/** Clicks one of the bike's state-change buttons and waits for the new technical state. */
export async function bikeAction(page: Page, action: string, state: string): Promise<void> {
  await main(page)
    .getByRole('button', { name: DE(`workshopEnum.bikeAction.${action}`), exact: true })
    .click();
  await expect(page.getByTestId('bike-technical-state')).toContainText(
    DE(`workshopEnum.technicalState.${state}`),
  );
}

/** Answers every checklist item with pass, one (optionally) with fail. */
export async function answerChecklist(page: Page, fail: string | null): Promise<void> {
  const items = page.locator('fieldset[data-testid^="check-"]');
  const count = await items.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    const key = (await item.getAttribute('data-testid'))?.replace('check-', '');
    await item.locator(`input[value="${key === fail ? 'fail' : 'pass'}"]`).check();
  }
}

/** The whole checklist by keyboard only: Tab into each group, Space picks "In Ordnung", Tab on. */
export async function passChecklistByKeyboard(page: Page): Promise<void> {
  const items = page.locator('fieldset[data-testid^="check-"]');
  const count = await items.count();
  await items.first().locator('input[value="pass"]').focus();
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
  }
  await expect(page.locator('#inspection-notes')).toBeFocused();
  await page.keyboard.type('Alles geprüft, Probefahrt ok');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('inspection-save')).toBeFocused();
  await page.keyboard.press('Enter');
}
