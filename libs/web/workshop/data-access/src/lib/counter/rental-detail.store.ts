import { Injectable, inject, signal } from '@angular/core';
import type {
  InspectionTemplateItem,
  PhotoUploadRequest,
  RentalDetail,
  ReturnRequest,
  WorkshopPhotoView,
} from '@zusammen/shared/contracts';
import { INSPECTION_TEMPLATE_V1 } from '@zusammen/shared/contracts';
import { CounterApi } from './counter.api';
import type { LoadState } from '../inventory/load-state';
import { failedStateOf } from '../inventory/load-state';

export type RentalAction = 'extend' | 'return' | 'cancel' | 'lost' | 'photo';

/** One rental (/werkstatt/ausleihen/:id): contract, extension, return with checks and damage, cancel, lost. */
@Injectable()
export class RentalDetailStore {
  private readonly api = inject(CounterApi);
  private readonly loadState = signal<LoadState>('loading');
  private readonly current = signal<RentalDetail | null>(null);
  private readonly items = signal<readonly InspectionTemplateItem[]>(INSPECTION_TEMPLATE_V1);
  private readonly sending = signal<RentalAction | null>(null);

  readonly state = this.loadState.asReadonly();
  readonly rental = this.current.asReadonly();
  /** Items of the current checklist (the return check uses the same list as the inspection). */
  readonly checklist = this.items.asReadonly();
  readonly busy = this.sending.asReadonly();

  async load(rentalId: string): Promise<void> {
    this.loadState.set('loading');
    try {
      const [rental, template] = await Promise.all([
        this.api.rental(rentalId),
        this.api.inspectionTemplate().catch(() => null),
      ]);
      this.current.set(rental);
      if (template?.items.length) this.items.set(template.items);
      this.loadState.set('ready');
    } catch (error: unknown) {
      this.current.set(null);
      this.loadState.set(failedStateOf(error));
    }
  }

  extend(dueOn: string): Promise<RentalDetail> {
    return this.run('extend', (id) => this.api.extend(id, dueOn));
  }

  returnBike(request: ReturnRequest): Promise<RentalDetail> {
    return this.run('return', (id) => this.api.returnRental(id, request));
  }

  cancel(): Promise<RentalDetail> {
    return this.run('cancel', (id) => this.api.cancel(id));
  }

  markLost(): Promise<RentalDetail> {
    return this.run('lost', (id) => this.api.markLost(id));
  }

  /** A photo of the bike for this rental (damage at the return); the rental is re-read afterwards. */
  async uploadPhoto(request: Omit<PhotoUploadRequest, 'rentalId'>): Promise<WorkshopPhotoView> {
    const rental = this.current();
    if (!rental) throw new Error('No rental loaded');
    this.sending.set('photo');
    try {
      return await this.api.uploadPhoto(rental.bikeId, { ...request, rentalId: rental.id });
    } finally {
      this.sending.set(null);
    }
  }

  private async run(
    action: RentalAction,
    call: (rentalId: string) => Promise<RentalDetail>,
  ): Promise<RentalDetail> {
    const rental = this.current();
    if (!rental) throw new Error('No rental loaded');
    this.sending.set(action);
    try {
      const updated = await call(rental.id);
      // The answer of a command may leave out lists; the detail is read again to show everything.
      this.current.set(await this.api.rental(rental.id).catch(() => updated));
      return updated;
    } finally {
      this.sending.set(null);
    }
  }
}
