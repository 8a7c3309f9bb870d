import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CheckInRecord,
  CheckInRequest,
  MyPairingsResponse,
  PairingDetail,
  PairingTransitionRequest,
} from '@zusammen/shared/contracts';
import { PAIRING_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The signed-in volunteer's own pairings, as promises (errors reject with the HTTP error). */
@Injectable({ providedIn: 'root' })
export class VolunteerPairingsApi {
  private readonly http = inject(HttpClient);

  list(): Promise<MyPairingsResponse> {
    return firstValueFrom(this.http.get<MyPairingsResponse>(PAIRING_ROUTES.myPairings));
  }

  /** Without staff-only notes; the family's contact only from the arranged first meeting on. */
  get(id: string): Promise<PairingDetail> {
    return firstValueFrom(this.http.get<PairingDetail>(myPairingUrl(id)));
  }

  /** accept, decline, pause, resume or end; answers with the changed pairing. */
  transition(id: string, request: PairingTransitionRequest): Promise<PairingDetail> {
    return firstValueFrom(
      this.http.post<PairingDetail>(`${myPairingUrl(id)}/transitions`, request),
    );
  }

  logCheckIn(id: string, request: CheckInRequest): Promise<CheckInRecord> {
    return firstValueFrom(this.http.post<CheckInRecord>(`${myPairingUrl(id)}/check-ins`, request));
  }
}

export function myPairingUrl(id: string): string {
  return `${PAIRING_ROUTES.myPairings}/${encodeURIComponent(id)}`;
}
