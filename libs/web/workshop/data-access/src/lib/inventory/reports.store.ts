import { Injectable, inject, signal } from '@angular/core';
import type { WorkshopReport } from '@zusammen/shared/contracts';
import { InventoryApi } from './inventory.api';
import type { LoadState } from './load-state';

/** The funder report for a period of months (/werkstatt/berichte). */
@Injectable()
export class WorkshopReportsStore {
  private readonly api = inject(InventoryApi);
  private readonly loadState = signal<LoadState>('loading');
  private readonly current = signal<WorkshopReport | null>(null);
  private generation = 0;

  readonly state = this.loadState.asReadonly();
  readonly report = this.current.asReadonly();

  async load(from: string, to: string): Promise<void> {
    const generation = ++this.generation;
    this.loadState.set('loading');
    try {
      const report = await this.api.report(from, to);
      if (generation !== this.generation) return;
      this.current.set(report);
      this.loadState.set('ready');
    } catch {
      if (generation === this.generation) this.loadState.set('failed');
    }
  }
}
