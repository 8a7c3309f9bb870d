import { HttpErrorResponse, HttpStatusCode } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { VolunteerProfileRequest, VolunteerProfileResponse } from '@zusammen/shared/contracts';
import { SponsorshipErrorCode } from '@zusammen/shared/contracts';
import { VolunteerProfileApi } from './volunteer-profile.api';

/** `missing`: signed in as a volunteer, but no profile written yet (the page then explains and asks). */
export type VolunteerProfileLoadState = 'loading' | 'missing' | 'ready' | 'failed';

function isProfileMissing(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse) || error.status !== HttpStatusCode.NotFound) {
    return false;
  }
  const body: unknown = error.error;
  const code =
    body !== null && typeof body === 'object' ? (body as { code?: unknown }).code : undefined;
  // A 404 without our code (e.g. a proxy page) is a failure, not an invitation to start a profile.
  return code === SponsorshipErrorCode.VolunteerProfileMissing;
}

/**
 * State of the volunteer's own Patenschaft page: the profile with status and vetting steps. Provided on the
 * route, so it lives as long as the page. `save` rejects with the HTTP error, which the form maps to fields.
 */
@Injectable()
export class VolunteerProfileStore {
  private readonly api = inject(VolunteerProfileApi);

  private readonly loadState = signal<VolunteerProfileLoadState>('loading');
  private readonly current = signal<VolunteerProfileResponse | null>(null);
  private readonly busy = signal(false);

  readonly state = this.loadState.asReadonly();
  readonly profile = this.current.asReadonly();
  readonly saving = this.busy.asReadonly();
  /** True once a profile exists on the server. */
  readonly exists = computed(() => this.current() !== null);

  async load(): Promise<void> {
    this.loadState.set('loading');
    try {
      this.current.set(await this.api.get());
      this.loadState.set('ready');
    } catch (error: unknown) {
      this.current.set(null);
      this.loadState.set(isProfileMissing(error) ? 'missing' : 'failed');
    }
  }

  /** Saves and keeps the server's answer; rejects (state unchanged) when the server refuses. */
  async save(profile: VolunteerProfileRequest): Promise<VolunteerProfileResponse> {
    this.busy.set(true);
    try {
      const saved = await this.api.save(profile);
      this.current.set(saved);
      this.loadState.set('ready');
      return saved;
    } finally {
      this.busy.set(false);
    }
  }
}
