import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ChangeVolunteerStatusRequest,
  RecordCertificateRequest,
  RecordVettingStepRequest,
  VolunteerDetail,
  VolunteerListResponse,
  VolunteerStatus,
} from '@zusammen/shared/contracts';
import { SPONSORSHIP_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { staffListParams } from './staff-list-query';

export interface VolunteerListQuery {
  q?: string;
  status?: VolunteerStatus | '';
  cursor?: string | null;
}

/** Staff: volunteers with their vetting steps, the § 72a ledger and status changes. */
@Injectable({ providedIn: 'root' })
export class StaffVolunteersApi {
  private readonly http = inject(HttpClient);

  list(query: VolunteerListQuery): Promise<VolunteerListResponse> {
    return firstValueFrom(
      this.http.get<VolunteerListResponse>(SPONSORSHIP_ROUTES.volunteers, {
        params: staffListParams(query),
      }),
    );
  }

  get(id: string): Promise<VolunteerDetail> {
    return firstValueFrom(this.http.get<VolunteerDetail>(volunteerUrl(id)));
  }

  recordVettingStep(id: string, request: RecordVettingStepRequest): Promise<VolunteerDetail> {
    return firstValueFrom(
      this.http.post<VolunteerDetail>(`${volunteerUrl(id)}/vetting-steps`, request),
    );
  }

  recordCertificate(id: string, request: RecordCertificateRequest): Promise<VolunteerDetail> {
    return firstValueFrom(
      this.http.put<VolunteerDetail>(`${volunteerUrl(id)}/certificate`, request),
    );
  }

  changeStatus(id: string, request: ChangeVolunteerStatusRequest): Promise<VolunteerDetail> {
    return firstValueFrom(this.http.post<VolunteerDetail>(`${volunteerUrl(id)}/status`, request));
  }
}

export function volunteerUrl(id: string): string {
  return `${SPONSORSHIP_ROUTES.volunteers}/${encodeURIComponent(id)}`;
}
