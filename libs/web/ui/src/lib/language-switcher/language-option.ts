import type { Locale } from '@zusammen/shared/contracts';

/** One language the switcher offers, named in that language (`العربية`, not "Arabic"). */
export interface LanguageOption {
  code: Locale;
  nativeName: string;
  dir: 'ltr' | 'rtl';
}
