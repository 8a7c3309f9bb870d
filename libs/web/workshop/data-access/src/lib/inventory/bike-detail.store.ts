import { Injectable, inject, signal } from '@angular/core';
import type {
  BikeAction,
  BikeDetail,
  BikeIntakeRequest,
  PhotoUploadRequest,
  RetirementReason,
} from '@zusammen/shared/contracts';
import { InventoryApi } from './inventory.api';
import type { LoadState } from './load-state';
import { failedStateOf } from './load-state';

/**
 * One bike (/werkstatt/fahrraeder/:id and its label page), the intake that creates one, state changes and
 * photos. Write methods reject with the HTTP error and leave the bike as it was.
 */
@Injectable()
export class BikeDetailStore {
  private readonly api = inject(InventoryApi);
  private readonly loadState = signal<LoadState>('loading');
  private readonly current = signal<BikeDetail | null>(null);

  readonly state = this.loadState.asReadonly();
  readonly bike = this.current.asReadonly();

  async load(bikeId: string): Promise<void> {
    if (this.current()?.id !== bikeId) this.loadState.set('loading');
    try {
      this.current.set(await this.api.bike(bikeId));
      this.loadState.set('ready');
    } catch (error) {
      this.loadState.set(failedStateOf(error));
    }
  }

  /** Creates the bike, then uploads the photos one by one; answers the bike and how many photos failed. */
  async intake(
    request: BikeIntakeRequest,
    photos: readonly PhotoUploadRequest[],
  ): Promise<{ bike: BikeDetail; photosFailed: number }> {
    const bike = await this.api.intake(request);
    let photosFailed = 0;
    for (const photo of photos) {
      try {
        await this.api.uploadPhoto(bike.id, photo);
      } catch {
        photosFailed++;
      }
    }
    return { bike, photosFailed };
  }

  async transition(
    action: BikeAction,
    options: { reason?: string | null; retirementReason?: RetirementReason | null } = {},
  ): Promise<BikeDetail> {
    const bike = this.requireBike();
    const updated = await this.api.transition(bike.id, {
      action,
      version: bike.version,
      reason: options.reason ?? null,
      retirementReason: options.retirementReason ?? null,
    });
    this.current.set(updated);
    return updated;
  }

  async addPhoto(photo: PhotoUploadRequest): Promise<void> {
    const bike = this.requireBike();
    await this.api.uploadPhoto(bike.id, photo);
    await this.load(bike.id);
  }

  private requireBike(): BikeDetail {
    const bike = this.current();
    if (!bike) throw new Error('No bike loaded');
    return bike;
  }
}
