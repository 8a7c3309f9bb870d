import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { SectionNavComponent } from '@zusammen/web/ui';

const ITEMS = [
  { path: '/werkstatt', key: 'overview', exact: true },
  { path: '/werkstatt/fahrraeder', key: 'bikes', exact: false },
  { path: '/werkstatt/auftraege', key: 'orders', exact: false },
  { path: '/werkstatt/teile', key: 'parts', exact: true },
  { path: '/werkstatt/stunden', key: 'hours', exact: true },
  { path: '/werkstatt/berichte', key: 'reports', exact: true },
  { path: '/werkstatt/einstellungen', key: 'settings', exact: true },
] as const;

/** The workshop's sections (bikes, orders, parts, hours, reports, settings). */
@Component({
  selector: 'zl-inventory-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, SectionNavComponent],
  template: `
    <ng-container *transloco="let t; prefix: 'workshopInventory.nav'">
      <zl-section-nav
        [label]="t('label')"
        [items]="items.map((item) => ({ path: item.path, exact: item.exact, label: t(item.key) }))"
      />
    </ng-container>
  `,
})
export class InventoryNavComponent {
  protected readonly items = ITEMS;
}
