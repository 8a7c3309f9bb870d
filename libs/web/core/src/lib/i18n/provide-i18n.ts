import { Directionality } from '@angular/cdk/bidi';
import type { EnvironmentProviders, Provider } from '@angular/core';
import { inject, isDevMode, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { provideTransloco, provideTranslocoMissingHandler } from '@jsverse/transloco';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from '@zusammen/shared/contracts';
import { LocaleDirectionality } from '../locale/locale-directionality';
import { LocaleService } from '../locale/locale.service';
import { GermanFallbackMissingHandler } from './german-fallback-missing.handler';
import { TranslatedTitleStrategy } from './translated-title.strategy';
import { TranslocoHttpLoader } from './transloco-http.loader';

/**
 * Everything language-related for the app: Transloco (German default and fallback for every
 * missing key), the locale-driven CDK `Directionality`, translated document titles, and an
 * initializer that picks and loads the first language before the first render.
 * Needs `provideHttpClient()` and `provideRouter()` next to it.
 */
export function provideI18n(): EnvironmentProviders {
  const providers: (Provider | EnvironmentProviders)[] = [
    provideTransloco({
      config: {
        availableLangs: [...SUPPORTED_LOCALES],
        defaultLang: DEFAULT_LOCALE,
        fallbackLang: DEFAULT_LOCALE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: {
          useFallbackTranslation: true,
          logMissingKey: isDevMode(),
          allowEmpty: false,
        },
      },
      loader: TranslocoHttpLoader,
    }),
    provideTranslocoMissingHandler(GermanFallbackMissingHandler),
    { provide: Directionality, useExisting: LocaleDirectionality },
    { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
    provideAppInitializer(() => inject(LocaleService).init()),
  ];
  return makeEnvironmentProviders(providers);
}
