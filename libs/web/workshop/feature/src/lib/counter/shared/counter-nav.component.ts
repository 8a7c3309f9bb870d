import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { SectionNavComponent } from '@zusammen/web/ui';

const ITEMS = [
  { path: '/werkstatt/ausgabe', key: 'desk', exact: true },
  { path: '/werkstatt/ausleihen', key: 'rentals', exact: false },
  { path: '/werkstatt/personen', key: 'people', exact: false },
  { path: '/werkstatt/warteliste', key: 'waitlist', exact: true },
  { path: '/werkstatt/schaeden', key: 'damage', exact: true },
] as const;

/** The rental desk's sections (handout, rentals, people, waiting list, damage). */
@Component({
  selector: 'zl-counter-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, SectionNavComponent],
  template: `
    <ng-container *transloco="let t; prefix: 'workshopCounter.nav'">
      <zl-section-nav
        [label]="t('label')"
        [items]="items.map((item) => ({ path: item.path, exact: item.exact, label: t(item.key) }))"
      />
    </ng-container>
  `,
})
export class CounterNavComponent {
  protected readonly items = ITEMS;
}
