import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

/** The workshop's sections as one row of links (wraps on a phone); the current one is marked. */
@Component({
  selector: 'zl-inventory-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, RouterLinkActive],
  template: `
    <nav *transloco="let t; prefix: 'workshopInventory.nav'" [attr.aria-label]="t('label')">
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
export class InventoryNavComponent {
  protected readonly items = [
    { path: '/werkstatt', key: 'overview', exact: true },
    { path: '/werkstatt/fahrraeder', key: 'bikes', exact: false },
    { path: '/werkstatt/auftraege', key: 'orders', exact: false },
    { path: '/werkstatt/teile', key: 'parts', exact: true },
    { path: '/werkstatt/stunden', key: 'hours', exact: true },
    { path: '/werkstatt/berichte', key: 'reports', exact: true },
    { path: '/werkstatt/einstellungen', key: 'settings', exact: true },
  ] as const;
}
