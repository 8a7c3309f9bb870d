import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

/**
 * The six staff areas of the Patenmodell (Paten, Familien, Vorschläge, Tandems, Berichte, Einstellungen); the
 * current one is marked in text and style. On a phone the links wrap into rows, closer together.
 */
@Component({
  selector: 'zl-staff-sponsorship-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, RouterLinkActive],
  template: `
    <nav *transloco="let t; prefix: 'staffVolunteers.nav'" [attr.aria-label]="t('label')">
      <ul>
        <li>
          <a
            routerLink="/verwaltung/patenschaften/paten"
            routerLinkActive="is-current"
            ariaCurrentWhenActive="page"
            >{{ t('volunteers') }}</a
          >
        </li>
        <li>
          <a
            routerLink="/verwaltung/patenschaften/familien"
            routerLinkActive="is-current"
            ariaCurrentWhenActive="page"
            >{{ t('families') }}</a
          >
        </li>
        <li *transloco="let tm">
          <a
            routerLink="/verwaltung/patenschaften/vorschlaege"
            routerLinkActive="is-current"
            ariaCurrentWhenActive="page"
            >{{ tm('matchRuns.navLabel') }}</a
          >
        </li>
        <li *transloco="let tp">
          <a
            routerLink="/verwaltung/patenschaften/tandems"
            routerLinkActive="is-current"
            ariaCurrentWhenActive="page"
            >{{ tp('staffPairings.nav') }}</a
          >
        </li>
        <li *transloco="let tr">
          <a
            routerLink="/verwaltung/patenschaften/berichte"
            routerLinkActive="is-current"
            ariaCurrentWhenActive="page"
            >{{ tr('sponsorshipReports.navLabel') }}</a
          >
        </li>
        <li *transloco="let ts">
          <a
            routerLink="/verwaltung/patenschaften/einstellungen"
            routerLinkActive="is-current"
            ariaCurrentWhenActive="page"
            >{{ ts('sponsorshipSettings.navLabel') }}</a
          >
        </li>
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
    /* Marked by a thick underline and by aria-current, not by colour alone. */
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
export class StaffSponsorshipNavComponent {}
