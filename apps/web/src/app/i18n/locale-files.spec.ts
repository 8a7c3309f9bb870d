import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '@zusammen/shared/contracts';
import { SUPPORTED_LOCALES } from '@zusammen/shared/contracts';

/**
 * Keeps apps/web/public/i18n/<locale>.json complete and really translated: same keys everywhere,
 * no empty values, the same {{placeholders}}, the right script, and never English text in
 * another language.
 */

const I18N_DIR = join(__dirname, '../../../public/i18n');

/** Keys whose value may legitimately equal the English one (proper nouns, codes). Keep short. */
/** Place names are the same in German and English (the other locales add their own script). */
const BORKEN_PLACE_NAMES = [
  'gemen',
  'weseke',
  'burlo',
  'borkenwirthe',
  'marbeck',
  'hoxfeld',
  'rhedebruegge',
  'gruetlohn',
  'westenborken',
  'gemenwirthe',
  'hovesath',
];
const SAME_AS_ENGLISH_ALLOWED: ReadonlySet<string> = new Set<string>(
  BORKEN_PLACE_NAMES.map((district) => `sponsorshipVocabulary.districts.${district}`),
);

/**
 * Words that German and English spell the same (the check is about untranslated English, not about these); only the
 * German comparison skips them, the other locales must still translate them.
 */
const SAME_WORD_IN_GERMAN: ReadonlySet<string> = new Set<string>([
  'workshopCounter.damage.status',
  'workshopCounter.rental.statusLabel',
  'workshopInventory.order.status',
  'workshopInventory.orders.status',
  'workshopInventory.hours.colStatus',
  'workshopCounter.person.name',
  'workshopInventory.hours.colName',
  'workshopInventory.hours.displayName',
  'workshopCounter.person.title',
  'workshopCounter.desk.stepName.borrower',
  'workshopCounter.desk.step.borrower',
  'workshopInventory.hours.colWorker',
  'workshopInventory.newOrder.problem',
  'workshopInventory.shared.optionalItem',
  'workshopInventory.intake.colour.orange',
  'workshopInventory.intake.colour.pink',
  'workshopEnum.lighting.dynamo',
  'workshopEnum.eligibilityBasis.asylblg',
]);

/** Each non-Latin locale's values must contain its script (unless allowlisted above). */
const SCRIPT_OF: Partial<Record<Locale, RegExp>> = {
  ar: /[\u0600-\u06FF]/,
  fa: /[\u0600-\u06FF]/,
  uk: /[\u0400-\u04FF]/,
};

type Flat = Record<string, unknown>;

function flatten(node: unknown, prefix = '', into: Flat = {}): Flat {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      flatten(value, prefix ? `${prefix}.${key}` : key, into);
    }
  } else {
    into[prefix] = node;
  }
  return into;
}

function load(locale: Locale): Flat {
  return flatten(JSON.parse(readFileSync(join(I18N_DIR, `${locale}.json`), 'utf8')));
}

function placeholders(value: unknown): string[] {
  return typeof value === 'string'
    ? [...value.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort()
    : [];
}

const FILES = Object.fromEntries(
  SUPPORTED_LOCALES.map((locale) => [locale, load(locale)]),
) as Record<Locale, Flat>;
const REFERENCE_KEYS = Object.keys(FILES.de).sort();

describe('locale files', () => {
  it('has a file for every supported locale, with a reasonable number of keys', () => {
    expect(REFERENCE_KEYS.length).toBeGreaterThan(50);
  });

  it.each(SUPPORTED_LOCALES)('%s.json has exactly the keys of de.json', (locale) => {
    const keys = Object.keys(FILES[locale]);
    const missing = REFERENCE_KEYS.filter((key) => !keys.includes(key));
    const extra = keys.filter((key) => !REFERENCE_KEYS.includes(key));

    expect({ locale, missing, extra }).toEqual({ locale, missing: [], extra: [] });
  });

  it.each(SUPPORTED_LOCALES)('%s.json has only non-empty string values', (locale) => {
    const bad = Object.entries(FILES[locale])
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([key]) => key);

    expect(bad).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES)('%s.json uses the same {{placeholders}} as de.json', (locale) => {
    const mismatched = REFERENCE_KEYS.filter(
      (key) => placeholders(FILES[locale][key]).join() !== placeholders(FILES.de[key]).join(),
    );

    expect(mismatched).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))(
    '%s.json never shows the English text',
    (locale) => {
      const english = REFERENCE_KEYS.filter(
        (key) =>
          !SAME_AS_ENGLISH_ALLOWED.has(key) &&
          !(locale === 'de' && SAME_WORD_IN_GERMAN.has(key)) &&
          FILES[locale][key] === FILES.en[key],
      );

      expect(english).toEqual([]);
    },
  );

  it.each(Object.keys(SCRIPT_OF) as Locale[])('%s.json is written in its own script', (locale) => {
    const script = SCRIPT_OF[locale] as RegExp;
    const foreign = REFERENCE_KEYS.filter(
      (key) => !SAME_AS_ENGLISH_ALLOWED.has(key) && !script.test(String(FILES[locale][key])),
    );

    expect(foreign).toEqual([]);
  });

  it('fa.json uses Persian yeh and keheh, not the Arabic letters', () => {
    const arabicLetters = REFERENCE_KEYS.filter((key) =>
      /[\u064A\u0643]/.test(String(FILES.fa[key])),
    );

    expect(arabicLetters).toEqual([]);
  });
});
