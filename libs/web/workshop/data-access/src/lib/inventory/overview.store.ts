import { Injectable, computed, inject, signal } from '@angular/core';
import type { BikeSummary, SparePartView } from '@zusammen/shared/contracts';
import { EMPTY_BIKE_FILTER } from './bike-filter';
import { fleetCounts } from './fleet-counts';
import { InventoryApi } from './inventory.api';
import type { LoadState } from './load-state';

/** Pages read at most for the overview counts (the fleet is a few hundred bikes at most). */
const MAX_PAGES = 20;

/** The workshop overview (/werkstatt): counts by state and the parts below their reorder level. */
@Injectable()
export class WorkshopOverviewStore {
  private readonly api = inject(InventoryApi);
  private readonly loadState = signal<LoadState>('loading');
  private readonly bikes = signal<BikeSummary[]>([]);
  private readonly parts = signal<SparePartView[]>([]);

  readonly state = this.loadState.asReadonly();
  readonly counts = computed(() => fleetCounts(this.bikes()));
  readonly lowParts = computed(() => this.parts().filter((p) => p.low && p.active));

  async load(): Promise<void> {
    this.loadState.set('loading');
    try {
      const [bikes, parts] = await Promise.all([this.allBikes(), this.api.parts()]);
      this.bikes.set(bikes);
      this.parts.set(parts);
      this.loadState.set('ready');
    } catch {
      this.loadState.set('failed');
    }
  }

  private async allBikes(): Promise<BikeSummary[]> {
    const all: BikeSummary[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < MAX_PAGES; i++) {
      const page = await this.api.bikes(EMPTY_BIKE_FILTER, cursor);
      all.push(...page.items);
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    return all;
  }
}
