import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  NotificationPreferencesResponse,
  UpdateNotificationPreferencesRequest,
} from '@zusammen/shared/contracts';
import { NOTIFICATION_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The signed-in user's email choices per optional notification category, as promises. */
@Injectable({ providedIn: 'root' })
export class NotificationPreferencesApi {
  private readonly http = inject(HttpClient);

  get(): Promise<NotificationPreferencesResponse> {
    return firstValueFrom(
      this.http.get<NotificationPreferencesResponse>(NOTIFICATION_ROUTES.preferences),
    );
  }

  update(changes: UpdateNotificationPreferencesRequest): Promise<NotificationPreferencesResponse> {
    return firstValueFrom(
      this.http.put<NotificationPreferencesResponse>(NOTIFICATION_ROUTES.preferences, changes),
    );
  }
}
