import { Injectable, inject, signal } from '@angular/core';
import type { BikeSummary } from '@zusammen/shared/contracts';
import type { BikeFilter } from './bike-filter';
import { EMPTY_BIKE_FILTER } from './bike-filter';
import { InventoryApi } from './inventory.api';
import type { LoadState } from './load-state';

/** The bike list (/werkstatt/fahrraeder): one filtered page at a time, "more" appends the next. */
@Injectable()
export class BikeListStore {
  private readonly api = inject(InventoryApi);
  private readonly loadState = signal<LoadState>('loading');
  private readonly list = signal<BikeSummary[]>([]);
  private readonly cursor = signal<string | null>(null);
  private readonly current = signal<BikeFilter>(EMPTY_BIKE_FILTER);
  /** Counts requests so a slow answer to an older filter cannot overwrite a newer one. */
  private generation = 0;

  readonly state = this.loadState.asReadonly();
  readonly bikes = this.list.asReadonly();
  readonly filter = this.current.asReadonly();
  readonly hasMore = () => this.cursor() !== null;

  async load(filter: BikeFilter): Promise<void> {
    const generation = ++this.generation;
    this.current.set(filter);
    this.loadState.set('loading');
    try {
      const page = await this.api.bikes(filter);
      if (generation !== this.generation) return;
      this.list.set(page.items);
      this.cursor.set(page.nextCursor);
      this.loadState.set('ready');
    } catch {
      if (generation === this.generation) this.loadState.set('failed');
    }
  }

  async loadMore(): Promise<void> {
    const cursor = this.cursor();
    if (!cursor) return;
    const generation = this.generation;
    const page = await this.api.bikes(this.current(), cursor);
    if (generation !== this.generation) return;
    this.list.update((items) => [...items, ...page.items]);
    this.cursor.set(page.nextCursor);
  }
}
