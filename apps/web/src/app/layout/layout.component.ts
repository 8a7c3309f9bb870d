import { DOCUMENT } from '@angular/common';
import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  effect,
  inject,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { IsActiveMatchOptions } from '@angular/router';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Locale } from '@zusammen/shared/contracts';
import { LocaleService, SessionStore, SignOutAction, UnreadCountStore } from '@zusammen/web/core';
import { LanguageSwitcherComponent, NotificationBellComponent } from '@zusammen/web/ui';
import { filter } from 'rxjs';
import { LOCALE_OPTIONS } from '../locale-options';

/** Active-link matching ignores `?lang=` and fragments, so shared links still mark the page. */
const EXACT_MATCH: IsActiveMatchOptions = {
  paths: 'exact',
  queryParams: 'ignored',
  matrixParams: 'ignored',
  fragment: 'ignored',
};
const PREFIX_MATCH: IsActiveMatchOptions = { ...EXACT_MATCH, paths: 'subset' };

/** Page frame: skip link, header with navigation and language switcher, main, footer. */
@Component({
  selector: 'zl-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SignOutAction],
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslocoDirective,
    LanguageSwitcherComponent,
    NotificationBellComponent,
  ],
  templateUrl: './layout.component.html',
  styleUrl: './layout.component.scss',
})
export class LayoutComponent {
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  protected readonly locale = inject(LocaleService);
  protected readonly session = inject(SessionStore);
  protected readonly unread = inject(UnreadCountStore);
  protected readonly languageOptions = LOCALE_OPTIONS;
  protected readonly exactMatch = EXACT_MATCH;
  protected readonly prefixMatch = PREFIX_MATCH;
  private readonly signOutAction = inject(SignOutAction);
  protected readonly signingOut = this.signOutAction.pending;
  protected readonly signOutFailed = this.signOutAction.failed;

  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly navigationEnd = toSignal(
    this.router.events.pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
    ),
  );

  constructor() {
    let initialNavigation = true;
    effect(() => {
      const navigation = this.navigationEnd();
      if (!navigation) {
        return;
      }
      if (initialNavigation) {
        initialNavigation = false;
        return;
      }
      // After an in-app navigation, move focus to the new content so screen readers and
      // keyboard users start there, as after a full page load.
      const fragment = this.router.parseUrl(navigation.urlAfterRedirects).fragment;
      afterNextRender(() => this.focusContent(fragment, !fragment), { injector: this.injector });
    });
  }

  protected onLocaleChange(locale: Locale): void {
    void this.locale.choose(locale);
  }

  protected signOut(): Promise<void> {
    return this.signOutAction.run();
  }

  /** The skip link focuses `<main>` itself; a plain `#main` href would leave the SPA (base href). */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.focusContent(null, false);
  }

  /** Focuses the fragment's target if present, else `<main>`; the router restores scrolling. */
  private focusContent(fragment: string | null, preventScroll: boolean): void {
    const target =
      (fragment && this.document.getElementById(fragment)) || this.main().nativeElement;
    target.focus({ preventScroll });
  }
}
