import type { ModuleWithProviders } from '@angular/core';
import type { TranslocoTestingModule } from '@jsverse/transloco';
import { TranslocoTestingModule as Testing } from '@jsverse/transloco';
import { SUPPORTED_LOCALES } from '@zusammen/shared/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Specs render the app's real texts, so a missing or misspelt key fails a spec. The locale files belong to
// the app; they are read from disk (not imported), so this library does not depend on the app in the graph.
const I18N_DIR = join(__dirname, '../../../../../../../../apps/web/public/i18n');
/** Nested texts: any path the specs read ends in a string. */
export type LocaleTexts = string & { readonly [key: string]: LocaleTexts };
const readLocale = (locale: 'de' | 'ar'): LocaleTexts =>
  JSON.parse(readFileSync(join(I18N_DIR, `${locale}.json`), 'utf8')) as LocaleTexts;
export const de = readLocale('de');
export const ar = readLocale('ar');

/** Transloco for specs of the events pages: German and Arabic from the app's files, German first. */
export function eventsTranslocoTesting(): ModuleWithProviders<TranslocoTestingModule> {
  return Testing.forRoot({
    langs: { de, ar },
    translocoConfig: {
      availableLangs: [...SUPPORTED_LOCALES],
      defaultLang: 'de',
      reRenderOnLangChange: true,
    },
    preloadLangs: true,
  });
}

/** Text content without bidi isolates and with collapsed white space. */
export function clean(value: string | null | undefined): string {
  return (value ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
