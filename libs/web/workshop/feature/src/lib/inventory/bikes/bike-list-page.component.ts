import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import type { BikeSummary } from '@zusammen/shared/contracts';
import { BIKE_AVAILABILITIES, CYCLE_TYPES, TECHNICAL_STATES } from '@zusammen/shared/contracts';
import type { BikeFilter } from '@zusammen/web/workshop/data-access';
import { BikeListStore, bikeFilterOf, bikeQueryOf } from '@zusammen/web/workshop/data-access';
import { BikeStatesComponent } from '../../shared/bike-states.component';
import { InventoryNavComponent } from '../shared/inventory-nav.component';

/**
 * All bikes (/werkstatt/fahrraeder) with filters (availability, technical state, type) and search, kept in
 * the URL: cards on a phone, a table on wider screens; both status axes as separate badges.
 */
@Component({
  selector: 'zl-bike-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    TranslocoPipe,
    RouterLink,
    BikeStatesComponent,
    InventoryNavComponent,
  ],
  templateUrl: './bike-list-page.component.html',
  styleUrl: './bike-list-page.component.scss',
})
export class BikeListPageComponent {
  readonly q = input<string>();
  readonly availability = input<string>();
  readonly technicalState = input<string>();
  readonly cycleType = input<string>();

  protected readonly store = inject(BikeListStore);
  private readonly router = inject(Router);
  protected readonly availabilities = BIKE_AVAILABILITIES;
  protected readonly states = TECHNICAL_STATES;
  protected readonly types = CYCLE_TYPES;

  protected readonly filter = computed<BikeFilter>(() =>
    bikeFilterOf({
      q: this.q(),
      availability: this.availability(),
      technicalState: this.technicalState(),
      cycleType: this.cycleType(),
    }),
  );
  protected readonly filtered = computed(() => Object.keys(bikeQueryOf(this.filter())).length > 0);

  constructor() {
    effect(() => {
      const value = this.filter();
      untracked(() => void this.store.load(value));
    });
  }

  protected apply(event: Event, form: HTMLFormElement): void {
    event.preventDefault();
    const data = new FormData(form);
    const filter = bikeFilterOf({
      q: String(data.get('q') ?? ''),
      availability: String(data.get('availability') ?? ''),
      technicalState: String(data.get('technicalState') ?? ''),
      cycleType: String(data.get('cycleType') ?? ''),
    });
    void this.router.navigate([], { queryParams: bikeQueryOf(filter) });
  }

  protected reset(): void {
    void this.router.navigate([], { queryParams: {} });
  }

  protected title(bike: BikeSummary): string {
    return [bike.make, bike.model].filter(Boolean).join(' ');
  }

  protected size(bike: BikeSummary): string {
    const parts = [
      bike.frameSizeCm ? `${bike.frameSizeCm} cm` : '',
      bike.wheelInches ? `${bike.wheelInches}″` : '',
    ];
    return parts.filter(Boolean).join(' · ') || '–';
  }
}
