import { HttpErrorResponse, HttpStatusCode } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { PairingSummary } from '@zusammen/shared/contracts';
import { SponsorshipErrorCode } from '@zusammen/shared/contracts';
import { groupPairings } from './pairing-groups';
import { VolunteerPairingsApi } from './volunteer-pairings.api';

export type MyPairingsLoadState = 'loading' | 'ready' | 'failed';

function isProfileMissing(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse) || error.status !== HttpStatusCode.NotFound) {
    return false;
  }
  const body: unknown = error.error;
  const code =
    body !== null && typeof body === 'object' ? (body as { code?: unknown }).code : undefined;
  return code === SponsorshipErrorCode.VolunteerProfileMissing;
}

/**
 * The volunteer's pairings for the overview on /patenschaft, grouped (offers, open, past). Provided on the
 * route. Without a profile there are no pairings: that answer counts as an empty list, not as a failure.
 */
@Injectable()
export class MyPairingsStore {
  private readonly api = inject(VolunteerPairingsApi);

  private readonly loadState = signal<MyPairingsLoadState>('loading');
  private readonly items = signal<readonly PairingSummary[]>([]);

  readonly state = this.loadState.asReadonly();
  readonly pairings = this.items.asReadonly();
  readonly groups = computed(() => groupPairings(this.items()));
  readonly any = computed(() => this.items().length > 0);

  async load(): Promise<void> {
    this.loadState.set('loading');
    try {
      this.items.set((await this.api.list()).items);
      this.loadState.set('ready');
    } catch (error: unknown) {
      this.items.set([]);
      this.loadState.set(isProfileMissing(error) ? 'ready' : 'failed');
    }
  }
}
