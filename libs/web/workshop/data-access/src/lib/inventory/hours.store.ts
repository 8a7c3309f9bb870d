import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  TimeEntryView,
  WorkshopWorkerRequest,
  WorkshopWorkerView,
} from '@zusammen/shared/contracts';
import { InventoryApi } from './inventory.api';
import type { LoadState } from './load-state';

/** Workers and their hours per month (/werkstatt/stunden), with approval. */
@Injectable()
export class HoursStore {
  private readonly api = inject(InventoryApi);
  private readonly loadState = signal<LoadState>('loading');
  private readonly workerList = signal<WorkshopWorkerView[]>([]);
  private readonly entryList = signal<TimeEntryView[]>([]);
  private readonly currentMonth = signal('');

  readonly state = this.loadState.asReadonly();
  readonly workers = this.workerList.asReadonly();
  readonly entries = this.entryList.asReadonly();
  readonly month = this.currentMonth.asReadonly();
  readonly minutesTotal = computed(() => this.entryList().reduce((sum, e) => sum + e.minutes, 0));

  async load(month: string): Promise<void> {
    this.currentMonth.set(month);
    this.loadState.set('loading');
    try {
      const [workers, entries] = await Promise.all([
        this.api.workers(),
        this.api.timeEntries(month),
      ]);
      if (this.currentMonth() !== month) return;
      this.workerList.set(workers);
      this.entryList.set(entries);
      this.loadState.set('ready');
    } catch {
      this.loadState.set('failed');
    }
  }

  async addWorker(request: WorkshopWorkerRequest): Promise<void> {
    const worker = await this.api.createWorker(request);
    this.workerList.update((workers) => [...workers, worker]);
  }

  async approve(entryId: string): Promise<void> {
    await this.api.approve(entryId);
    this.entryList.update((entries) =>
      entries.map((e) => (e.id === entryId ? { ...e, approved: true } : e)),
    );
  }
}
