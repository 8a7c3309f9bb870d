import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** One link of a section navigation; `label` is already translated. */
export interface SectionNavItem {
  path: string;
  label: string;
  /** Marked current only on exactly this path (an overview whose sub-pages have their own links). */
  exact: boolean;
}

/**
 * The sections of a programme area as one row of links (wraps on a phone); the current one is marked with
 * `aria-current="page"` as well as visibly.
 */
@Component({
  selector: 'zl-section-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav [attr.aria-label]="label()">
      <ul>
        @for (item of items(); track item.path) {
          <li>
            <a
              class="button button--outlined"
              [routerLink]="item.path"
              routerLinkActive="is-active"
              ariaCurrentWhenActive="page"
              [routerLinkActiveOptions]="{ exact: item.exact }"
              >{{ item.label }}</a
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
export class SectionNavComponent {
  readonly label = input.required<string>();
  readonly items = input.required<readonly SectionNavItem[]>();
}
