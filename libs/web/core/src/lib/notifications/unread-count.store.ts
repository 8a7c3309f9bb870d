import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import type { UnreadCountResponse } from '@zusammen/shared/contracts';
import { NOTIFICATION_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../session/session.store';

/** How often the count is refreshed while the tab is visible. */
export const UNREAD_REFRESH_MS = 60_000;

interface UnreadState {
  /** Whose count this is, so another user never sees a stale number. */
  userId: string | null;
  unread: number | null;
}

/**
 * The signed-in user's number of unread notifications, for the header bell. Loads after sign-in,
 * refreshes every minute while the tab is visible, when the tab becomes visible again, and when a
 * page calls {@link refresh} (after marking read). Keeps the last known number when a refresh fails.
 */
@Injectable({ providedIn: 'root' })
export class UnreadCountStore {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);
  private readonly document = inject(DOCUMENT);
  private readonly state = signal<UnreadState>({ userId: null, unread: null });

  /** Unread count of the current user; `null` while unknown or when nobody is signed in. */
  readonly unread = computed(() => {
    const { userId, unread } = this.state();
    return userId !== null && userId === this.session.user()?.id ? unread : null;
  });

  constructor() {
    effect(() => {
      const userId = this.session.user()?.id;
      if (userId) {
        untracked(() => void this.refresh());
      }
    });
    const timer = setInterval(() => this.refreshIfVisible(), UNREAD_REFRESH_MS);
    const onVisibility = (): void => this.refreshIfVisible();
    this.document.addEventListener('visibilitychange', onVisibility);
    inject(DestroyRef).onDestroy(() => {
      clearInterval(timer);
      this.document.removeEventListener('visibilitychange', onVisibility);
    });
  }

  /** Asks the API for the current count (no-op when nobody is signed in). */
  async refresh(): Promise<void> {
    const userId = this.session.user()?.id;
    if (!userId) {
      return;
    }
    try {
      const response = await firstValueFrom(
        this.http.get<UnreadCountResponse>(NOTIFICATION_ROUTES.unreadCount),
      );
      if (this.session.user()?.id === userId) {
        this.state.set({ userId, unread: response.unread });
      }
    } catch {
      // Keep the last known number; the next refresh tries again.
    }
  }

  private refreshIfVisible(): void {
    if (this.document.visibilityState === 'visible' && this.session.isSignedIn()) {
      void this.refresh();
    }
  }
}
