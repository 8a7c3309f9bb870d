import { DOCUMENT } from '@angular/common';
import { Injectable, PendingTasks, computed, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { Locale } from '@zusammen/shared/contracts';
import { DEFAULT_LOCALE } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { LOCALE_QUERY_PARAM, resolveInitialLocale, toSupportedLocale } from './initial-locale';
import { LocaleDirectionality } from './locale-directionality';
import { textDirectionOf } from './text-direction';

/** localStorage key that remembers the chosen language between visits. */
export const LOCALE_STORAGE_KEY = 'zl.locale';
/** sessionStorage key set once the visitor explicitly chose a language during this visit. */
export const LOCALE_CHOSEN_KEY = 'zl.locale.chosen';

/**
 * The active language of the web app. Loads the translation (German as fallback) before
 * switching, so no untranslated key ever flashes, then keeps Transloco, `<html lang dir>`,
 * the CDK `Directionality` and the stored choice in step.
 */
@Injectable({ providedIn: 'root' })
export class LocaleService {
  private readonly transloco = inject(TranslocoService);
  private readonly directionality = inject(LocaleDirectionality);
  private readonly document = inject(DOCUMENT);
  private readonly pendingTasks = inject(PendingTasks);

  private readonly locale = signal<Locale>(DEFAULT_LOCALE);
  private readonly explicitChoice = signal(this.readChosenThisVisit());
  /** Counts switches so that a slow, older request never overrides a newer choice. */
  private switchSequence = 0;

  /** The active locale. */
  readonly current = this.locale.asReadonly();
  /** Writing direction of the active locale. */
  readonly direction = computed(() => textDirectionOf(this.locale()));
  /**
   * The visitor explicitly chose the language during this visit (language switcher or a
   * `?lang=` link), so signing in keeps it instead of switching to the account's language.
   */
  readonly chosenThisVisit = this.explicitChoice.asReadonly();

  /**
   * Chooses the first language (`?lang=` link, stored choice, browser preference, German)
   * and activates it. Never rejects: without translations the app still starts in German.
   */
  async init(): Promise<void> {
    const view = this.document.defaultView;
    const query = view ? new URLSearchParams(view.location.search).get(LOCALE_QUERY_PARAM) : null;
    const initial = resolveInitialLocale({
      query,
      stored: this.readStored(),
      browser: view?.navigator.languages ?? [],
    });
    const switched = await this.use(initial);
    if (switched && toSupportedLocale(query) === initial) {
      this.markChosen();
    }
    if (!switched && initial !== DEFAULT_LOCALE) {
      await this.use(DEFAULT_LOCALE);
    }
  }

  /** Switches because the visitor asked for it (see {@link chosenThisVisit}). */
  async choose(requested: Locale | string): Promise<boolean> {
    const switched = await this.use(requested);
    if (switched) {
      this.markChosen();
    }
    return switched;
  }

  /**
   * Switches the language at runtime. Resolves `true` once the new language is active,
   * `false` when its translations could not be loaded (the current language then stays).
   */
  async use(requested: Locale | string): Promise<boolean> {
    const locale = toSupportedLocale(requested);
    if (!locale) {
      return false;
    }
    const sequence = ++this.switchSequence;
    // The app counts as busy (whenStable, e2e) until the new language is applied.
    const done = this.pendingTasks.add();
    try {
      return await this.switchTo(locale, sequence);
    } finally {
      done();
    }
  }

  private async switchTo(locale: Locale, sequence: number): Promise<boolean> {
    try {
      await firstValueFrom(this.transloco.load(locale));
    } catch {
      return false;
    }
    // On a failed load Transloco falls back to German silently; we keep the current language.
    const loaded = Object.keys(this.transloco.getTranslation(locale)).length > 0;
    if (!loaded || sequence !== this.switchSequence) {
      return false;
    }
    this.transloco.setActiveLang(locale);
    this.locale.set(locale);
    this.applyToDocument(locale);
    this.store(locale);
    return true;
  }

  private applyToDocument(locale: Locale): void {
    const direction = textDirectionOf(locale);
    const root = this.document.documentElement;
    root.lang = locale;
    root.dir = direction;
    this.directionality.setDirection(direction);
  }

  private markChosen(): void {
    this.explicitChoice.set(true);
    try {
      this.document.defaultView?.sessionStorage.setItem(LOCALE_CHOSEN_KEY, '1');
    } catch {
      // See readStored().
    }
  }

  private readChosenThisVisit(): boolean {
    try {
      return this.document.defaultView?.sessionStorage.getItem(LOCALE_CHOSEN_KEY) === '1';
    } catch {
      return false;
    }
  }

  private readStored(): string | null {
    try {
      return this.document.defaultView?.localStorage.getItem(LOCALE_STORAGE_KEY) ?? null;
    } catch {
      // Storage can be disabled (privacy settings); the choice then lasts for this visit only.
      return null;
    }
  }

  private store(locale: Locale): void {
    try {
      this.document.defaultView?.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // See readStored().
    }
  }
}
