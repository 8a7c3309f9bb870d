import { HttpErrorResponse, HttpStatusCode } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  CommitmentMonths,
  MatchProposalItem,
  MatchRunResponse,
  MatchWeights,
  PairingDetail,
} from '@zusammen/shared/contracts';
import { StaffPairingsApi } from '../staff-pairings/staff-pairings.api';
import { MatchRunsApi } from './match-runs.api';

/** `empty`: no run yet (the page explains what the button does). */
export type MatchRunsLoadState = 'loading' | 'empty' | 'ready' | 'failed';

/**
 * "No run yet" is a 404 with our `{ code }` body; a 404 without one (a proxy page, a missing route) is a
 * failure, so a broken deployment is never shown as an empty programme.
 */
function isNoRunYet(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse) || error.status !== HttpStatusCode.NotFound) {
    return false;
  }
  const body: unknown = error.error;
  return (
    body !== null &&
    typeof body === 'object' &&
    typeof (body as { code?: unknown }).code === 'string'
  );
}

/**
 * The proposals page (staff): the shown run and the decisions taken on its proposals. Provided on the
 * route. Commands reject with the HTTP error (the page words it); on success the shown run is updated
 * in place, so the list never jumps.
 */
@Injectable()
export class MatchRunsStore {
  private readonly api = inject(MatchRunsApi);
  private readonly pairings = inject(StaffPairingsApi);

  private readonly loadState = signal<MatchRunsLoadState>('loading');
  private readonly current = signal<MatchRunResponse | null>(null);
  private readonly computing = signal(false);

  readonly state = this.loadState.asReadonly();
  readonly run = this.current.asReadonly();
  readonly starting = this.computing.asReadonly();
  /** Proposals still waiting for a decision. */
  readonly openCount = computed(
    () => this.current()?.proposals.filter((p) => p.status === 'open').length ?? 0,
  );

  async load(): Promise<void> {
    this.loadState.set('loading');
    try {
      this.current.set(await this.api.latest());
      this.loadState.set('ready');
    } catch (error) {
      this.current.set(null);
      this.loadState.set(isNoRunYet(error) ? 'empty' : 'failed');
    }
  }

  /** Re-reads the shown run, e.g. after someone else decided on one of its proposals. */
  async refresh(): Promise<void> {
    const run = this.current();
    if (!run) return this.load();
    this.current.set(await this.api.get(run.id));
  }

  /** Computes a new run and shows it; the previous one stays shown when this fails. */
  async start(weights?: MatchWeights): Promise<MatchRunResponse> {
    this.computing.set(true);
    try {
      const run = await this.api.start(weights);
      this.current.set(run);
      this.loadState.set('ready');
      return run;
    } finally {
      this.computing.set(false);
    }
  }

  async reject(proposalId: string, reason: string): Promise<MatchProposalItem> {
    const rejected = await this.api.reject(proposalId, reason);
    this.replace(proposalId, () => rejected);
    return rejected;
  }

  /**
   * Offers the proposal to the volunteer (the server re-checks every rule and creates the pairing); the
   * proposal is then shown as offered, with a link to the new pairing.
   */
  async offer(proposalId: string, commitmentMonths: CommitmentMonths): Promise<PairingDetail> {
    const pairing = await this.pairings.offer({ proposalId, commitmentMonths });
    this.replace(proposalId, (proposal) => ({
      ...proposal,
      status: 'offered',
      pairingId: pairing.id,
      decidedAt: pairing.createdAt,
    }));
    return pairing;
  }

  private replace(
    proposalId: string,
    change: (proposal: MatchProposalItem) => MatchProposalItem,
  ): void {
    this.current.update((run) =>
      run
        ? {
            ...run,
            proposals: run.proposals.map((p) => (p.id === proposalId ? change(p) : p)),
          }
        : run,
    );
  }
}
