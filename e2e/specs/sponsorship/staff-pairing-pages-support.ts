import { readFileSync } from 'node:fs';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export const TANDEMS = '/verwaltung/patenschaften/tandems';
export const PROPOSALS = '/verwaltung/patenschaften/vorschlaege';
export const REPORTS = '/verwaltung/patenschaften/berichte';
export const SETTINGS = '/verwaltung/patenschaften/einstellungen';

/** Every person's name in the demo Patenmodell data (families and volunteers): never in a report. */
export const DEMO_NAMES = [
  'Hiba Khalil',
  'Mariia Tkachenko',
  'Nasrin Sadeghi',
  'Svitlana Moroz',
  'Fatima Rahimi',
  'Tetiana Shevchenko',
  'Hevin Aydin',
  'Abdi Warsame',
  'Amal Al-Hassan',
  'Zahra Hosseini',
  'Iryna Melnyk',
  'Ruth Tesfay',
  'Bernd Wessendorf',
  'Anna Overesch',
  'Yasmin Saleh',
  'Klaus Hüging',
  'Gisela Tenhumberg',
  'Samir Khoury',
  'Oksana Bondarenko',
  'Mehmet Yıldız',
];

/** Digits of a number as the page writes it ("1.234", "٣") as a JS number. */
export function numberOf(text: string): number {
  const western = text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  return Number(western.replace(/[^0-9]/g, ''));
}

/** How many pairings the tandems list shows for `state` ("Angezeigt: N", 0 for "Keine Tandems gefunden."). */
export async function pairingsInState(page: Page, state: string): Promise<number> {
  await page.goto(`${TANDEMS}?state=${state}`);
  const status = page.getByRole('main').getByTestId('pairings-status');
  await expect(status).toHaveText(/Angezeigt: \d+|Keine Tandems gefunden/);
  const text = (await status.textContent()) ?? '';
  return text.includes('Keine') ? 0 : numberOf(text);
}

/** Presses Tab until `target` has the focus (at most `max` times); fails otherwise. */
export async function tabTo(page: Page, target: Locator, max = 15): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** A key figure of the reports page as a number. */
export async function figure(page: Page, key: string): Promise<number> {
  const value = page.getByRole('main').getByTestId(`figure-${key}`).locator('dd');
  await expect(value).toHaveText(/\d/);
  return numberOf((await value.textContent()) ?? '');
}

/** The value of a row ("metric;value" or "reason;count") in the downloaded report CSV. */
export function csvValue(lines: readonly string[], key: string): string | undefined {
  return lines.find((line) => line.startsWith(`${key};`))?.slice(key.length + 1);
}

/** The text of a finished download (UTF-8). */
export async function downloadedText(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

/** There is no sideways scrolling at the current viewport. */
export async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
}
