/** Languages the platform speaks; German is the default and the fallback. */
export const SUPPORTED_LOCALES = ['de', 'en', 'ar', 'uk', 'fa'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';
/** Locales written right to left. */
export const RTL_LOCALES: readonly Locale[] = ['ar', 'fa'];
