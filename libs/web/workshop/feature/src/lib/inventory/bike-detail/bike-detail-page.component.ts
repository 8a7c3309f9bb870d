import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { BikeDetail } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { BikeDetailStore } from '@zusammen/web/workshop/data-access';
import { BikeStatesComponent } from '../../shared/bike-states.component';
import type { CapturedPhoto } from '../../shared/photo-file';
import { PhotoCaptureComponent } from '../../shared/photo-capture.component';
import type { BikeNotice, BikeNoticeState } from '../shared/bike-notice';
import { InventoryNavComponent } from '../shared/inventory-nav.component';
import type { InventoryProblem } from '../shared/inventory-problem';
import { inventoryFailureOf } from '../shared/inventory-problem';
import { formatDay } from '../shared/inventory-format';
import type { BikeActionChoice } from './bike-actions.component';
import { BikeActionsComponent } from './bike-actions.component';
import { BikeHistoryComponent } from './bike-history.component';

/**
 * One bike (/werkstatt/fahrraeder/:id): inventory number, both states, the actions its state allows,
 * provenance, photos, inspections, work orders and rentals; links to the inspection, a new work order and
 * the printable label.
 */
@Component({
  selector: 'zl-bike-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    BikeStatesComponent,
    BikeActionsComponent,
    PhotoCaptureComponent,
    InventoryNavComponent,
    BikeHistoryComponent,
  ],
  templateUrl: './bike-detail-page.component.html',
  styleUrl: './bike-detail-page.component.scss',
})
export class BikeDetailPageComponent {
  readonly id = input.required<string>();

  protected readonly store = inject(BikeDetailStore);
  private readonly locale = inject(LocaleService).current;
  private readonly navState = inject(Router).getCurrentNavigation()?.extras.state as
    Partial<BikeNoticeState> | undefined;

  protected readonly notice = signal<BikeNotice | null>(this.navState?.notice ?? null);
  protected readonly photosFailed = signal(this.navState?.photosFailed ?? 0);
  protected readonly busy = signal(false);
  protected readonly problem = signal<InventoryProblem | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly newPhotos = signal<CapturedPhoto[]>([]);
  protected readonly photoProblem = signal<InventoryProblem | null>(null);

  protected readonly bike = computed(() => this.store.bike());
  protected readonly canInspect = computed(() => this.bike()?.technicalState === 'inspection');

  constructor() {
    effect(() => {
      const value = this.id();
      untracked(() => void this.store.load(value));
    });
  }

  protected day(value: string | null): string {
    return formatDay(value, this.locale());
  }

  protected title(bike: BikeDetail): string {
    return [bike.make, bike.model].filter(Boolean).join(' ');
  }

  protected async act(choice: BikeActionChoice): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    this.done.set(null);
    this.notice.set(null);
    try {
      await this.store.transition(choice.action, choice);
      this.done.set(choice.action);
    } catch (error) {
      this.problem.set(inventoryFailureOf(error).problem);
      await this.store.load(this.id());
    } finally {
      this.busy.set(false);
    }
  }

  protected async uploadPhotos(): Promise<void> {
    this.photoProblem.set(null);
    this.busy.set(true);
    try {
      for (const photo of this.newPhotos()) {
        await this.store.addPhoto(photo.request);
        this.newPhotos.update((photos) => photos.filter((p) => p !== photo));
      }
    } catch (error) {
      this.photoProblem.set(inventoryFailureOf(error).problem);
    } finally {
      this.busy.set(false);
    }
  }
}
