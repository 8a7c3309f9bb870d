import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { NotificationListResponse } from '@zusammen/shared/contracts';
import { NOTIFICATION_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** Query parameter carrying the opaque cursor of the next page. */
export const NOTIFICATION_CURSOR_PARAM = 'cursor';

/**
 * Calls of the notification API as promises (no subscriptions in components). Staff reads use
 * `httpResource` in the page; the writes are here.
 */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  /** One page of the signed-in user's notifications, newest first. */
  list(cursor: string | null): Promise<NotificationListResponse> {
    const params: Record<string, string> = cursor ? { [NOTIFICATION_CURSOR_PARAM]: cursor } : {};
    return firstValueFrom(
      this.http.get<NotificationListResponse>(NOTIFICATION_ROUTES.mine, { params }),
    );
  }

  markRead(id: string): Promise<unknown> {
    return firstValueFrom(
      this.http.post(`${NOTIFICATION_ROUTES.mine}/${encodeURIComponent(id)}/read`, {}),
    );
  }

  markAllRead(): Promise<unknown> {
    return firstValueFrom(this.http.post(NOTIFICATION_ROUTES.readAll, {}));
  }

  retry(id: string): Promise<unknown> {
    return firstValueFrom(
      this.http.post(`${NOTIFICATION_ROUTES.staffProblems}/${encodeURIComponent(id)}/retry`, {}),
    );
  }

  cancel(id: string): Promise<unknown> {
    return firstValueFrom(
      this.http.post(`${NOTIFICATION_ROUTES.staffProblems}/${encodeURIComponent(id)}/cancel`, {}),
    );
  }

  /** Staff send the `mail-check` test message to themselves. */
  sendMailCheck(): Promise<unknown> {
    return firstValueFrom(this.http.post(NOTIFICATION_ROUTES.staffMailCheck, {}));
  }
}
