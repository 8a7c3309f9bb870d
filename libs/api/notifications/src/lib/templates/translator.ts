import type { Locale } from '@zusammen/shared/contracts';
import { IntlMessageFormat, type Formats } from 'intl-messageformat';
import { MESSAGE_CATALOGS, type MessageCatalogs, type MessageKey } from './message-catalog';
import { FALLBACK_TEMPLATE_LOCALE, TEMPLATE_TIME_ZONE, textDirection } from './template-locale';

export type MessageValue = string | number | Date;
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** Formats one message of the recipient's locale as plain text (German when the locale lacks it). */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** First strong isolate … pop directional isolate: a Latin name stays whole inside Arabic or Persian text. */
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

const BERLIN = { timeZone: TEMPLATE_TIME_ZONE, calendar: 'gregory' } as const;

/**
 * `{x, date, long}` and `{x, time, short}` in messages: always Borken's local time and the Gregorian calendar
 * (Persian would otherwise default to the Solar Hijri calendar; appointments here follow German dates).
 */
export const TEMPLATE_FORMATS: Partial<Formats> = {
  date: {
    short: { ...BERLIN, day: '2-digit', month: '2-digit', year: 'numeric' },
    medium: { ...BERLIN, day: 'numeric', month: 'short', year: 'numeric' },
    long: { ...BERLIN, day: 'numeric', month: 'long', year: 'numeric' },
    full: { ...BERLIN, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  },
  time: {
    short: { ...BERLIN, hour: '2-digit', minute: '2-digit' },
    medium: { ...BERLIN, hour: '2-digit', minute: '2-digit', second: '2-digit' },
    long: { ...BERLIN, hour: '2-digit', minute: '2-digit', timeZoneName: 'short' },
    full: { ...BERLIN, hour: '2-digit', minute: '2-digit', timeZoneName: 'long' },
  },
};

/** Intl locale per catalog locale: English mails follow British conventions (24-hour clock, day before month). */
const INTL_LOCALE: Readonly<Record<Locale, string>> = {
  de: 'de-DE',
  en: 'en-GB',
  ar: 'ar',
  uk: 'uk',
  fa: 'fa',
};

const compiled = new Map<string, IntlMessageFormat>();

function compile(message: string, locale: Locale): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${message}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(message, INTL_LOCALE[locale], TEMPLATE_FORMATS);
    compiled.set(cacheKey, format);
  }
  return format;
}

function isolate(values: MessageValues | undefined): MessageValues | undefined {
  if (!values) return values;
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'string'
        ? `${FIRST_STRONG_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}`
        : value,
    ]),
  );
}

/**
 * The translator of one locale. A message missing (or empty) in the locale's catalog falls back to the German
 * one, formatted with German rules. String values are bidi-isolated in right-to-left locales.
 */
export function createTranslator(
  locale: Locale,
  catalogs: MessageCatalogs = MESSAGE_CATALOGS,
): Translate {
  const own = catalogs[locale];
  return (key, values) => {
    const message = own[key];
    const [source, sourceLocale] =
      message !== undefined && message.trim() !== ''
        ? [message, locale]
        : [catalogs[FALLBACK_TEMPLATE_LOCALE][key], FALLBACK_TEMPLATE_LOCALE];
    const formatted = compile(source, sourceLocale).format(
      textDirection(locale) === 'rtl' ? isolate(values) : values,
    );
    if (typeof formatted !== 'string')
      throw new Error(`Message ${key} (${sourceLocale}) did not format to plain text`);
    return formatted;
  };
}
