import type { Locale } from '@zusammen/shared/contracts';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from '@zusammen/shared/contracts';

/** Query parameter that selects a language for shared links, e.g. `/?lang=ar`. */
export const LOCALE_QUERY_PARAM = 'lang';

/** What the browser tells us when the app starts. */
export interface InitialLocaleSources {
  /** The raw `?lang=` value of the URL the app was opened with, if any. */
  query: string | null;
  /** The value persisted by an earlier visit, if any. */
  stored: string | null;
  /** The browser's preferred languages, most preferred first (`navigator.languages`). */
  browser: readonly string[];
}

/** Narrows any string (`"ar"`, `"AR"`, `"uk-UA"`, `"fa_IR"`) to a supported locale, or `null`. */
export function toSupportedLocale(value: string | null | undefined): Locale | null {
  if (!value) {
    return null;
  }
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LOCALES.find((locale) => locale === primary) ?? null;
}

/**
 * The language to start with: an explicit `?lang=` link wins, then the stored choice,
 * then the first supported browser language, else German.
 */
export function resolveInitialLocale(sources: InitialLocaleSources): Locale {
  const explicit = toSupportedLocale(sources.query) ?? toSupportedLocale(sources.stored);
  if (explicit) {
    return explicit;
  }
  for (const candidate of sources.browser) {
    const locale = toSupportedLocale(candidate);
    if (locale) {
      return locale;
    }
  }
  return DEFAULT_LOCALE;
}
