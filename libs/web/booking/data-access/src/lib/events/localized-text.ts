import type { Locale, LocalizedText } from '@zusammen/shared/contracts';
import { DEFAULT_LOCALE, RTL_LOCALES } from '@zusammen/shared/contracts';

/** A text chosen for the reader, with the language it is really in. */
export interface ChosenText {
  text: string;
  /** The language of `text`: the reader's, or German when the organizer did not write it in theirs. */
  lang: Locale;
  /** True when the text is the German fallback, not the reader's language. */
  fallback: boolean;
  /** Writing direction of `lang`. */
  dir: 'ltr' | 'rtl';
}

/**
 * The event title or description in the reader's language, or the German one when that language is
 * missing or blank (German is always there). Pages mark a fallback with `lang="de"` (and `dir="ltr"`), so
 * screen readers pronounce it as German and it reads correctly inside a right-to-left page.
 */
export function chooseText(text: LocalizedText, locale: Locale): ChosenText {
  const own = text[locale]?.trim();
  if (own) {
    return {
      text: own,
      lang: locale,
      fallback: false,
      dir: RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr',
    };
  }
  return {
    text: text.de?.trim() ?? '',
    lang: DEFAULT_LOCALE,
    fallback: locale !== DEFAULT_LOCALE,
    dir: 'ltr',
  };
}
