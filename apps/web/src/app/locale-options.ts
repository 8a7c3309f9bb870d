import { SUPPORTED_LOCALES } from '@zusammen/shared/contracts';
import { LOCALE_NATIVE_NAMES, textDirectionOf } from '@zusammen/web/core';
import type { LanguageOption } from '@zusammen/web/ui';

/** The five languages with their own names and direction: the header switcher and the forms' `zl-locale-select`. */
export const LOCALE_OPTIONS: readonly LanguageOption[] = SUPPORTED_LOCALES.map((code) => ({
  code,
  nativeName: LOCALE_NATIVE_NAMES[code],
  dir: textDirectionOf(code),
}));
