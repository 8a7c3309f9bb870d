import type { Page } from '@playwright/test';

/** The web app keeps the chosen language in localStorage under this key. */
export const LOCALE_STORAGE_KEY = 'zl.locale';

/** Makes the next page loads start in `locale`, as if the visitor had chosen it before. */
export async function useLocale(page: Page, locale: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (!window.sessionStorage.getItem('zl.e2e.locale-set')) {
        window.localStorage.setItem(key, value);
        window.sessionStorage.setItem('zl.e2e.locale-set', '1');
      }
    },
    [LOCALE_STORAGE_KEY, locale] as const,
  );
}
