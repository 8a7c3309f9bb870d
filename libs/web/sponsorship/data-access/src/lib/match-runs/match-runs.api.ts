import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  MatchProposalItem,
  MatchRunResponse,
  MatchWeights,
  RejectProposalRequest,
  StartMatchRunRequest,
} from '@zusammen/shared/contracts';
import { PAIRING_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/**
 * Staff: batch proposals for every waiting family (a match run) and the rejection of a single proposal.
 * Offering a proposal creates a pairing, so it goes through {@link StaffPairingsApi.offer}.
 */
@Injectable({ providedIn: 'root' })
export class MatchRunsApi {
  private readonly http = inject(HttpClient);

  /** The newest run; the server answers 404 before the first one. */
  latest(): Promise<MatchRunResponse> {
    return firstValueFrom(this.http.get<MatchRunResponse>(`${PAIRING_ROUTES.matchRuns}/latest`));
  }

  get(id: string): Promise<MatchRunResponse> {
    return firstValueFrom(
      this.http.get<MatchRunResponse>(`${PAIRING_ROUTES.matchRuns}/${encodeURIComponent(id)}`),
    );
  }

  /** Computes proposals now; `weights` tries other weights without saving them. */
  start(weights?: MatchWeights): Promise<MatchRunResponse> {
    const request: StartMatchRunRequest = weights ? { weights } : {};
    return firstValueFrom(this.http.post<MatchRunResponse>(PAIRING_ROUTES.matchRuns, request));
  }

  reject(proposalId: string, reason: string): Promise<MatchProposalItem> {
    const request: RejectProposalRequest = { reason };
    return firstValueFrom(
      this.http.post<MatchProposalItem>(
        `${PAIRING_ROUTES.proposals}/${encodeURIComponent(proposalId)}/reject`,
        request,
      ),
    );
  }
}
