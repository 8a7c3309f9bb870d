import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { IsActiveMatchOptions } from '@angular/router';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

/** One link of a sub-navigation: where it goes and its label key. */
export interface SubNavLink {
  route: string;
  labelKey: string;
  /** Match the route exactly (the calendar at /raeume would else be current everywhere below it). */
  exact?: boolean;
}

/** The pages of the organizer's room area. */
export const ORGANIZER_ROOM_LINKS: readonly SubNavLink[] = [
  { route: '/raeume', labelKey: 'rooms.nav.calendar', exact: true },
  { route: '/raeume/buchen', labelKey: 'rooms.nav.book' },
  { route: '/raeume/meine', labelKey: 'rooms.nav.mine' },
];

/** The pages of the house management (staff). */
export const STAFF_ROOM_LINKS: readonly SubNavLink[] = [
  { route: '/verwaltung/raeume/anfragen', labelKey: 'rooms.staffNav.requests' },
  { route: '/verwaltung/raeume/einstellungen', labelKey: 'rooms.staffNav.settings' },
  { route: '/verwaltung/raeume/sperrzeiten', labelKey: 'rooms.staffNav.closures' },
  { route: '/verwaltung/raeume/kontingente', labelKey: 'rooms.staffNav.quotas' },
  { route: '/verwaltung/raeume/auslastung', labelKey: 'rooms.staffNav.utilisation' },
];

/**
 * The sub-navigation of the room pages: the current page is marked in text style and by `aria-current`, not
 * by colour alone. On a phone the links wrap into rows, closer together.
 */
@Component({
  selector: 'zl-rooms-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, RouterLinkActive],
  template: `
    <nav *transloco="let t" [attr.aria-label]="t(labelKey())">
      <ul>
        @for (link of links(); track link.route) {
          <li>
            <a
              [routerLink]="link.route"
              routerLinkActive="is-current"
              [routerLinkActiveOptions]="link.exact ? exactPath : subtree"
              ariaCurrentWhenActive="page"
              >{{ t(link.labelKey) }}</a
            >
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0 0 1.5rem;
      padding: 0;
      list-style: none;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    a {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75rem;
      padding-inline: 1rem;
      font-weight: 600;
      color: var(--mat-sys-primary);
      text-decoration: none;
      border-block-end: 0.25rem solid transparent;
    }
    a:hover {
      text-decoration: underline;
    }
    a.is-current {
      color: var(--mat-sys-on-surface);
      border-block-end-color: var(--mat-sys-primary);
    }
    @media (max-width: 30rem) {
      ul {
        gap: 0 0.25rem;
      }
      a {
        padding-inline: 0.5rem;
      }
    }
  `,
})
export class RoomsNavComponent {
  /** The calendar is current at /raeume with any view in its query, not below it. */
  protected readonly exactPath: IsActiveMatchOptions = {
    paths: 'exact',
    queryParams: 'ignored',
    matrixParams: 'ignored',
    fragment: 'ignored',
  };
  protected readonly subtree: IsActiveMatchOptions = { ...this.exactPath, paths: 'subset' };

  readonly links = input<readonly SubNavLink[]>(ORGANIZER_ROOM_LINKS);
  /** i18n key of the navigation's name. */
  readonly labelKey = input('rooms.nav.label');
}
