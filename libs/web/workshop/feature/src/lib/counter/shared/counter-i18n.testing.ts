import type { ModuleWithProviders } from '@angular/core';
import type { TranslocoTestingModule } from '@jsverse/transloco';
import { TranslocoTestingModule as Testing } from '@jsverse/transloco';
import { SUPPORTED_LOCALES } from '@zusammen/shared/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Specs render the app's real texts (read from disk, so this library does not depend on the app).
const I18N_DIR = join(__dirname, '../../../../../../../../apps/web/public/i18n');
const readLocale = (locale: 'de' | 'ar'): Record<string, unknown> =>
  JSON.parse(readFileSync(join(I18N_DIR, `${locale}.json`), 'utf8')) as Record<string, unknown>;

export function counterTranslocoTesting(): ModuleWithProviders<TranslocoTestingModule> {
  return Testing.forRoot({
    langs: { de: readLocale('de'), ar: readLocale('ar') },
    translocoConfig: {
      availableLangs: [...SUPPORTED_LOCALES],
      defaultLang: 'de',
      reRenderOnLangChange: true,
    },
    preloadLangs: true,
  });
}

export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function clean(value: string | null | undefined): string {
  return (value ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
