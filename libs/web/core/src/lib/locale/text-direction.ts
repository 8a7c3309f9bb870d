import type { Locale } from '@zusammen/shared/contracts';
import { RTL_LOCALES } from '@zusammen/shared/contracts';

export type TextDirection = 'ltr' | 'rtl';

/** Writing direction of a locale: `rtl` for Arabic and Farsi, `ltr` otherwise. */
export function textDirectionOf(locale: Locale): TextDirection {
  return RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
}
