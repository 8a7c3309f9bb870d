import { Injectable, inject, signal } from '@angular/core';
import type { RentalSummary } from '@zusammen/shared/contracts';
import type { RentalView } from './counter.api';
import { CounterApi } from './counter.api';
import type { LoadState } from '../inventory/load-state';
import { failedStateOf } from '../inventory/load-state';

/** The rentals list (/werkstatt/ausleihen): open, due soon, overdue (the call list), returned. */
@Injectable()
export class RentalsStore {
  private readonly api = inject(CounterApi);
  private readonly loadState = signal<LoadState>('loading');
  private readonly list = signal<readonly RentalSummary[]>([]);
  private readonly currentView = signal<RentalView>('open');
  private requestNo = 0;

  readonly state = this.loadState.asReadonly();
  readonly rows = this.list.asReadonly();
  readonly view = this.currentView.asReadonly();

  async load(view: RentalView, q = ''): Promise<void> {
    const requestNo = ++this.requestNo;
    this.currentView.set(view);
    this.loadState.set('loading');
    try {
      const rows = await this.api.rentals(view, q);
      if (requestNo !== this.requestNo) return;
      this.list.set(
        view === 'overdue' ? [...rows].sort((a, b) => b.overdueDays - a.overdueDays) : rows,
      );
      this.loadState.set('ready');
    } catch (error: unknown) {
      if (requestNo !== this.requestNo) return;
      this.list.set([]);
      this.loadState.set(failedStateOf(error));
    }
  }
}
