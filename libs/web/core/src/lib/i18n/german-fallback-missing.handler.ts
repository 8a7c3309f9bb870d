import { Injectable, isDevMode } from '@angular/core';
import type { TranslocoMissingHandler, TranslocoMissingHandlerData } from '@jsverse/transloco';

/**
 * Reached only when a key is missing in the active language AND in German (Transloco's
 * `useFallbackTranslation` has already tried German). Shows nothing rather than the raw key
 * or English text; the locale-files spec keeps this from happening in practice.
 */
@Injectable({ providedIn: 'root' })
export class GermanFallbackMissingHandler implements TranslocoMissingHandler {
  handle(key: string, data: TranslocoMissingHandlerData): string {
    if (isDevMode()) {
      console.warn(`[i18n] Missing translation "${key}" in "${data.activeLang}" and in German.`);
    }
    return '';
  }
}
