import {
  DEFAULT_LOCALE,
  RTL_LOCALES,
  SUPPORTED_LOCALES,
  type Locale,
} from '@zusammen/shared/contracts';

/** Every locale has a catalog; German is the fallback for a message a catalog lacks. */
export const NOTIFICATION_TEMPLATE_LOCALES: readonly Locale[] = SUPPORTED_LOCALES;
export const FALLBACK_TEMPLATE_LOCALE = 'de' as const satisfies typeof DEFAULT_LOCALE;

/** Dates and times in mails are always Borken's local time. */
export const TEMPLATE_TIME_ZONE = 'Europe/Berlin';

export type TextDirection = 'ltr' | 'rtl';

export function textDirection(locale: Locale): TextDirection {
  return RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
}
