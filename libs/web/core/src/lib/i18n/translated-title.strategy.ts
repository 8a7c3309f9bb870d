import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import type { RouterStateSnapshot } from '@angular/router';
import { TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { LocaleService } from '../locale/locale.service';

/** i18n key of the site name, the last part of every document title. */
export const SITE_NAME_KEY = 'app.siteName';

/**
 * Route `title`s are i18n keys (`title: 'contacts.pageTitle'`). The document title becomes
 * "<page> – <site name>" in the active language and follows every language switch.
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService);
  private readonly pageKey = signal<string | undefined>(undefined);

  constructor() {
    super();
    effect(() => {
      this.title.setTitle(this.compose(this.pageKey(), this.locale.current()));
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey.set(this.buildTitle(snapshot));
  }

  /** The document title for a page key in a language (public for direct use and tests). */
  compose(pageKey: string | undefined, lang: string): string {
    const site = this.transloco.translate(SITE_NAME_KEY, {}, lang);
    const page = pageKey ? this.transloco.translate(pageKey, {}, lang) : '';
    return page ? `${page} – ${site}` : site;
  }
}
