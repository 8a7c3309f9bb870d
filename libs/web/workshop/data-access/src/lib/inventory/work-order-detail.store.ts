import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  PartUseRequest,
  SparePartView,
  TimeEntryRequest,
  WorkOrderDetail,
  WorkOrderUpdateRequest,
  WorkshopWorkerView,
} from '@zusammen/shared/contracts';
import { InventoryApi } from './inventory.api';
import type { LoadState } from './load-state';
import { failedStateOf } from './load-state';

/**
 * One work order (/werkstatt/auftraege/:id) with the parts and workers to pick from. Write methods reject
 * with the HTTP error (STALE_VERSION, OUT_OF_STOCK …) and leave the order as it was.
 */
@Injectable()
export class WorkOrderDetailStore {
  private readonly api = inject(InventoryApi);
  private readonly loadState = signal<LoadState>('loading');
  private readonly current = signal<WorkOrderDetail | null>(null);
  private readonly partList = signal<SparePartView[]>([]);
  private readonly workerList = signal<WorkshopWorkerView[]>([]);

  readonly state = this.loadState.asReadonly();
  readonly order = this.current.asReadonly();
  readonly parts = computed(() => this.partList().filter((p) => p.active));
  readonly workers = computed(() => this.workerList().filter((w) => w.active));

  async load(orderId: string): Promise<void> {
    if (this.current()?.id !== orderId) this.loadState.set('loading');
    try {
      const [order, parts, workers] = await Promise.all([
        this.api.workOrder(orderId),
        this.api.parts(),
        this.api.workers(),
      ]);
      this.current.set(order);
      this.partList.set(parts);
      this.workerList.set(workers);
      this.loadState.set('ready');
    } catch (error) {
      this.loadState.set(failedStateOf(error));
    }
  }

  async update(change: Omit<WorkOrderUpdateRequest, 'version'>): Promise<WorkOrderDetail> {
    const order = this.requireOrder();
    const updated = await this.api.updateWorkOrder(order.id, { ...change, version: order.version });
    this.current.set(updated);
    return updated;
  }

  async useParts(request: PartUseRequest): Promise<void> {
    const order = this.requireOrder();
    this.current.set(await this.api.useParts(order.id, request));
    this.partList.set(await this.api.parts());
  }

  async logTime(request: TimeEntryRequest): Promise<void> {
    const order = this.requireOrder();
    await this.api.logTime(order.id, request);
    this.current.set(await this.api.workOrder(order.id));
  }

  private requireOrder(): WorkOrderDetail {
    const order = this.current();
    if (!order) throw new Error('No work order loaded');
    return order;
  }
}
