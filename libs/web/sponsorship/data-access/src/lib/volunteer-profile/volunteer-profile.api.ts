import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { VolunteerProfileRequest, VolunteerProfileResponse } from '@zusammen/shared/contracts';
import { SPONSORSHIP_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The signed-in volunteer's own sponsorship profile, as promises (errors reject with the HTTP error). */
@Injectable({ providedIn: 'root' })
export class VolunteerProfileApi {
  private readonly http = inject(HttpClient);

  /** Rejects with 404 `VOLUNTEER_PROFILE_MISSING` while the volunteer has not written a profile yet. */
  get(): Promise<VolunteerProfileResponse> {
    return firstValueFrom(this.http.get<VolunteerProfileResponse>(SPONSORSHIP_ROUTES.myProfile));
  }

  /** Creates the profile on first save, replaces it afterwards. */
  save(profile: VolunteerProfileRequest): Promise<VolunteerProfileResponse> {
    return firstValueFrom(
      this.http.put<VolunteerProfileResponse>(SPONSORSHIP_ROUTES.myProfile, profile),
    );
  }
}
