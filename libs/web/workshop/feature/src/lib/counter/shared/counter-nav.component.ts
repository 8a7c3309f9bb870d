import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

/** The desk's sections as one row of links (wraps on a phone); the current one is marked for screen readers. */
@Component({
  selector: 'zl-counter-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, RouterLinkActive],
  template: `
    <nav *transloco="let t" [attr.aria-label]="t('workshopCounter.nav.label')">
      <ul>
        @for (item of items; track item.path) {
          <li>
            <a
              class="button button--outlined"
              [routerLink]="item.path"
              routerLinkActive="is-active"
              ariaCurrentWhenActive="page"
              [routerLinkActiveOptions]="{ exact: item.exact }"
              >{{ t(item.key) }}</a
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
      margin: 0 0 1rem;
      padding: 0;
      list-style: none;
    }
    a {
      padding-inline: 0.875rem;
    }
  `,
})
export class CounterNavComponent {
  protected readonly items = [
    { path: '/werkstatt/ausgabe', key: 'workshopCounter.nav.desk', exact: true },
    { path: '/werkstatt/ausleihen', key: 'workshopCounter.nav.rentals', exact: false },
    { path: '/werkstatt/personen', key: 'workshopCounter.nav.people', exact: false },
    { path: '/werkstatt/warteliste', key: 'workshopCounter.nav.waitlist', exact: true },
    { path: '/werkstatt/schaeden', key: 'workshopCounter.nav.damage', exact: true },
  ] as const;
}
