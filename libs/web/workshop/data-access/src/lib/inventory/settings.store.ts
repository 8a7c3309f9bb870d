import { Injectable, inject, signal } from '@angular/core';
import type { WorkshopSettingsRequest, WorkshopSettingsView } from '@zusammen/shared/contracts';
import { InventoryApi } from './inventory.api';
import type { LoadState } from './load-state';

/** The workshop settings (/werkstatt/einstellungen); saving is for staff and admins. */
@Injectable()
export class WorkshopSettingsStore {
  private readonly api = inject(InventoryApi);
  private readonly loadState = signal<LoadState>('loading');
  private readonly current = signal<WorkshopSettingsView | null>(null);

  readonly state = this.loadState.asReadonly();
  readonly settings = this.current.asReadonly();

  async load(): Promise<void> {
    this.loadState.set('loading');
    try {
      this.current.set(await this.api.settings());
      this.loadState.set('ready');
    } catch {
      this.loadState.set('failed');
    }
  }

  async save(request: WorkshopSettingsRequest): Promise<void> {
    this.current.set(await this.api.saveSettings(request));
  }
}
