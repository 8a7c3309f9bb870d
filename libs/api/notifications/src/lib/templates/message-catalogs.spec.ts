import type { Locale } from '@zusammen/shared/contracts';
import { IntlMessageFormat } from 'intl-messageformat';
import { MESSAGE_CATALOGS, MESSAGE_KEYS, type MessageKey } from './message-catalog';
import { NOTIFICATION_TEMPLATE_LOCALES } from './template-locale';

/**
 * Keeps templates/messages/<locale>.ts complete and really translated (like apps/web locale-files.spec.ts):
 * the keys of de.ts everywhere, no empty values, valid ICU with the same arguments, the right script.
 */

const SCRIPT_OF: Partial<Record<Locale, RegExp>> = {
  ar: /[\u0600-\u06FF]/,
  fa: /[\u0600-\u06FF]/,
  uk: /[\u0400-\u04FF]/,
};

function message(locale: Locale, key: MessageKey): string | undefined {
  return MESSAGE_CATALOGS[locale][key];
}

/** Argument names of an ICU message (nested plural/select included), sorted. */
function argumentNames(source: string, locale: Locale): string[] {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (
      typeof record['value'] === 'string' &&
      typeof record['type'] === 'number' &&
      record['type'] !== 0
    )
      names.add(record['value']);
    Object.values(record).forEach(visit);
  };
  visit(new IntlMessageFormat(source, locale).getAst());
  return [...names].sort();
}

describe('notification message catalogs', () => {
  it('has German messages for the layout and for every type', () => {
    expect(MESSAGE_KEYS.length).toBeGreaterThanOrEqual(10);
    expect(MESSAGE_KEYS).toContain('layout.greeting');
    expect(argumentNames(MESSAGE_CATALOGS.de['layout.greeting'], 'de')).toEqual(['name']);
    expect(argumentNames(MESSAGE_CATALOGS.de['mail-check.sentAt'], 'de')).toEqual(['sentAt']);
  });

  it.each(NOTIFICATION_TEMPLATE_LOCALES)('%s has exactly the keys of de', (locale) => {
    const keys = Object.keys(MESSAGE_CATALOGS[locale]);
    const missing = MESSAGE_KEYS.filter((key) => !keys.includes(key));
    const extra = keys.filter((key) => !(MESSAGE_KEYS as readonly string[]).includes(key));

    expect({ locale, missing, extra }).toEqual({ locale, missing: [], extra: [] });
  });

  it.each(NOTIFICATION_TEMPLATE_LOCALES)('%s has no empty message', (locale) => {
    const empty = MESSAGE_KEYS.filter((key) => (message(locale, key) ?? '').trim() === '');

    expect(empty).toEqual([]);
  });

  it.each(NOTIFICATION_TEMPLATE_LOCALES)('%s has valid ICU with the arguments of de', (locale) => {
    const mismatched = MESSAGE_KEYS.filter(
      (key) =>
        argumentNames(message(locale, key) ?? '', locale).join() !==
        argumentNames(MESSAGE_CATALOGS.de[key], 'de').join(),
    );

    expect(mismatched).toEqual([]);
  });

  it.each(NOTIFICATION_TEMPLATE_LOCALES.filter((locale) => locale !== 'en'))(
    '%s never shows the English text',
    (locale) => {
      const english = MESSAGE_KEYS.filter((key) => message(locale, key) === message('en', key));

      expect(english).toEqual([]);
    },
  );

  it.each(Object.keys(SCRIPT_OF) as Locale[])('%s is written in its own script', (locale) => {
    const script = SCRIPT_OF[locale] as RegExp;
    const foreign = MESSAGE_KEYS.filter((key) => !script.test(message(locale, key) ?? ''));

    expect(foreign).toEqual([]);
  });

  it('fa uses Persian yeh and keheh, not the Arabic letters', () => {
    const arabicLetters = MESSAGE_KEYS.filter((key) =>
      /[\u064A\u0643]/.test(message('fa', key) ?? ''),
    );

    expect(arabicLetters).toEqual([]);
  });
});
