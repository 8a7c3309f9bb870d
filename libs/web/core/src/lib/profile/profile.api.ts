import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ChangePasswordRequest,
  ProfileResponse,
  UpdateProfileRequest,
} from '@zusammen/shared/contracts';
import { PROFILE_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** Calls of the signed-in user's own profile API as promises (errors reject). */
@Injectable({ providedIn: 'root' })
export class ProfileApi {
  private readonly http = inject(HttpClient);

  get(): Promise<ProfileResponse> {
    return firstValueFrom(this.http.get<ProfileResponse>(PROFILE_ROUTES.profile));
  }

  update(changes: UpdateProfileRequest): Promise<ProfileResponse> {
    return firstValueFrom(this.http.patch<ProfileResponse>(PROFILE_ROUTES.profile, changes));
  }

  /** Resolves once the password is changed; the server signs out every other device. */
  async changePassword(request: ChangePasswordRequest): Promise<void> {
    await firstValueFrom(this.http.post<unknown>(PROFILE_ROUTES.password, request));
  }
}
