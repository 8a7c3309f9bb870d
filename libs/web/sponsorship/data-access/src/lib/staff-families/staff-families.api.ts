import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  FamilyCandidatesResponse,
  FamilyDetail,
  FamilyListResponse,
  FamilyRequest,
  FamilyStatus,
  RecordConsentRequest,
} from '@zusammen/shared/contracts';
import { CANDIDATES_PATH_SUFFIX, SPONSORSHIP_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { staffListParams } from '../staff-volunteers/staff-list-query';

export interface FamilyListQuery {
  q?: string;
  status?: FamilyStatus | '';
  cursor?: string | null;
}

/** Staff: families entered at the desk and their consent (reading a family with a staff note is audited). */
@Injectable({ providedIn: 'root' })
export class StaffFamiliesApi {
  private readonly http = inject(HttpClient);

  list(query: FamilyListQuery): Promise<FamilyListResponse> {
    return firstValueFrom(
      this.http.get<FamilyListResponse>(SPONSORSHIP_ROUTES.families, {
        params: staffListParams(query),
      }),
    );
  }

  get(id: string): Promise<FamilyDetail> {
    return firstValueFrom(this.http.get<FamilyDetail>(familyUrl(id)));
  }

  create(request: FamilyRequest): Promise<FamilyDetail> {
    return firstValueFrom(this.http.post<FamilyDetail>(SPONSORSHIP_ROUTES.families, request));
  }

  update(id: string, request: FamilyRequest): Promise<FamilyDetail> {
    return firstValueFrom(this.http.put<FamilyDetail>(familyUrl(id), request));
  }

  recordConsent(id: string, request: RecordConsentRequest): Promise<FamilyDetail> {
    return firstValueFrom(this.http.post<FamilyDetail>(`${familyUrl(id)}/consent`, request));
  }

  withdrawConsent(id: string): Promise<FamilyDetail> {
    return firstValueFrom(this.http.post<FamilyDetail>(`${familyUrl(id)}/consent/withdraw`, {}));
  }

  /** The best volunteers for the family with their score breakdown (the API logs every computation). */
  candidates(id: string): Promise<FamilyCandidatesResponse> {
    return firstValueFrom(
      this.http.get<FamilyCandidatesResponse>(`${familyUrl(id)}${CANDIDATES_PATH_SUFFIX}`),
    );
  }
}

export function familyUrl(id: string): string {
  return `${SPONSORSHIP_ROUTES.families}/${encodeURIComponent(id)}`;
}
