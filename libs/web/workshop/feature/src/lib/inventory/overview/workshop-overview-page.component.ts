import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { formatInventoryNo } from '@zusammen/shared/contracts';
import {
  InventoryApi,
  WorkshopOverviewStore,
  inventoryNoOfScan,
} from '@zusammen/web/workshop/data-access';
import { InventoryNavComponent } from '../shared/inventory-nav.component';
import { inventoryFailureOf } from '../shared/inventory-problem';

/** The tiles of the overview, each a link to the filtered bike list. */
const TILES = [
  { key: 'inRepair', query: { technicalState: 'in_repair' } },
  { key: 'awaitingParts', query: { technicalState: 'awaiting_parts' } },
  { key: 'inspectionDue', query: { technicalState: 'inspection' } },
  { key: 'available', query: { availability: 'available' } },
  { key: 'onLoan', query: { availability: 'on_loan' } },
  { key: 'overdue', query: { availability: 'on_loan' } },
] as const;

/**
 * The workshop overview (/werkstatt): bikes by state, parts below their reorder level, and quick actions
 * (take in a bike, find one by its number, the rental desk).
 */
@Component({
  selector: 'zl-workshop-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, InventoryNavComponent],
  templateUrl: './workshop-overview-page.component.html',
  styleUrl: './workshop-overview-page.component.scss',
})
export class WorkshopOverviewPageComponent {
  protected readonly store = inject(WorkshopOverviewStore);
  private readonly api = inject(InventoryApi);
  private readonly router = inject(Router);
  protected readonly tiles = TILES;
  protected readonly finding = signal(false);
  protected readonly findError = signal<{ key: string; label?: string } | null>(null);

  constructor() {
    void this.store.load();
  }

  protected count(key: (typeof TILES)[number]['key']): number {
    return this.store.counts()[key];
  }

  protected async find(event: Event, input: HTMLInputElement): Promise<void> {
    event.preventDefault();
    const no = inventoryNoOfScan(input.value);
    if (no === null) {
      this.findError.set({ key: 'findInvalid' });
      input.focus();
      return;
    }
    this.finding.set(true);
    this.findError.set(null);
    try {
      const bike = await this.api.bikeByNumber(no);
      await this.router.navigate(['/werkstatt/fahrraeder', bike.id]);
    } catch (error) {
      const problem = inventoryFailureOf(error).problem;
      this.findError.set(
        problem === 'notFound'
          ? { key: 'findNotFound', label: formatInventoryNo(no) }
          : { key: `problem.${problem}` },
      );
      input.focus();
    } finally {
      this.finding.set(false);
    }
  }
}
