import { Injectable, inject, signal } from '@angular/core';
import type {
  BikeDetail,
  InspectionTemplateView,
  InspectionView,
} from '@zusammen/shared/contracts';
import type { InspectionAnswers } from './inspection-draft';
import { inspectionRequestOf } from './inspection-draft';
import { InventoryApi } from './inventory.api';
import type { LoadState } from './load-state';
import { failedStateOf } from './load-state';

/** The safety inspection of one bike (/werkstatt/fahrraeder/:id/pruefung): the bike and the current checklist. */
@Injectable()
export class InspectionStore {
  private readonly api = inject(InventoryApi);
  private readonly loadState = signal<LoadState>('loading');
  private readonly currentBike = signal<BikeDetail | null>(null);
  private readonly currentTemplate = signal<InspectionTemplateView | null>(null);

  readonly state = this.loadState.asReadonly();
  readonly bike = this.currentBike.asReadonly();
  readonly template = this.currentTemplate.asReadonly();

  async load(bikeId: string): Promise<void> {
    this.loadState.set('loading');
    try {
      const [bike, template] = await Promise.all([this.api.bike(bikeId), this.api.template()]);
      this.currentBike.set(bike);
      this.currentTemplate.set(template);
      this.loadState.set('ready');
    } catch (error) {
      this.loadState.set(failedStateOf(error));
    }
  }

  /** Records the inspection (rejects with the HTTP error, e.g. INSPECTION_INCOMPLETE). */
  save(answers: InspectionAnswers, notes: string): Promise<InspectionView> {
    const bike = this.currentBike();
    const template = this.currentTemplate();
    if (!bike || !template) return Promise.reject(new Error('Not loaded'));
    return this.api.inspect(bike.id, inspectionRequestOf(template, answers, notes));
  }
}
