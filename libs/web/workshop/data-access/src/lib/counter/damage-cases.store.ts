import { Injectable, inject, signal } from '@angular/core';
import type { DamageCaseView, DamageDecisionRequest } from '@zusammen/shared/contracts';
import { CounterApi } from './counter.api';
import type { LoadState } from '../inventory/load-state';
import { failedStateOf } from '../inventory/load-state';

/** Damage cases (/werkstatt/schaeden): open ones by § 548 deadline, nearest first; the decision. */
@Injectable()
export class DamageCasesStore {
  private readonly api = inject(CounterApi);
  private readonly loadState = signal<LoadState>('loading');
  private readonly list = signal<readonly DamageCaseView[]>([]);
  private readonly deciding = signal<string | null>(null);

  readonly state = this.loadState.asReadonly();
  readonly cases = this.list.asReadonly();
  readonly busy = this.deciding.asReadonly();

  async load(): Promise<void> {
    this.loadState.set('loading');
    try {
      const rows = await this.api.damageCases();
      this.list.set(
        [...rows].sort(
          (a, b) =>
            Number(b.status === 'open') - Number(a.status === 'open') ||
            a.daysToDeadline - b.daysToDeadline,
        ),
      );
      this.loadState.set('ready');
    } catch (error: unknown) {
      this.list.set([]);
      this.loadState.set(failedStateOf(error));
    }
  }

  async decide(caseId: string, request: DamageDecisionRequest): Promise<DamageCaseView> {
    this.deciding.set(caseId);
    try {
      const decided = await this.api.decide(caseId, request);
      this.list.update((rows) => rows.map((row) => (row.id === decided.id ? decided : row)));
      return decided;
    } finally {
      this.deciding.set(null);
    }
  }
}
