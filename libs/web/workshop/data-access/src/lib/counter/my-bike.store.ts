import { Injectable, computed, inject, signal } from '@angular/core';
import type { MyBikeRentals } from '@zusammen/shared/contracts';
import { CounterApi } from './counter.api';
import type { LoadState } from '../inventory/load-state';
import { failedStateOf } from '../inventory/load-state';

/** The resident's own page (/mein-fahrrad): the bike they have, its due date, waiting list, eligibility. */
@Injectable()
export class MyBikeStore {
  private readonly api = inject(CounterApi);
  private readonly loadState = signal<LoadState>('loading');
  private readonly data = signal<MyBikeRentals | null>(null);

  readonly state = this.loadState.asReadonly();
  readonly mine = this.data.asReadonly();
  /** Bikes the person has now (handed out), then reservations waiting for pick-up. */
  readonly current = computed(() =>
    (this.data()?.rentals ?? []).filter((r) => r.status === 'active' || r.status === 'reserved'),
  );
  readonly past = computed(() =>
    (this.data()?.rentals ?? []).filter((r) => r.status !== 'active' && r.status !== 'reserved'),
  );
  readonly waitlist = computed(() =>
    (this.data()?.waitlist ?? []).filter((e) => e.status === 'waiting' || e.status === 'offered'),
  );

  async load(): Promise<void> {
    this.loadState.set('loading');
    try {
      this.data.set(await this.api.mine());
      this.loadState.set('ready');
    } catch (error: unknown) {
      this.data.set(null);
      this.loadState.set(failedStateOf(error));
    }
  }
}
