import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateDeskResidentRequest,
  DeskResident,
  DeskResidentListResponse,
  UpdateDeskResidentRequest,
} from '@zusammen/shared/contracts';
import { DESK_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { queryParamsOf } from './query-params';

/** Staff at the desk: residents without email or password (every call is audited by the API). */
@Injectable({ providedIn: 'root' })
export class DeskResidentsApi {
  private readonly http = inject(HttpClient);

  list(q: string): Promise<DeskResidentListResponse> {
    return firstValueFrom(
      this.http.get<DeskResidentListResponse>(DESK_ROUTES.residents, {
        params: queryParamsOf({ q }),
      }),
    );
  }

  create(request: CreateDeskResidentRequest): Promise<DeskResident> {
    return firstValueFrom(this.http.post<DeskResident>(DESK_ROUTES.residents, request));
  }

  update(id: string, changes: UpdateDeskResidentRequest): Promise<DeskResident> {
    return firstValueFrom(
      this.http.patch<DeskResident>(`${DESK_ROUTES.residents}/${encodeURIComponent(id)}`, changes),
    );
  }
}
