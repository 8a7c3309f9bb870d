import { Injectable, inject, signal } from '@angular/core';
import type { EventSummary } from '@zusammen/shared/contracts';
import { addDays, berlinToday } from './berlin-time';
import { EventsApi } from './events.api';

export type ProgrammeLoadState = 'loading' | 'ready' | 'failed';

/** How far ahead the public programme looks (13 weeks). */
export const PROGRAMME_DAYS_AHEAD = 91;

/** The public programme (/programm): public events with their dates in the coming weeks. Route-provided. */
@Injectable()
export class ProgrammeStore {
  private readonly api = inject(EventsApi);

  private readonly loadState = signal<ProgrammeLoadState>('loading');
  private readonly list = signal<readonly EventSummary[]>([]);

  readonly state = this.loadState.asReadonly();
  readonly events = this.list.asReadonly();

  async load(now: Date = new Date()): Promise<void> {
    this.loadState.set('loading');
    const from = berlinToday(now);
    try {
      this.list.set(await this.api.publicEvents({ from, to: addDays(from, PROGRAMME_DAYS_AHEAD) }));
      this.loadState.set('ready');
    } catch {
      this.list.set([]);
      this.loadState.set('failed');
    }
  }
}
