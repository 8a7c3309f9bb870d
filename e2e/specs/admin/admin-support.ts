import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Download, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../../support/a11y';
import { ROOT } from '../../support/system';

const SCREENS = join(ROOT, 'dist/e2e/screens');

/** A phone in portrait (the desk also runs on one). */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** A full-page screenshot in dist/e2e/screens (and E2E_SCREENS_COPY_TO, if set). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
  const copyTo = process.env['E2E_SCREENS_COPY_TO'];
  if (copyTo) {
    mkdirSync(copyTo, { recursive: true });
    copyFileSync(join(SCREENS, `${name}.png`), join(copyTo, `${name}.png`));
  }
}

/**
 * Checks the page as it is now (axe, no sideways scrolling) and takes a desktop and a phone screenshot;
 * the viewport ends as it started.
 */
export async function checkAndCapture(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await screenshot(page, `${name}-desktop`);
  const before = page.viewportSize();
  await page.setViewportSize(PHONE);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, `${name} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(before ?? DESKTOP);
}

/** The JSON body of a finished download. */
export async function downloadedJson(download: Download): Promise<Record<string, unknown>> {
  const path = await download.path();
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** Unique per run, so reruns against the same database never collide. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
}
