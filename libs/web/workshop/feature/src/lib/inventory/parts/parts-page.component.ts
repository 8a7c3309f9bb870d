import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { SparePartView } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { PartsStore } from '@zusammen/web/workshop/data-access';
import { InventoryNavComponent } from '../shared/inventory-nav.component';
import { formatInstant, formatMoney } from '../shared/inventory-format';
import { PartMovementFormComponent } from './part-movement-form.component';
import { PartNewFormComponent } from './part-new-form.component';

/**
 * Spare parts (/werkstatt/teile): stock against the reorder level (low ones first, marked in words),
 * receipt and correction, the movement history of a part, and a new part.
 */
@Component({
  selector: 'zl-parts-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    InventoryNavComponent,
    PartMovementFormComponent,
    PartNewFormComponent,
  ],
  templateUrl: './parts-page.component.html',
  styleUrl: './parts-page.component.scss',
})
export class PartsPageComponent {
  protected readonly store = inject(PartsStore);
  private readonly locale = inject(LocaleService).current;
  protected readonly editing = signal<{
    part: SparePartView;
    kind: 'receipt' | 'correction';
  } | null>(null);
  protected readonly saved = signal<SparePartView | null>(null);

  constructor() {
    void this.store.load();
  }

  protected money(cents: number): string {
    return formatMoney(cents, this.locale());
  }

  protected when(iso: string): string {
    return formatInstant(iso, this.locale());
  }

  protected open(part: SparePartView, kind: 'receipt' | 'correction'): void {
    this.saved.set(null);
    this.editing.set({ part, kind });
  }

  protected closed(part: SparePartView | null): void {
    const editing = this.editing();
    this.editing.set(null);
    this.saved.set(part);
    if (editing) document.getElementById(`part-${editing.kind}-${editing.part.id}`)?.focus();
  }

  protected toggleHistory(part: SparePartView): void {
    if (this.store.movementsPartId() === part.id) this.store.hideMovements();
    else void this.store.showMovements(part.id);
  }
}
