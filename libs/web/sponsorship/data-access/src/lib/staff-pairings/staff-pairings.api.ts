import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CheckInRecord,
  CheckInRequest,
  OfferPairingRequest,
  PairingDetail,
  PairingListResponse,
  PairingTransitionRequest,
} from '@zusammen/shared/contracts';
import { PAIRING_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';
import type { PairingListQuery } from './pairing-list-query';
import { pairingListParams } from './pairing-list-query';

/**
 * Staff: pairings (Tandems). Reading one pairing shows staff-only notes and is audited by the API; the
 * transition table is the API's, the page only offers the actions the answer lists.
 */
@Injectable({ providedIn: 'root' })
export class StaffPairingsApi {
  private readonly http = inject(HttpClient);

  list(query: PairingListQuery): Promise<PairingListResponse> {
    return firstValueFrom(
      this.http.get<PairingListResponse>(PAIRING_ROUTES.pairings, {
        params: pairingListParams(query),
      }),
    );
  }

  get(id: string): Promise<PairingDetail> {
    return firstValueFrom(this.http.get<PairingDetail>(pairingUrl(id)));
  }

  /** Offers the family to a volunteer; the answer (201) is the new pairing. */
  offer(request: OfferPairingRequest): Promise<PairingDetail> {
    return firstValueFrom(this.http.post<PairingDetail>(PAIRING_ROUTES.pairings, request));
  }

  transition(id: string, request: PairingTransitionRequest): Promise<PairingDetail> {
    return firstValueFrom(this.http.post<PairingDetail>(`${pairingUrl(id)}/transitions`, request));
  }

  checkIn(id: string, request: CheckInRequest): Promise<CheckInRecord> {
    return firstValueFrom(this.http.post<CheckInRecord>(`${pairingUrl(id)}/check-ins`, request));
  }
}

export function pairingUrl(id: string): string {
  return `${PAIRING_ROUTES.pairings}/${encodeURIComponent(id)}`;
}
