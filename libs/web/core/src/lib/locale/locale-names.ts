import type { Locale } from '@zusammen/shared/contracts';

/** Each language named in its own language, as people look for it (never translated). */
export const LOCALE_NATIVE_NAMES: Readonly<Record<Locale, string>> = {
  de: 'Deutsch',
  en: 'English',
  ar: 'العربية',
  uk: 'Українська',
  fa: 'فارسی',
};
