import { Injectable, inject, signal } from '@angular/core';
import type {
  WorkOrderCreateRequest,
  WorkOrderDetail,
  WorkOrderStatus,
  WorkOrderSummary,
} from '@zusammen/shared/contracts';
import { InventoryApi } from './inventory.api';
import type { LoadState } from './load-state';

/** Work orders by status (/werkstatt/auftraege) and the creation of one from a bike. */
@Injectable()
export class WorkOrdersStore {
  private readonly api = inject(InventoryApi);
  private readonly loadState = signal<LoadState>('loading');
  private readonly list = signal<WorkOrderSummary[]>([]);
  private generation = 0;

  readonly state = this.loadState.asReadonly();
  readonly orders = this.list.asReadonly();

  async load(status: WorkOrderStatus | '' = ''): Promise<void> {
    const generation = ++this.generation;
    this.loadState.set('loading');
    try {
      const orders = await this.api.workOrders(status ? { status } : {});
      if (generation !== this.generation) return;
      this.list.set(orders);
      this.loadState.set('ready');
    } catch {
      if (generation === this.generation) this.loadState.set('failed');
    }
  }

  create(request: WorkOrderCreateRequest): Promise<WorkOrderDetail> {
    return this.api.createWorkOrder(request);
  }
}
