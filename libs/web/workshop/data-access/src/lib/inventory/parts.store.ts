import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  SparePartRequest,
  SparePartView,
  StockMovementRequest,
  StockMovementView,
} from '@zusammen/shared/contracts';
import { InventoryApi } from './inventory.api';
import type { LoadState } from './load-state';

/** Spare parts (/werkstatt/teile): stock, receipts and corrections, the movements of one part. */
@Injectable()
export class PartsStore {
  private readonly api = inject(InventoryApi);
  private readonly loadState = signal<LoadState>('loading');
  private readonly list = signal<SparePartView[]>([]);
  private readonly openPart = signal<string | null>(null);
  private readonly movementList = signal<StockMovementView[] | null>(null);

  readonly state = this.loadState.asReadonly();
  /** Low ones first, then by name. */
  readonly parts = computed(() =>
    [...this.list()].sort((a, b) => Number(b.low) - Number(a.low) || a.name.localeCompare(b.name)),
  );
  readonly movementsPartId = this.openPart.asReadonly();
  readonly movements = this.movementList.asReadonly();

  async load(): Promise<void> {
    this.loadState.set('loading');
    try {
      this.list.set(await this.api.parts());
      this.loadState.set('ready');
    } catch {
      this.loadState.set('failed');
    }
  }

  async create(request: SparePartRequest): Promise<SparePartView> {
    const part = await this.api.createPart(request);
    this.list.update((parts) => [...parts, part]);
    return part;
  }

  async addMovement(partId: string, request: StockMovementRequest): Promise<SparePartView> {
    const part = await this.api.addMovement(partId, request);
    this.list.update((parts) => parts.map((p) => (p.id === part.id ? part : p)));
    if (this.openPart() === partId) await this.showMovements(partId);
    return part;
  }

  async showMovements(partId: string): Promise<void> {
    this.openPart.set(partId);
    this.movementList.set(null);
    this.movementList.set(await this.api.movements(partId));
  }

  hideMovements(): void {
    this.openPart.set(null);
    this.movementList.set(null);
  }
}
