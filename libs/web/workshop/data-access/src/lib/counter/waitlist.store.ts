import { Injectable, computed, inject, signal } from '@angular/core';
import type { BikeWaitlistEntryView } from '@zusammen/shared/contracts';
import { CounterApi } from './counter.api';
import type { LoadState } from '../inventory/load-state';
import { failedStateOf } from '../inventory/load-state';

/** The waiting list (/werkstatt/warteliste): open entries by type, offers first. */
@Injectable()
export class WaitlistStore {
  private readonly api = inject(CounterApi);
  private readonly loadState = signal<LoadState>('loading');
  private readonly list = signal<readonly BikeWaitlistEntryView[]>([]);
  private readonly removing = signal<string | null>(null);

  readonly state = this.loadState.asReadonly();
  readonly busy = this.removing.asReadonly();
  readonly offered = computed(() => this.list().filter((e) => e.status === 'offered'));
  readonly waiting = computed(() =>
    this.list()
      .filter((e) => e.status === 'waiting')
      .sort(
        (a, b) => a.cycleType.localeCompare(b.cycleType) || (a.position ?? 0) - (b.position ?? 0),
      ),
  );

  async load(): Promise<void> {
    this.loadState.set('loading');
    try {
      const rows = await this.api.waitlist();
      this.list.set(rows.filter((e) => e.status === 'waiting' || e.status === 'offered'));
      this.loadState.set('ready');
    } catch (error: unknown) {
      this.list.set([]);
      this.loadState.set(failedStateOf(error));
    }
  }

  async remove(entryId: string): Promise<void> {
    this.removing.set(entryId);
    try {
      await this.api.removeFromWaitlist(entryId);
      await this.load();
    } finally {
      this.removing.set(null);
    }
  }
}
