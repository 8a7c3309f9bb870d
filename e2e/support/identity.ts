import { expect, type Page } from '@playwright/test';

/** Password of every demo account (DEMO_DATA=true; `node dist/apps/api/cli.js demo-logins`). */
export const DEMO_PASSWORD = process.env['E2E_DEMO_PASSWORD'] ?? 'Borken-Demo-2026';

/** A demo account by role, e.g. `demoEmail('staff')` → staff@demo.zusammenleben.invalid. */
export function demoEmail(account: string): string {
  return `${account}@demo.zusammenleben.invalid`;
}

/** Labels of the sign-in form in one language. */
export interface SignInLabels {
  email: string;
  password: string;
  submit: string;
}

export const SIGN_IN_LABELS: Readonly<Record<'de' | 'ar', SignInLabels>> = {
  de: { email: 'E-Mail-Adresse', password: 'Passwort', submit: 'Anmelden' },
  ar: { email: 'البريد الإلكتروني', password: 'كلمة المرور', submit: 'تسجيل الدخول' },
};

/** Fills and sends the sign-in form of the current page (no waiting for the outcome). */
export async function submitSignIn(
  page: Page,
  labels: SignInLabels,
  email: string,
  password: string,
): Promise<void> {
  const main = page.getByRole('main');
  await main.getByLabel(labels.email, { exact: true }).fill(email);
  await main.getByLabel(labels.password, { exact: true }).fill(password);
  await main.getByRole('button', { name: labels.submit, exact: true }).click();
}

/** Waits until the app has asked the API for the session (the header shows its result). */
export async function expectSessionKnown(page: Page): Promise<void> {
  await expect(
    page.getByRole('banner').locator('[data-testid="session-user"], a[href="/anmelden"]'),
  ).toHaveCount(1);
}
