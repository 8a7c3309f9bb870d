import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  SponsorshipSettingsRequest,
  SponsorshipSettingsResponse,
} from '@zusammen/shared/contracts';
import { PAIRING_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** Staff and admin: matching weights and follow-up rules; every save is a new version. */
@Injectable({ providedIn: 'root' })
export class SponsorshipSettingsApi {
  private readonly http = inject(HttpClient);

  get(): Promise<SponsorshipSettingsResponse> {
    return firstValueFrom(this.http.get<SponsorshipSettingsResponse>(PAIRING_ROUTES.settings));
  }

  save(request: SponsorshipSettingsRequest): Promise<SponsorshipSettingsResponse> {
    return firstValueFrom(
      this.http.put<SponsorshipSettingsResponse>(PAIRING_ROUTES.settings, request),
    );
  }
}
