import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { ACCOUNT_ROUTES, type SignUpRequest } from '@zusammen/shared/contracts';
import { expectNoAxeViolations } from '../../support/a11y';
import { linkIn, waitForMail } from '../../support/mail';
import { ROOT } from '../../support/system';

/** Shared steps of the self-service account specs (sign-up, verification, reset, settings). */

const SCREENS = join(ROOT, 'dist/e2e/screens');

/**
 * The web app's texts of one language, read from the files the app loads: `t('signUp.title')`,
 * `t('signUp.passwordHint', { min: 12 })`.
 */
export function textsOf(
  locale: 'de' | 'ar',
): (key: string, params?: Record<string, string | number>) => string {
  const tree: unknown = JSON.parse(
    readFileSync(join(ROOT, `apps/web/public/i18n/${locale}.json`), 'utf8'),
  );
  return (key, params = {}) => {
    const value = key
      .split('.')
      .reduce<unknown>(
        (node, part) =>
          node !== null && typeof node === 'object'
            ? (node as Record<string, unknown>)[part]
            : undefined,
        tree,
      );
    if (typeof value !== 'string') throw new Error(`no text ${locale}:${key}`);
    return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
  };
}

/** A password no list knows and that contains no part of the test names or addresses. */
export const NEW_PASSWORD = 'Sonnenblumen am Aasee 2026';
export const OTHER_PASSWORD = 'Wolken über dem Marktplatz 77';

/** A fresh address per run, so specs never share accounts. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@e2e.zusammenleben.invalid`;
}

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 720 };

/** Full-page screenshot to dist/e2e/screens (and E2E_SCREENS_COPY_TO, if set). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
  const copyTo = process.env['E2E_SCREENS_COPY_TO'];
  if (copyTo) {
    mkdirSync(copyTo, { recursive: true });
    copyFileSync(join(SCREENS, `${name}.png`), join(copyTo, `${name}.png`));
  }
}

/** axe, a desktop screenshot, then the phone width: no sideways scrolling, and a phone screenshot. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, `${name} scrolls sideways at phone width`).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

/** Signs up through the API (as the form would) and returns when the API accepted it. */
export async function signUpThroughApi(
  request: APIRequestContext,
  account: Pick<SignUpRequest, 'email' | 'displayName'> & Partial<SignUpRequest>,
): Promise<void> {
  const body: SignUpRequest = {
    password: NEW_PASSWORD,
    locale: 'de',
    roles: ['volunteer'],
    acceptPrivacyNotice: true,
    ...account,
  };
  const response = await request.post(ACCOUNT_ROUTES.signUp, { data: body });
  expect(response.status()).toBe(202);
}

/** Confirms the address with the token of the newest verification mail, through the API. */
export async function verifyThroughApi(request: APIRequestContext, email: string): Promise<void> {
  const mail = await waitForMail(email);
  const token = new URLSearchParams(linkIn(mail, '/e-mail-bestaetigen').hash.slice(1)).get('token');
  const response = await request.post(ACCOUNT_ROUTES.verifyEmail, { data: { token } });
  expect(response.status()).toBe(200);
}
